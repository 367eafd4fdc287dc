"""The typed records of an event dataset: documents, sources, citations, actors, places,
quotes and events, each traceable to the characters of the article that states it.

Every model is an attrs class: frozen, slotted, keyword-only, validated on
construction.  Field descriptions live in each field's ``metadata["doc"]``; the
Arrow schema (:mod:`caucasus_events.schema`) and the reference docs are derived
from them, so a model and its column cannot drift apart.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

from caucasus_events.dates import PartialDate
from caucasus_events.errors import ValidationError

__all__ = [
    "EVENT_TYPES",
    "Actor",
    "ActorKind",
    "Citation",
    "Document",
    "Event",
    "EventActor",
    "EventType",
    "EventTypeInfo",
    "Modality",
    "Page",
    "Place",
    "PlaceKind",
    "Plover",
    "Quote",
    "Role",
    "Source",
    "SourceKind",
    "Span",
]

_T = TypeVar("_T")


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


# --- validators --------------------------------------------------------------


def _fail(inst: Any, attribute: attrs.Attribute[Any], value: Any, what: str) -> ValidationError:
    return ValidationError(
        f"{type(inst).__name__}.{attribute.name} must be {what}, got {value!r}"
    )


def _str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise _fail(inst, attribute, value, "a string")
    if value.isascii():  # a flag CPython keeps: no copy, no scan
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(inst, attribute, value, "valid Unicode (no lone surrogates)") from None


def _nonempty_str(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value.__class__ is str and value.isascii() and value and not value.isspace():
        return  # the common case, without the call to _str
    _str(inst, attribute, value)
    if not value or value.isspace():  # what strip() would empty, without the copy
        raise _fail(inst, attribute, value, "a non-empty string")


def _opt(
    validator: Any,
) -> Any:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(inst, attribute, value)

    return check


def _bool(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise _fail(inst, attribute, value, "a bool")


def _nonneg_int(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value.__class__ is int and 0 <= value <= 2**62:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 2**62:
        raise _fail(inst, attribute, value, "an integer >= 0")


_ISO3 = re.compile(r"^[A-Z]{3}\Z")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")


def _country(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not _ISO3.match(value)):
        raise _fail(inst, attribute, value, "an ISO 3166-1 alpha-3 code such as 'AZE', or None")


def _instance_of(cls: type) -> Any:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, cls):
            raise _fail(inst, attribute, value, f"a {cls.__name__}")

    check.instance_of = cls  # type: ignore[attr-defined]
    return check


def _coerce(cls: type[enum.Enum], value: Any) -> Any:
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        return value  # the validator reports it with the field name


def _is_enum(cls: type[enum.Enum]) -> Any:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, cls):
            allowed = ", ".join(repr(m.value) for m in cls)
            raise _fail(inst, attribute, value, f"one of {allowed}")

    return check


def _tuple(value: Iterable[_T] | Any) -> tuple[_T, ...] | Any:
    if isinstance(value, (str, bytes)):
        return value  # a string is not a sequence of records; let the validator say so
    try:
        return tuple(value)
    except TypeError:
        return value


def _is_tuple(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise _fail(inst, attribute, value, "a sequence")


def _tuple_of(member_check: Any) -> Any:
    cls = getattr(member_check, "instance_of", None)

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        _is_tuple(inst, attribute, value)
        if cls is not None:  # members checked inline: one isinstance each, no call
            for item in value:
                if not isinstance(item, cls):
                    member_check(inst, attribute, item)  # raises, naming the value
            return
        for item in value:
            member_check(inst, attribute, item)

    return check


# --- enumerations --------------------------------------------------------------


class SourceKind(str, enum.Enum):
    """What kind of outlet or publisher a source is."""

    NEWS_AGENCY = "news_agency"
    NEWSPAPER = "newspaper"
    ONLINE_MEDIA = "online_media"
    BROADCASTER = "broadcaster"
    THINK_TANK = "think_tank"
    GOVERNMENT = "government"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    BLOG = "blog"
    OTHER = "other"


class ActorKind(str, enum.Enum):
    """What kind of entity an actor is."""

    PERSON = "person"
    STATE = "state"
    GOVERNMENT_BODY = "government_body"
    ORGANIZATION = "organization"
    ALLIANCE = "alliance"
    MEDIA = "media"
    COMPANY = "company"
    ARMED_GROUP = "armed_group"
    GROUP = "group"
    OTHER = "other"


class PlaceKind(str, enum.Enum):
    """What kind of place a place is."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    DISTRICT = "district"
    SITE = "site"
    WATER = "water"
    OTHER = "other"


