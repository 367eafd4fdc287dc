"""caucasus_events: a typed, citable event dataset from news reporting on the South Caucasus.

Text -> parse -> models -> Arrow -> Parquet, and back; every record keeps the span
of the article text that states it.
"""

from caucasus_events._evaluation import Evaluation, evaluate
from caucasus_events._version import __version__
from caucasus_events.dataset import (
    BuildResult,
    Dataset,
    DatasetExistsError,
    InputFailure,
    build_dataset,
    load,
    validate_dataset,
)
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
from caucasus_events.parquet import ParquetStreamWriter, read_parquet, read_table, write_parquet
from caucasus_events.parse import parse_file, parse_page
from caucasus_events.parse.actors import ActorResult, extract_actors
from caucasus_events.parse.corpus import Corpus, merge_events
from caucasus_events.parse.events import TriggerTable, extract_events
from caucasus_events.parse.gazetteer import Gazetteer
from caucasus_events.schema import (
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
    check_schema,
    from_arrow,
    to_arrow,
)

__all__ = [
    "EVENT_TYPES",
    "SCHEMA_VERSION",
    "TABLES",
    "Actor",
    "ActorKind",
    "ActorResult",
    "BuildResult",
    "CaucasusEventsError",
    "Citation",
    "Corpus",
    "Dataset",
    "DatasetExistsError",
    "Document",
    "Evaluation",
    "Event",
    "EventActor",
    "EventType",
    "EventTypeInfo",
    "Gazetteer",
    "Inferred",
    "InputError",
    "InputFailure",
    "Page",
    "ParquetStreamWriter",
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
    "TriggerTable",
    "ValidationError",
    "__version__",
    "arrow_schema",
    "build_dataset",
    "check_schema",
    "evaluate",
    "extract_actors",
    "extract_events",
    "from_arrow",
    "load",
    "make_id",
    "merge_events",
    "parse_date",
    "parse_file",
    "parse_page",
    "read_parquet",
    "read_table",
    "slugify",
    "to_arrow",
    "validate_dataset",
    "write_parquet",
]
