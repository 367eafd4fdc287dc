"""caucasus_events: a typed, citable event dataset from news reporting on the South Caucasus.

Text -> parse -> models -> Arrow -> Parquet, and back; every record keeps the span
of the article text that states it.
"""

from caucasus_events._version import __version__
from caucasus_events.dates import Inferred, PartialDate, Precision, Season, TimePart, parse_date
from caucasus_events.errors import CaucasusEventsError, InputError, SchemaError, ValidationError
from caucasus_events.ids import make_id, slugify
from caucasus_events.models import (
    EVENT_TYPES,
    Actor,
    ActorKind,
    Citation,
    Document,
    Event,
    EventActor,
    EventType,
    EventTypeInfo,
    Page,
    Place,
    PlaceKind,
    Plover,
    Quote,
    Role,
    Source,
    SourceKind,
    Span,
)

__all__ = [
    "EVENT_TYPES",
    "Actor",
    "ActorKind",
    "CaucasusEventsError",
    "Citation",
    "Document",
    "Event",
    "EventActor",
    "EventType",
    "EventTypeInfo",
    "Inferred",
    "InputError",
    "Page",
    "PartialDate",
    "Place",
    "PlaceKind",
    "Plover",
    "Precision",
    "Quote",
    "Role",
    "SchemaError",
    "Season",
    "Source",
    "SourceKind",
    "Span",
    "TimePart",
    "ValidationError",
    "__version__",
    "make_id",
    "parse_date",
    "slugify",
]