class Role(str, enum.Enum):
    """An actor's part in an event."""

    INITIATOR = "initiator"
    TARGET = "target"
    PARTICIPANT = "participant"


class Plover(str, enum.Enum):
    """The sixteen PLOVER event categories (Halterman et al.), plus OTHER."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    OTHER = "OTHER"


class EventType(str, enum.Enum):
    """The kinds of happening the parser records, one-to-one or many-to-one onto PLOVER's
    categories plus statement; see :data:`EVENT_TYPES` for each type's PLOVER category and
    CAMEO root code, and docs/event-types.md."""

    STATEMENT = "statement"
    PROPOSAL = "proposal"
    DEMAND = "demand"
    THREAT = "threat"
    ACCUSE = "accuse"
    REJECT = "reject"
    AGREE = "agree"
    MEET = "meet"
    VISIT = "visit"
    COOPERATE = "cooperate"
    AID = "aid"
    SANCTION = "sanction"
    ARREST = "arrest"
    PROTEST = "protest"
    ATTACK = "attack"
    FIGHT = "fight"
    CRASH = "crash"
    CONCEDE = "concede"
    RETREAT = "retreat"
    OTHER = "other"


class Modality(str, enum.Enum):
    """Whether the text says an event happened: users filter on it (an asserted attack is
    not a denied one nor a planned one)."""

    ASSERTED = "asserted"
    DENIED = "denied"
    PLANNED = "planned"
    POSSIBLE = "possible"
    DEMANDED = "demanded"


@attrs.frozen(kw_only=True)
class EventTypeInfo:
    """How one :class:`EventType` maps onto established ontologies."""

    plover: Plover
    cameo: str
    description: str


EVENT_TYPES: dict[EventType, EventTypeInfo] = {
    EventType.STATEMENT: EventTypeInfo(
        plover=Plover.OTHER, cameo="01",
        description="A neutral statement, comment, announcement or report (CAMEO 01 MAKE "
        "PUBLIC STATEMENT; PLOVER has no statement category)."),
    EventType.PROPOSAL: EventTypeInfo(
        plover=Plover.AGREE, cameo="03",
        description="An offer, plan, suggestion or proposed terms (CAMEO 03 EXPRESS INTENT "
        "TO COOPERATE; PLOVER AGREE covers expressed intent)."),
    EventType.DEMAND: EventTypeInfo(
        plover=Plover.REQUEST, cameo="10",
        description="A call on, urging or request of another actor to act (CAMEO 10 DEMAND, "
        "02 APPEAL)."),
    EventType.THREAT: EventTypeInfo(
        plover=Plover.THREATEN, cameo="13",
        description="A warning of consequences or an ultimatum (CAMEO 13 THREATEN)."),
    EventType.ACCUSE: EventTypeInfo(
        plover=Plover.ACCUSE, cameo="11",
        description="Criticism, condemnation, blame or allegation; charges, lawsuits, "
        "indictments and trials (CAMEO 11 DISAPPROVE)."),
    EventType.REJECT: EventTypeInfo(
        plover=Plover.REJECT, cameo="12",
        description="A denial, refusal, dismissal or veto (CAMEO 12 REJECT)."),
    EventType.AGREE: EventTypeInfo(
        plover=Plover.AGREE, cameo="05",
        description="An agreement signed or reached, a pledge or assurance (CAMEO 05 ENGAGE "
        "IN DIPLOMATIC COOPERATION, 057 sign formal agreement)."),
    EventType.MEET: EventTypeInfo(
        plover=Plover.CONSULT, cameo="04",
        description="A meeting, talks, phone call, conference or summit (CAMEO 04 CONSULT)."),
    EventType.VISIT: EventTypeInfo(
        plover=Plover.CONSULT, cameo="04",
        description="A trip to or arrival at a place or counterpart (CAMEO 04 CONSULT, "
        "042/043)."),
    EventType.COOPERATE: EventTypeInfo(
        plover=Plover.COOPERATE, cameo="06",
        description="Material cooperation: partnership, joint exercises, trade in arms or "
        "energy (CAMEO 06 ENGAGE IN MATERIAL COOPERATION)."),
    EventType.AID: EventTypeInfo(
        plover=Plover.AID, cameo="07",
        description="Material, military or humanitarian aid; peacekeeping deployment (CAMEO "
        "07 PROVIDE AID)."),
    EventType.SANCTION: EventTypeInfo(
        plover=Plover.SANCTION, cameo="16",
        description="Sanctions, bans, licence revocations, closures, cut or frozen ties or "
        "talks, recalled diplomats (CAMEO 16 REDUCE RELATIONS)."),
    EventType.ARREST: EventTypeInfo(
        plover=Plover.COERCE, cameo="17",
        description="Arrest, detention, raid or search, capture, jail sentence (CAMEO 17 "
        "COERCE)."),
    EventType.PROTEST: EventTypeInfo(
        plover=Plover.PROTEST, cameo="14",
        description="Demonstration, rally, blockade by civilians, boycott (CAMEO 14 PROTEST)."),
    EventType.ATTACK: EventTypeInfo(
        plover=Plover.ASSAULT, cameo="18",
        description="One-sided violence: strike, shelling, shooting, assault, shoot-down "
        "(CAMEO 18 ASSAULT)."),
    EventType.FIGHT: EventTypeInfo(
        plover=Plover.ASSAULT, cameo="19",
        description="Armed clashes or war between forces (CAMEO 19 FIGHT)."),
    EventType.CRASH: EventTypeInfo(
        plover=Plover.OTHER, cameo="",
        description="An aircraft or other accident (no CAMEO or PLOVER category)."),
    EventType.CONCEDE: EventTypeInfo(
        plover=Plover.CONCEDE, cameo="08",
        description="Yielding: capitulation, easing of restrictions or sanctions (CAMEO 08 "
        "YIELD)."),
    EventType.RETREAT: EventTypeInfo(
        plover=Plover.RETREAT, cameo="08",
        description="Withdrawal of forces, release of persons, ceasefire (CAMEO 08 YIELD: "
        "084, 087)."),
    EventType.OTHER: EventTypeInfo(
        plover=Plover.OTHER, cameo="",
        description="Anything else: elections, appointments, deaths, state blockades, "
        "displacement, infrastructure."),
}


def _to_source_kind(value: Any) -> Any:
    return _coerce(SourceKind, value)


def _to_actor_kind(value: Any) -> Any:
    return _coerce(ActorKind, value)


def _to_place_kind(value: Any) -> Any:
    return _coerce(PlaceKind, value)


def _to_role(value: Any) -> Any:
    return _coerce(Role, value)


def _to_event_type(value: Any) -> Any:
    return _coerce(EventType, value)


def _to_plover(value: Any) -> Any:
    return _coerce(Plover, value)


def _to_modality(value: Any) -> Any:
    return _coerce(Modality, value)


# --- records -----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of characters in one document's stored text."""

    doc_id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Id of the document whose stored text the offsets index."))
    start: int = attrs.field(validator=_nonneg_int, metadata=_doc(
        "Offset of the first character, counted in Unicode code points."))
    end: int = attrs.field(validator=_nonneg_int, metadata=_doc(
        "Offset one past the last character."))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                f"Span.end must be >= Span.start, got start={self.start!r} end={self.end!r}"
            )

    def extract(self, text: str) -> str:
        """The characters of ``text`` the span covers."""
        return text[self.start : self.end]


