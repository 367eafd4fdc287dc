"""Hypothesis strategies that generate valid records of every model, for property tests.

Needs ``hypothesis`` (the ``test`` extra); ``import caucasus_events`` does not import this
module.  Every strategy respects the models' validators: spans end at or after they
start, a document's paragraph spans lie inside its text, a quote's spans belong to its
document, an event's PLOVER and CAMEO codes follow its type.  Text is any Unicode
without lone surrogates; tuples may be empty, optional fields None, years 1..9999.
"""

from __future__ import annotations

import datetime as dt
import enum
import string
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "caucasus_events.strategies needs hypothesis: pip install 'caucasus-events[test]'"
    ) from exc

from caucasus_events.dates import Inferred, PartialDate, Precision, Season, TimePart
from caucasus_events.errors import ValidationError
from caucasus_events.models import (
    Actor,
    ActorKind,
    Citation,
    Document,
    Event,
    EventActor,
    EventType,
    Place,
    PlaceKind,
    Quote,
    Role,
    Source,
    SourceKind,
    Span,
)

__all__ = [
    "actors",
    "citations",
    "documents",
    "event_actors",
    "events",
    "ids",
    "partial_dates",
    "places",
    "quotes",
    "records",
    "sources",
    "spans",
    "texts",
]

_T = TypeVar("_T")
_MAX_OFFSET = 2**62
_SMALL = 3  # tuple sizes: enough for empty, one and many, small enough to stay fast


def texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any Unicode text that encodes as UTF-8 (no lone surrogates)."""
    return st.text(st.characters(codec="utf-8"), min_size=min_size, max_size=max_size)


def ids() -> st.SearchStrategy[str]:
    """A non-empty string with at least one non-space character, as ids and names need."""
    return texts(min_size=1, max_size=20).filter(lambda s: bool(s.strip()))


def _optional(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.none() | strategy


def _countries() -> st.SearchStrategy[str | None]:
    return _optional(st.text(string.ascii_uppercase, min_size=3, max_size=3))


def _tuples(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[tuple[_T, ...]]:
    return st.lists(strategy, max_size=_SMALL).map(tuple)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """A valid :class:`PartialDate` of any precision, qualifier and inference flag."""
    precision = draw(st.sampled_from(Precision))
    text = draw(texts(max_size=12))
    inferred = draw(st.sampled_from(Inferred))
    if precision is Precision.DAY:
        day = draw(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
        return PartialDate.from_date(day, text=text, inferred=inferred)
    if precision is Precision.SEASON:
        season = draw(st.sampled_from(Season))
        low = 2 if season is Season.WINTER else 1
        return PartialDate(year=draw(st.integers(low, 9999)), precision=precision,
                           season=season, text=text, inferred=inferred)
    year = draw(st.integers(1, 9999))
    part = draw(_optional(st.sampled_from(TimePart)))
    month = draw(st.integers(1, 12)) if precision is Precision.MONTH else None
    return PartialDate(year=year, month=month, precision=precision, part=part, text=text,
                       inferred=inferred)


@st.composite
def spans(draw: st.DrawFn, doc_id: str | None = None, text_length: int | None = None) -> Span:
    """A :class:`Span` of ``doc_id`` (any id when None) with ``start <= end``, inside a
    text of ``text_length`` characters when given."""
    limit = _MAX_OFFSET if text_length is None else text_length
    a = draw(st.integers(0, limit))
    b = draw(st.integers(0, limit))
    return Span(doc_id=draw(ids()) if doc_id is None else doc_id, start=min(a, b), end=max(a, b))


def sources() -> st.SearchStrategy[Source]:
    """A valid :class:`Source`."""
    return st.builds(Source, id=ids(), name=ids(), kind=st.sampled_from(SourceKind),
                     domain=_optional(ids()), country=_countries())


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    """A valid :class:`Citation` whose span lies in its citing document."""
    document_id = draw(ids())
    return Citation(id=draw(ids()), document_id=document_id, source_text=draw(ids()),
                    source_id=draw(_optional(ids())), date=draw(_optional(partial_dates())),
                    span=draw(spans(document_id)))


def _languages() -> st.SearchStrategy[str]:
    primary = st.text(string.ascii_lowercase, min_size=2, max_size=3)
    subtag = st.text(string.ascii_letters + string.digits, min_size=2, max_size=8)
    return st.builds(lambda p, subs: "-".join([p, *subs]), primary,
                     st.lists(subtag, max_size=2))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A valid :class:`Document`: paragraph spans carry its id and lie inside its text."""
    doc_id = draw(ids())
    text = draw(texts(max_size=80))
    return Document(
        id=doc_id, url=draw(_optional(texts())), source=draw(_optional(sources())),
        original_publisher=draw(_optional(sources())), title=draw(_optional(texts())),
        authors=draw(_tuples(ids())), published=draw(_optional(partial_dates())), text=text,
        paragraphs=draw(_tuples(spans(doc_id, len(text)))), language=draw(_languages()),
        page_hash=draw(st.text("0123456789abcdef", max_size=64)),
    )


