"""caucasus_events: a typed, citable event dataset from news reporting on the South Caucasus.

Text -> parse -> models -> Arrow -> Parquet, and back; every record keeps the span
of the article text that states it.

``caucasus_events.strategies`` (hypothesis strategies for every model) is imported on
first use, so hypothesis stays an optional dependency.
"""

from typing import Any

from caucasus_events._evaluation import Evaluation, evaluate
from caucasus_events._page_log import PageLog, StrictBuildError
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
from caucasus_events.dates import (
    DateMention,
    DatePolicy,
    Inferred,
    PartialDate,
    Precision,
    Season,
    TimePart,
    find_dates,
    parse_date,
    resolve_date,
)
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
    Modality,
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
from caucasus_events.publication import Publication
from caucasus_events.schema import (
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
    as_stored,
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
    "DateMention",
    "DatePolicy",
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
    "Modality",
    "Page",
    "PageLog",
    "ParquetStreamWriter",
    "PartialDate",
    "Place",
    "PlaceKind",
    "Plover",
    "Precision",
    "Publication",
    "Quote",
    "Role",
    "SchemaError",
    "Season",
    "Source",
    "SourceKind",
    "Span",
    "StrictBuildError",
    "TimePart",
    "TriggerTable",
    "ValidationError",
    "__version__",
    "arrow_schema",
    "as_stored",
    "build_dataset",
    "check_schema",
    "evaluate",
    "extract_actors",
    "extract_events",
    "find_dates",
    "from_arrow",
    "load",
    "make_id",
    "merge_events",
    "parse_date",
    "parse_file",
    "parse_page",
    "read_parquet",
    "read_table",
    "resolve_date",
    "slugify",
    "to_arrow",
    "validate_dataset",
    "write_parquet",
]


def __getattr__(name: str) -> Any:
    """``caucasus_events.strategies``, imported on first use (it needs hypothesis)."""
    if name == "strategies":
        import importlib

        try:
            module = importlib.import_module("caucasus_events.strategies")
        except ModuleNotFoundError as exc:
            if exc.name != "hypothesis":
                raise
            raise ImportError("caucasus_events.strategies needs hypothesis: pip install "
                              "hypothesis (or caucasus-events[test])") from exc
        globals()[name] = module
        return module
    raise AttributeError(f"module 'caucasus_events' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "strategies"])