@attrs.frozen(kw_only=True)
class Source:
    """An outlet or publisher: a news agency, newspaper, website, ministry or think tank."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Stable id (derived from the gazetteer key or the normalized name)."))
    name: str = attrs.field(validator=_nonempty_str, metadata=_doc("Canonical name."))
    kind: SourceKind = attrs.field(
        default=SourceKind.OTHER, converter=_to_source_kind, validator=_is_enum(SourceKind),
        metadata=_doc("Kind of outlet."))
    domain: str | None = attrs.field(default=None, validator=_opt(_nonempty_str), metadata=_doc(
        "Web domain, if known (\"report.az\")."))
    country: str | None = attrs.field(default=None, validator=_country, metadata=_doc(
        "ISO 3166-1 alpha-3 code of the country it is based in, if known."))


@attrs.frozen(kw_only=True)
class Citation:
    """A document's inline reference to a source, such as "(Report.az, May 26)"."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc("Stable id."))
    document_id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Id of the citing document."))
    source_text: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "The source's name as written (\"Report.az.\")."))
    source_id: str | None = attrs.field(default=None, validator=_opt(_nonempty_str),
                                        metadata=_doc("Id of the resolved Source, if any."))
    date: PartialDate | None = attrs.field(
        default=None, validator=_opt(_instance_of(PartialDate)),
        metadata=_doc("The cited date; a missing year is inferred and flagged."))
    span: Span = attrs.field(validator=_instance_of(Span), metadata=_doc(
        "Where the reference stands in the document."))

    def __attrs_post_init__(self) -> None:
        if self.span.doc_id != self.document_id:
            raise ValidationError(
                f"Citation.span.doc_id {self.span.doc_id!r} differs from document_id "
                f"{self.document_id!r}")