def actors() -> st.SearchStrategy[Actor]:
    """A valid :class:`Actor`."""
    return st.builds(Actor, id=ids(), name=ids(), kind=st.sampled_from(ActorKind),
                     country=_countries(), role=_optional(texts()), aliases=_tuples(ids()),
                     in_gazetteer=st.booleans(), mentions=_tuples(spans()))


@st.composite
def places(draw: st.DrawFn) -> Place:
    """A valid :class:`Place`: latitude and longitude both given, in range, or both None."""
    located = draw(st.booleans())
    latitude = draw(st.floats(-90, 90)) if located else None
    longitude = draw(st.floats(-180, 180)) if located else None
    return Place(id=draw(ids()), name=draw(ids()), kind=draw(st.sampled_from(PlaceKind)),
                 country=draw(_countries()), latitude=latitude, longitude=longitude,
                 aliases=draw(_tuples(ids())), in_gazetteer=draw(st.booleans()),
                 mentions=draw(_tuples(spans())))


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """A valid :class:`Quote` whose spans belong to its document."""
    document_id = draw(ids())
    return Quote(id=draw(ids()), document_id=document_id, text=draw(texts()),
                 speaker=draw(_optional(ids())), speaker_text=draw(_optional(texts())),
                 cue=draw(_optional(texts())), partial=draw(st.booleans()),
                 intermediary=draw(_optional(texts())), date=draw(_optional(partial_dates())),
                 span=draw(spans(document_id)),
                 speaker_span=draw(_optional(spans(document_id))))


def event_actors() -> st.SearchStrategy[EventActor]:
    """A valid :class:`EventActor`."""
    return st.builds(EventActor, actor_id=ids(), role=st.sampled_from(Role))


def events() -> st.SearchStrategy[Event]:
    """A valid :class:`Event`; its PLOVER and CAMEO codes follow from its type."""
    return st.builds(Event, id=ids(), event_type=st.sampled_from(EventType),
                     date=_optional(partial_dates()), actors=_tuples(event_actors()),
                     place=_optional(ids()), summary=texts(), evidence=_tuples(spans()),
                     documents=_tuples(ids()), quotes=_tuples(ids()))


_MODELS: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    PartialDate: partial_dates, Span: spans, Source: sources, Citation: citations,
    Document: documents, Actor: actors, Place: places, Quote: quotes,
    EventActor: event_actors, Event: events,
}


def _from_hint(hint: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return st.none() | st.one_of(*map(_from_hint, inner))
    if origin is tuple:
        return _tuples(_from_hint(typing.get_args(hint)[0]))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(hint)
    if isinstance(hint, type) and attrs.has(hint):
        return records(hint)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        str: ids(), int: st.integers(0, _MAX_OFFSET), bool: st.booleans(),
        float: st.floats(allow_nan=False), dt.date: st.dates(),
    }
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no strategy for type {hint!r}")


@st.composite
def _generic(draw: st.DrawFn, model_cls: type) -> Any:
    hints = typing.get_type_hints(model_cls)
    values = {f.name: draw(_from_hint(hints[f.name]))
              for f in attrs.fields(model_cls) if f.init}
    try:
        return model_cls(**values)
    except ValidationError:
        assume(False)


def records(model_cls: type) -> st.SearchStrategy[Any]:
    """Valid records of ``model_cls``: the strategies above for the library's models, and
    for any other attrs class values drawn from its field types (rejected when its
    validators refuse them)."""
    if model_cls in _MODELS:
        return _MODELS[model_cls]()
    if not attrs.has(model_cls):
        raise TypeError(f"{model_cls!r} is not an attrs class")
    return _generic(model_cls)