@attrs.frozen(kw_only=True)
class Document:
    """One article: its body text with the site furniture removed, and what is known of it."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Stable id derived from the raw page hash and the article's place on the page."))
    url: str | None = attrs.field(default=None, validator=_opt(_str), metadata=_doc(
        "Where the page was found, if given."))
    source: Source | None = attrs.field(default=None, validator=_opt(_instance_of(Source)),
                                        metadata=_doc("The outlet that published the page."))
    original_publisher: Source | None = attrs.field(
        default=None, validator=_opt(_instance_of(Source)),
        metadata=_doc("Who first published the article, when the page republishes it."))
    title: str | None = attrs.field(default=None, validator=_opt(_str), metadata=_doc(
        "The headline, once."))
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple,
                                           validator=_tuple_of(_nonempty_str),
                                           metadata=_doc("Bylined authors, in order."))
    published: PartialDate | None = attrs.field(
        default=None, validator=_opt(_instance_of(PartialDate)),
        metadata=_doc("Publication date; a year or date absent from the page is inferred "
                      "from the dates in the text and flagged."))
    text: str = attrs.field(validator=_str, metadata=_doc(
        "The stored text: the title, then the body paragraphs, separated by blank lines. "
        "Every span indexes it."))
    paragraphs: tuple[Span, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_instance_of(Span)),
        metadata=_doc("Span of each body paragraph (headings included)."))
    language: str = attrs.field(default="en", validator=_str, metadata=_doc(
        "BCP 47 language tag of the text."))
    page_hash: str = attrs.field(default="", validator=_str, metadata=_doc(
        "SHA-256 (hex) of the raw page the document came from."))
    duplicate_of: str | None = attrs.field(default=None, validator=_opt(_nonempty_str),
                                           metadata=_doc(
        "Id of the document this one reprints or copies (a near-duplicate text), if any: "
        "its events add mentions to that document's events, not new events."))
    fetched: str | None = attrs.field(default=None, validator=_opt(_nonempty_str),
                                      metadata=_doc(
        "When the page was fetched (ISO 8601 date or date-time, as the manifest row or the "
        "WARC record gives it), if known."))

    def __attrs_post_init__(self) -> None:
        if not _LANG.match(self.language):
            raise ValidationError(
                f"Document.language must be a BCP 47 tag such as 'en', got {self.language!r}")
        for span in self.paragraphs:
            if span.doc_id != self.id or span.end > len(self.text):
                raise ValidationError(
                    f"Document.paragraphs has a span outside document {self.id!r}: {span!r}")

    def evidence(self, span: Span) -> str:
        """The text a span of this document covers."""
        if span.doc_id != self.id:
            raise ValueError(f"span belongs to {span.doc_id!r}, not {self.id!r}")
        return span.extract(self.text)


@attrs.frozen(kw_only=True)
class Actor:
    """A person, state, organisation, alliance, outlet, company or armed group."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Stable id: the gazetteer key, or derived from the normalized name."))
    name: str = attrs.field(validator=_nonempty_str, metadata=_doc("Canonical name."))
    kind: ActorKind = attrs.field(
        default=ActorKind.OTHER, converter=_to_actor_kind, validator=_is_enum(ActorKind),
        metadata=_doc("Kind of entity."))
    country: str | None = attrs.field(default=None, validator=_country, metadata=_doc(
        "ISO 3166-1 alpha-3 code of the country the actor belongs to, if any."))
    role: str | None = attrs.field(default=None, validator=_opt(_str), metadata=_doc(
        "Role or title (\"President of Azerbaijan\")."))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple,
                                           validator=_tuple_of(_nonempty_str),
                                           metadata=_doc("Other names it is written as."))
    in_gazetteer: bool = attrs.field(default=False, validator=_bool, metadata=_doc(
        "True when the actor comes from the gazetteer, False when found by rules."))
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_instance_of(Span)),
        metadata={**_doc("Where the actor is named. A dataset keeps these spans in its "
                         "`mentions` table, one row each, not in the `actors` table."),
                  "stored_in": "mentions"})


@attrs.frozen(kw_only=True)
class Place:
    """A country, region, city, district or site."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Stable id: the gazetteer key, or derived from the normalized name."))
    name: str = attrs.field(validator=_nonempty_str, metadata=_doc("Canonical name."))
    kind: PlaceKind = attrs.field(
        default=PlaceKind.OTHER, converter=_to_place_kind, validator=_is_enum(PlaceKind),
        metadata=_doc("Kind of place."))
    country: str | None = attrs.field(default=None, validator=_country, metadata=_doc(
        "ISO 3166-1 alpha-3 code of the country the place lies in."))
    latitude: float | None = attrs.field(default=None, metadata=_doc(
        "WGS 84 latitude in degrees, if known."))
    longitude: float | None = attrs.field(default=None, metadata=_doc(
        "WGS 84 longitude in degrees, if known."))
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple,
                                           validator=_tuple_of(_nonempty_str),
                                           metadata=_doc("Other names it is written as."))
    in_gazetteer: bool = attrs.field(default=False, validator=_bool, metadata=_doc(
        "True when the place comes from the gazetteer."))
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_instance_of(Span)),
        metadata={**_doc("Where the place is named. A dataset keeps these spans in its "
                         "`mentions` table, one row each, not in the `places` table."),
                  "stored_in": "mentions"})

    def __attrs_post_init__(self) -> None:
        for name, limit in (("latitude", 90.0), ("longitude", 180.0)):
            value = getattr(self, name)
            if value is None:
                continue
            if (isinstance(value, bool) or not isinstance(value, (int, float))
                    or math.isnan(value) or abs(value) > limit):
                raise ValidationError(
                    f"Place.{name} must be a number in -{limit:g}..{limit:g}, got {value!r}")
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Place.latitude and Place.longitude are given together")


@attrs.frozen(kw_only=True)
class Quote:
    """A reported quotation: its words, who said them, and how the article attributes them."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc("Stable id."))
    document_id: str = attrs.field(validator=_nonempty_str, metadata=_doc(
        "Id of the document that reports the quote."))
    text: str = attrs.field(validator=_str, metadata=_doc(
        "The quoted words, without the quotation marks."))
    speaker: str | None = attrs.field(default=None, validator=_opt(_nonempty_str), metadata=_doc(
        "Id of the Actor who said it, when resolved."))
    speaker_text: str | None = attrs.field(default=None, validator=_opt(_str), metadata=_doc(
        "The speaker as written in the attribution."))
    cue: str | None = attrs.field(default=None, validator=_opt(_str), metadata=_doc(
        "The reporting cue (\"said\", \"told reporters\", \"the publication emphasizes\")."))
    partial: bool = attrs.field(default=False, validator=_bool, metadata=_doc(
        "True for a fragment quoted inside the author's own sentence."))
    intermediary: str | None = attrs.field(default=None, validator=_opt(_str), metadata=_doc(
        "Who relayed the quote (\"Hurriyet newspaper\"), as written."))
    date: PartialDate | None = attrs.field(
        default=None, validator=_opt(_instance_of(PartialDate)),
        metadata=_doc("When the words were said, if stated or inferable."))
    span: Span = attrs.field(validator=_instance_of(Span), metadata=_doc(
        "The quoted words in the document (inside the marks)."))
    speaker_span: Span | None = attrs.field(default=None, validator=_opt(_instance_of(Span)),
                                            metadata=_doc("The speaker's name in the document."))

    def __attrs_post_init__(self) -> None:
        for name in ("span", "speaker_span"):
            span = getattr(self, name)
            if span is not None and span.doc_id != self.document_id:
                raise ValidationError(
                    f"Quote.{name}.doc_id {span.doc_id!r} differs from document_id "
                    f"{self.document_id!r}")


@attrs.frozen(kw_only=True)
class EventActor:
    """An actor taking part in an event, with its role."""

    actor_id: str = attrs.field(validator=_nonempty_str, metadata=_doc("Id of the Actor."))
    role: Role = attrs.field(converter=_to_role, validator=_is_enum(Role), metadata=_doc(
        "initiator, target or participant."))


def _plover_of(event: Event) -> Plover:
    info = EVENT_TYPES.get(event.event_type)
    return info.plover if info else Plover.OTHER


def _cameo_of(event: Event) -> str:
    info = EVENT_TYPES.get(event.event_type)
    return info.cameo if info else ""


@attrs.frozen(kw_only=True)
class Event:
    """A dated or datable happening an article reports, with its evidence."""

    id: str = attrs.field(validator=_nonempty_str, metadata=_doc("Stable id."))
    event_type: EventType = attrs.field(
        converter=_to_event_type, validator=_is_enum(EventType),
        metadata=_doc("Kind of happening (see docs/event-types.md)."))
    plover: Plover = attrs.field(
        default=attrs.Factory(_plover_of, takes_self=True), converter=_to_plover,
        validator=_is_enum(Plover), metadata=_doc("PLOVER category the event type maps to."))
    cameo: str = attrs.field(default=attrs.Factory(_cameo_of, takes_self=True), validator=_str,
                             metadata=_doc("CAMEO code the event type maps to."))
    date: PartialDate | None = attrs.field(
        default=None, validator=_opt(_instance_of(PartialDate)),
        metadata=_doc("When it happened, with precision."))
    actors: tuple[EventActor, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_instance_of(EventActor)),
        metadata=_doc("Actors and their roles."))
    place: str | None = attrs.field(default=None, validator=_opt(_nonempty_str), metadata=_doc(
        "Id of the Place where it happened."))
    summary: str = attrs.field(default="", validator=_str, metadata=_doc(
        "One-line summary."))
    evidence: tuple[Span, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_instance_of(Span)),
        metadata=_doc("The clauses that state the event, in every reporting document."))
    documents: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_nonempty_str),
        metadata=_doc("Ids of the documents that report it."))
    quotes: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_nonempty_str),
        metadata=_doc("Ids of the quotes that state or support it."))
    modality: Modality = attrs.field(
        default=Modality.ASSERTED, converter=_to_modality, validator=_is_enum(Modality),
        metadata=_doc("Whether the text asserts it happened, denies it, or reports it as "
                      "planned, possible or demanded."))
    fatalities: int | None = attrs.field(
        default=None, validator=_opt(_nonneg_int), metadata=_doc(
            "People killed, as the text states it; null when not stated (unknown is not 0)."))
    trigger: Span | None = attrs.field(
        default=None, validator=_opt(_instance_of(Span)),
        metadata=_doc("The word or phrase that names the happening, in its first report."))
    sources: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(_nonempty_str),
        metadata=_doc("Ids of the outlets whose documents report it."))
    num_mentions: int = attrs.field(default=1, validator=_nonneg_int, metadata=_doc(
        "How many times it is reported, reprints included (as GDELT's NumMentions)."))
    num_documents: int = attrs.field(default=1, validator=_nonneg_int, metadata=_doc(
        "How many documents report it, reprints included (as GDELT's NumArticles)."))
    num_sources: int = attrs.field(default=0, validator=_nonneg_int, metadata=_doc(
        "How many distinct outlets report it (as GDELT's NumSources)."))

    def __attrs_post_init__(self) -> None:
        expected = _plover_of(self)
        if self.plover is not expected:
            raise ValidationError(
                f"Event.plover must be {expected.value!r} for event_type "
                f"{self.event_type.value!r}, got {self.plover.value!r}")
        if self.cameo != _cameo_of(self):
            raise ValidationError(
                f"Event.cameo must be {_cameo_of(self)!r} for event_type "
                f"{self.event_type.value!r}, got {self.cameo!r}")


@attrs.frozen(kw_only=True)
class Page:
    """Everything parsed from one scraped page: its articles and the records they state."""

    documents: tuple[Document, ...] = attrs.field(default=(), converter=_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    places: tuple[Place, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


def _document_models() -> None:
    # help() shows every field's type and description (see _fielddocs).
    from caucasus_events._fielddocs import document_fields

    for model in (PartialDate, Span, Source, Citation, Document, Actor, Place, Quote,
                  EventActor, Event, Page):
        document_fields(model)


_document_models()
