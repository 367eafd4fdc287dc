"""Merging across pages: the same happening reported by several articles becomes one Event.

Two events are the same happening when their types belong to one family, their dates can
be the same day (overlapping bounds; an undated report fits any date), their places agree
where both give one, they share an actor or place, and their participants are compatible
(:func:`_compatible`: no actor on both sides, no two different named persons or bodies in
one role, and talks naming different counterparts stay apart).

Reports are merged in the order their documents entered the dataset (``arrival``): the
first report of a happening founds its event and gives it its id, and a later report
joins the first-founded event it fits.  So adding pages never changes the id of an event
nor splits it: an update gives the events, with the ids, of a full rebuild over the old
pages followed by the new ones.  Without an arrival order (one page, or a set of events)
the result does not depend on the order of the events.
"""

from __future__ import annotations

import array
import functools
import re
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from caucasus_events._compact import ByteRecords, Numbering
from caucasus_events.dates import Inferred, PartialDate, Precision
from caucasus_events.models import (
    Actor,
    Citation,
    Document,
    Event,
    EventActor,
    EventType,
    Modality,
    Page,
    Place,
    Quote,
    Role,
    Span,
)

__all__ = ["FAMILIES", "Corpus", "DuplicateIndex", "find_duplicates", "merge_events",
           "merge_keys", "merge_records", "report_order"]

# Event types that can describe one happening; a visit is reported as talks as often as not.
FAMILIES: dict[EventType, str] = {
    EventType.VISIT: "consult", EventType.MEET: "consult",
    EventType.ATTACK: "violence", EventType.FIGHT: "violence",
}
# Speech events: two statements of one document are two statements, whatever they share.
_SPEECH = frozenset({EventType.STATEMENT, EventType.ACCUSE, EventType.DEMAND,
                     EventType.THREAT, EventType.REJECT, EventType.PROPOSAL})
# At most this many clusters are filed under one key, so merging stays linear however many
# events share an actor (one speaker's statements of one page never merge with each other).
_MAX_FILED = 256
# A date coarser than a day is filed under each of its months up to this many (a year,
# a season, "late March"), beyond that under its years (see :func:`_date_slots`).
_MONTHS_FILED = 12
# Families whose participants take no sides: who is initiator and who target is the
# reporter's choice ("A met B", "B received A").
_SYMMETRIC = frozenset({"consult"})
# Types whose participants take no sides in a family that has them: in fighting, which
# side is named first is the reporter's choice.
_MUTUAL = frozenset({EventType.FIGHT})
# Types of one family that one document tells apart: a visit and the meetings held during
# it are separate events of the page, though another page may report the visit as talks.
_TOLD_APART: dict[EventType, tuple[EventType, ...]] = {
    EventType.VISIT: (EventType.MEET,), EventType.MEET: (EventType.VISIT,)}
_SPEECH_FAMILIES = frozenset(t.value for t in _SPEECH)
_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.SEASON: 2, Precision.YEAR: 3}
_ROLE_RANK = {Role.INITIATOR: 0, Role.TARGET: 1, Role.PARTICIPANT: 2}

_R = TypeVar("_R", Actor, Place)


def _family(event_type: EventType) -> str:
    return FAMILIES.get(event_type, event_type.value)


def _precision_key(event: Event) -> tuple[int, int, str, str]:
    d = event.date
    if d is None:
        return (9, 9, "", event.id)
    return (_PRECISION_RANK[d.precision], int(d.inferred is not Inferred.NONE),
            d.start.isoformat(), event.id)


def _date_rank(date: PartialDate) -> tuple[int, int]:
    return (_PRECISION_RANK[date.precision], int(date.inferred is not Inferred.NONE))


def _overlap(a: PartialDate, b: PartialDate) -> bool:
    return a.start <= b.end and b.start <= a.end


def _key_actor(actor_id: str) -> bool:
    """A shared actor identifies a happening unless it is a state, named in most reports."""
    return not actor_id.startswith("state:")


_Ids = tuple[str, ...] | set[str]
# A span as the 64-bit hash of (document, start, end): a cluster asks only whether it
# holds a span, and an int costs a third of a tuple of three.
_SpanKey = int
# Collections of a cluster stay tuples up to this size (most clusters hold one report; a
# set costs 216 bytes however small), then become sets.
_SMALL = 8


def _grown(have: Any, new: Iterable[Any]) -> Any:
    """``have`` (a tuple or a set) with the items of ``new`` it lacks."""
    if isinstance(have, set):
        have.update(new)
        return have
    extra = tuple(x for x in dict.fromkeys(new) if x not in have)
    if not extra:
        return have
    grown = have + extra
    return set(grown) if len(grown) > _SMALL else grown


def _span_key(span: Span) -> _SpanKey:
    return hash((span.doc_id, span.start, span.end))


@attrs.define
class _Cluster:
    """The merge state of a cluster of reports: what :meth:`accepts` asks of it, kept
    small (interned ids in tuples, sets only for large clusters)."""

    # The id of the report that founded the cluster: the merged event's id.
    founder: str
    family: str
    date: PartialDate | None
    actors: _Ids = ()
    places: _Ids = ()
    # Every member's evidence span: two triggers of one clause are two events, so a cluster
    # refuses an event that shares one of them.
    evidence: tuple[_SpanKey, ...] | set[_SpanKey] = ()
    documents: _Ids = ()
    # The actors each role holds in some member (ids), for :func:`_compatible`.
    initiators: _Ids = ()
    targets: _Ids = ()
    # "document\x1ftype" of each member: one document tells a visit and a meeting of the
    # visit apart ("will pay a visit to Kazakhstan ... will take part in the session")
    told: _Ids = ()

    def accepts(self, event: Event) -> bool:
        # The refusals come cheapest first (a page of one speaker's statements asks every
        # cluster of that speaker); their order does not change the answer.
        if _family(event.event_type) != self.family:
            return False
        if event.event_type in _SPEECH and any(d in self.documents for d in event.documents):
            return False  # one document's statements are separate statements
        if not _compatible(self, event):
            return False
        if any(f"{d}\x1f{t.value}" in self.told for d in event.documents
               for t in _TOLD_APART.get(event.event_type, ())):
            return False
        if any(_span_key(s) in self.evidence for s in event.evidence):
            return False
        if event.place and self.places and event.place not in self.places:
            return False  # reported in different places: different happenings
        shared = [a for a in {a.actor_id for a in event.actors} if a in self.actors]
        places = bool(event.place) and event.place in self.places
        key = any(_key_actor(a) for a in shared)
        if self.date is not None and event.date is not None:
            same_day = self.date.precision is Precision.DAY and self.date == event.date
            return _overlap(self.date, event.date) and (key or places or
                                                        (same_day and bool(shared)))
        return key

    def add(self, event: Event, intern: Callable[[str], str],
            dates: dict[PartialDate, PartialDate]) -> None:
        # Interned: the clusters of a large build hold the same ids many times over.
        self.actors = _grown(self.actors, (intern(a.actor_id) for a in event.actors))
        if event.place:
            self.places = _grown(self.places, (intern(event.place),))
        self.evidence = _grown(self.evidence, map(_span_key, event.evidence))
        self.documents = _grown(self.documents, map(intern, event.documents))
        if event.event_type in _TOLD_APART:
            self.told = _grown(self.told, (intern(f"{d}\x1f{event.event_type.value}")
                                           for d in event.documents))
        if event.event_type not in _MUTUAL:  # sides only where the report gives them
            self.initiators = _grown(self.initiators, (
                intern(a.actor_id) for a in event.actors if a.role is Role.INITIATOR))
            self.targets = _grown(self.targets, (
                intern(a.actor_id) for a in event.actors if a.role is Role.TARGET))
        if event.date is not None and (self.date is None or _date_rank(event.date)
                                       < _date_rank(self.date)):
            # A more precise report narrows the event's date (reports in arrival order
            # need not come most precise first).
            self.date = dates.setdefault(event.date, event.date)


def _compatible(cluster: _Cluster, event: Event) -> bool:
    """Whether the participants of ``event`` can be those of the happening ``cluster``
    reports.  Only persons and bodies count as named here, not states, which stand for
    any of their people.  In a happening with sides, no actor acts in one report and is
    acted on in the other ("A attacked B" is not "B attacked A"), and where both name
    someone in one role they name one in common ("A attacked B" is not "C attacked B").
    Talks and fighting take no sides ("A met B" is "B received A", "clashes between A
    and B" are those between B and A): there each report must name no
    one the other leaves out, unless one names only people the other names ("A met B"
    is not "A met C", but "A met B" is "A, B and C met")."""
    if cluster.family in _SYMMETRIC or event.event_type in _MUTUAL:
        mine = {a.actor_id for a in event.actors if _key_actor(a.actor_id)}
        theirs = {a for a in cluster.actors if _key_actor(a)}
        return not (mine - theirs and theirs - mine)
    initiators = {a.actor_id for a in event.actors if a.role is Role.INITIATOR}
    targets = {a.actor_id for a in event.actors if a.role is Role.TARGET}
    if any(a in cluster.targets for a in initiators) or any(
            a in cluster.initiators for a in targets):
        return False
    for mine_ids, theirs_ids in ((initiators, cluster.initiators),
                                 (targets, cluster.targets)):
        named = {a for a in mine_ids if _key_actor(a)}
        if named and any(_key_actor(a) for a in theirs_ids) and not any(
                a in theirs_ids for a in named):
            return False
    return True


def _months(date: PartialDate) -> list[tuple[int, int]]:
    first = date.start.year * 12 + date.start.month - 1
    last = date.end.year * 12 + date.end.month - 1
    return [(k // 12, k % 12 + 1) for k in range(first, last + 1)]


def _lookup_keys(family: str, date: PartialDate | None, actors: Iterable[str],
                 places: Iterable[str], *, lookup: bool = False) -> set[tuple[str, str]]:
    """Keys under which a cluster is found: every acceptance needs a shared key actor, a
    shared place, or (on the same day) any shared actor, so a state, named in most
    reports, is a key only together with a day."""
    keys = {(family, "p:" + p) for p in places}
    day = date.isoformat() if date is not None and date.precision is Precision.DAY else None
    # A speaker says many things: statements are filed by speaker and month (a date of
    # several months under the speaker alone) and looked up under both.
    months = [""]
    if family in _SPEECH_FAMILIES and date is not None:
        span = [f"@{y}-{m}" for y, m in _months(date)]
        if lookup:
            months = ["", *span]
        elif len(span) == 1:
            months = span
    for a in actors:
        if _key_actor(a):
            keys.update((family, "a:" + a + m) for m in months)
        elif day is not None:
            keys.add((family, f"d:{a}@{day}"))
    return keys


def _event_keys(event: Event) -> set[tuple[str, str]]:
    return _lookup_keys(_family(event.event_type), event.date,
                        (a.actor_id for a in event.actors),
                        (event.place,) if event.place else (), lookup=True)


def _filing_keys(family: str, date: PartialDate | None, actors: Iterable[str],
                 places: Iterable[str]) -> set[tuple[str, str, str]]:
    """A cluster is filed under each key once per slot of its date (:func:`_date_slots`).
    Only a shared key actor joins an undated report to a cluster, or a report to an
    undated cluster (see :meth:`_Cluster.accepts`), so only key actors' keys are also
    filed under "none" while the cluster is undated, and under "any" for the undated
    reports that may join any cluster sharing one."""
    base = _lookup_keys(family, date, actors, places)
    dated = _date_slots(date) if date is not None else ()
    keyed = (*dated, "any") if date is not None else ("none", "any")
    return {(f, k, slot) for f, k in base for slot in (keyed if _by_actor(k) else dated)}


def _by_actor(key: str) -> bool:
    """Whether a lookup key (:func:`_lookup_keys`) is that of a key actor."""
    return key.startswith("a:")


def _new_keys(cluster: _Cluster, event: Event, date_before: PartialDate | None,
              ) -> set[tuple[str, str, str]]:
    """The keys ``event`` adds to the cluster it joined: its own actors and place, or every
    key of the cluster when the event gave the cluster its date."""
    if cluster.date is not date_before:
        return _filing_keys(cluster.family, cluster.date, cluster.actors, cluster.places)
    return _filing_keys(cluster.family, cluster.date, (a.actor_id for a in event.actors),
                        (event.place,) if event.place else ())


def _event_lookup(event: Event) -> set[tuple[str, str, str]]:
    """Where the clusters ``event`` may join are filed (:func:`_filing_keys`)."""
    base = _event_keys(event)
    if event.date is None:
        return {(f, k, "any") for f, k in base if _by_actor(k)}
    slots = _lookup_slots(event.date)
    keyed = (*slots, "none")
    return {(f, k, slot) for f, k in base for slot in (keyed if _by_actor(k) else slots)}


@functools.lru_cache(maxsize=4096)
def _date_slots(date: PartialDate) -> tuple[str, ...]:
    """Where a cluster of this date is filed, so that a report meets only clusters whose
    date can overlap its own, however many share a key: a day under the day ("d") and
    its month ("m"); a coarser date under each month it touches ("M"), or each year
    ("y") when it lasts longer than :data:`_MONTHS_FILED`."""
    if date.precision is Precision.DAY:
        return (f"d{date.start}", *_months_of(date, "m"))
    months = _months_of(date, "M")
    return tuple(months if len(months) <= _MONTHS_FILED else _years_of(date))


@functools.lru_cache(maxsize=4096)
def _lookup_slots(date: PartialDate) -> tuple[str, ...]:
    """Where the dated clusters whose dates may overlap ``date`` are filed
    (:func:`_date_slots`): the coarse ones under its months or years, and the days under
    its day (a day) or its months (a coarser date, which may hold any of their days)."""
    days = [f"d{date.start}"] if date.precision is Precision.DAY else _months_of(date, "m")
    return (*days, *_months_of(date, "M"), *_years_of(date))


def _years_of(date: PartialDate) -> list[str]:
    return [f"y{y}" for y in range(date.start.year, date.end.year + 1)]


def _months_of(date: PartialDate, tag: str) -> list[str]:
    return [f"{tag}{y}-{m}" for y, m in _months(date)]


def _combine(members: list[Event]) -> Event:
    """One event of its reports, ``members`` in merge order: the first report (the one
    that founded the event) gives the id, type, summary and trigger, the most precise
    date wins, and actors, evidence, documents, quotes and sources are united."""
    if len(members) == 1:
        return members[0]
    primary = members[0]
    dated = [m for m in members if m.date is not None]
    roles: dict[str, Role] = {}
    for m in members:
        for a in m.actors:
            roles.setdefault(a.actor_id, a.role)
    actors = sorted(roles.items(), key=lambda kv: _ROLE_RANK[kv[1]])
    evidence = sorted({s for m in members for s in m.evidence},
                      key=lambda s: (s.doc_id, s.start, s.end))
    documents = tuple(sorted({d for m in members for d in m.documents}))
    sources = tuple(sorted({s for m in members for s in m.sources}))
    tolls = [m.fatalities for m in members if m.fatalities is not None]
    asserted = any(m.modality is Modality.ASSERTED for m in members)
    return Event(
        id=primary.id,
        event_type=primary.event_type,
        date=min(dated, key=_precision_key).date if dated else None,
        actors=tuple(EventActor(actor_id=a, role=r) for a, r in actors),
        place=next((m.place for m in members if m.place), None),
        summary=primary.summary,
        evidence=tuple(evidence),
        documents=documents,
        quotes=tuple(sorted({q for m in members for q in m.quotes})),
        modality=Modality.ASSERTED if asserted else primary.modality,
        fatalities=max(tolls) if tolls else None,
        trigger=primary.trigger,
        sources=sources,
        num_mentions=sum(m.num_mentions for m in members),
        num_documents=len(documents),
        num_sources=len(sources),
    )


def merge_keys(event: Event) -> frozenset[str]:
    """Keys that connect the events :func:`merge_events` may merge: its type family with
    each of its actors and with its place.  Two events end up in one happening only when
    a chain of events sharing keys links them, so groups of events closed under shared
    keys can be merged apart (a distributed build shuffles on these keys) with the same
    result as merging all events together.  Merging rules must keep this true."""
    family = _family(event.event_type)
    keys = {f"{family}\x1fa:{a.actor_id}" for a in event.actors}
    if event.place:
        keys.add(f"{family}\x1fp:{event.place}")
    return frozenset(keys)


def merge_events(events: Iterable[Event], *, arrival: Mapping[str, Any] | None = None,
                 duplicate_of: Mapping[str, str] | None = None) -> list[Event]:
    """One Event per happening: events of one type family with overlapping dates (or no
    date), agreeing places and compatible participants (:func:`_compatible`) that share
    an actor or place are merged, the most precise date winning; the
    result is ordered by date.

    ``arrival`` ranks the documents in the order they entered the dataset (document id
    -> any sortable rank): reports are merged in that order, so the first report of a
    happening founds its event and gives it its id, and reports of later documents never
    change an event's id or split it.  Without ``arrival`` the result does not depend on
    the order of ``events``.  ``duplicate_of`` maps near-duplicate documents (reprints,
    feed copies) to the document they copy: a report of a copy that matches a report of
    the original (:func:`_fingerprint`) joins that report's event, adding a mention and a
    document, never a new event."""
    unique = {e.id: e for e in events}
    ranks = arrival or {}
    copies = _copies_of(unique.values(), duplicate_of or {})
    clusters = _Clusters()
    members: list[list[Event]] = []
    home_of: dict[str, int] = {}
    for event in sorted((e for e in unique.values() if e.id not in copies),
                        key=lambda e: report_order(e, ranks)):
        home_at = clusters.place(event)
        if home_at == len(members):
            members.append([])
        members[home_at].append(event)
        home_of[event.id] = home_at
    # Reports of copies join the event of the original's report they repeat, after every
    # other report, so they never sway how the others merge.
    for event in sorted((unique[i] for i in copies), key=lambda e: report_order(e, ranks)):
        members[home_of[copies[event.id]]].append(event)
    merged = [_combine(m) for m in members]
    return sorted(merged, key=lambda e: (e.date is None,
                                         e.date.sort_key() if e.date else (), e.id))


def report_order(event: Event, arrival: Mapping[str, Any]) -> tuple[Any, ...]:
    """Where a report comes in the merge (:func:`merge_events`): by the arrival rank of
    its first document, then most precise date first, then id."""
    ranked = [arrival[d] for d in event.documents if d in arrival]
    return ((0, min(ranked)) if ranked else (1,), *_precision_key(event))


class _Clusters:
    """The clusters of reports merged so far, indexed by key (see :func:`merge_events`):
    each report is placed in the first cluster that accepts it, or founds one.  Holds
    each cluster's merge state (family, date, actors, places, evidence, documents), not
    its reports, so that a build can keep the reports on disk."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        # One object per id and per date however many clusters hold it.
        self._strings: dict[str, str] = {}
        self._dates: dict[PartialDate, PartialDate] = {}
        # Key (the 64-bit hash of its (family, key, slot)) -> the clusters filed under it:
        # one index alone (most keys), else an array of them.  Hashes, not the key
        # strings, and arrays, not lists of int objects: a large build files hundreds of
        # thousands of clusters.
        self._index: dict[int, int | array.array[int]] = {}

    def _intern(self, value: str) -> str:
        return self._strings.setdefault(value, value)

    def place(self, event: Event) -> int:
        """The index of the cluster ``event`` joins (a new one when none accepts it)."""
        clusters, index = self.clusters, self._index
        found: set[int] = set()
        for parts in _event_lookup(event):
            filed = index.get(hash(parts))
            if isinstance(filed, int):
                found.add(filed)
            elif filed is not None:
                found.update(filed)
        # What :meth:`_Cluster.accepts` refuses first, tested here in one step a cluster:
        # another family, or (for a statement) a document the cluster already holds.
        family = _family(event.event_type)
        said = frozenset(event.documents) if event.event_type in _SPEECH else frozenset()
        home_at = next((i for i in sorted(found) if clusters[i].family == family
                        and said.isdisjoint(clusters[i].documents)
                        and clusters[i].accepts(event)), None)
        if home_at is None:
            clusters.append(_Cluster(event.id, _family(event.event_type), None))
            home_at = len(clusters) - 1
        home = clusters[home_at]
        date_before = home.date
        home.add(event, self._intern, self._dates)
        for parts in _new_keys(home, event, date_before):
            # Filed under each key once: a cluster is in a key's list only if it filed
            # itself there, and a full list stays full.
            key = hash(parts)
            filed = index.get(key)
            if filed is None:
                index[key] = home_at
            elif isinstance(filed, int):
                if filed != home_at:
                    index[key] = array.array("q", (filed, home_at))
            elif len(filed) < _MAX_FILED and home_at not in filed:
                filed.append(home_at)
        return home_at


def _fingerprint(event: Event) -> tuple[Any, ...]:
    """What a report of a copied text repeats of the original's report, whatever the
    furniture around it moved: its type, summary, actors and place, and the lengths of
    its evidence and trigger spans (their offsets shift, their lengths do not)."""
    first = event.evidence[0].start if event.evidence else 0
    trigger = ((event.trigger.start - first, event.trigger.end - event.trigger.start)
               if event.trigger is not None else None)
    return (event.event_type.value, event.summary, tuple(sorted(
        (a.actor_id, a.role.value) for a in event.actors)), event.place,
        tuple(s.end - s.start for s in event.evidence), trigger)


def _copies_of(events: Iterable[Event], duplicate_of: Mapping[str, str]) -> dict[str, str]:
    """For each report of a near-duplicate document that repeats a report of the
    original document, the id of that original report (the smallest id when several
    match)."""
    if not duplicate_of:
        return {}
    roots = set(duplicate_of.values())
    originals: dict[tuple[str, tuple[Any, ...]], str] = {}
    copies: list[Event] = []
    for event in events:
        docs = set(event.documents)
        if not docs:
            continue
        if docs <= roots:
            for d in docs:
                key = (d, _fingerprint(event))
                if key not in originals or event.id < originals[key]:
                    originals[key] = event.id
        elif all(d in duplicate_of for d in docs):
            copies.append(event)
    found: dict[str, str] = {}
    for event in copies:
        matches = [originals[k] for d in event.documents
                   if (k := (duplicate_of[d], _fingerprint(event))) in originals]
        if matches:
            found[event.id] = min(matches)
    return found


@attrs.define
class _Entity(Generic[_R]):
    """An actor or place seen in several documents, gathered without re-sorting on every
    page: the gazetteer record (else the first) is the base; names, aliases and mentions
    accumulate and are ordered once, when the merged record is asked for."""

    base: _R
    names: dict[str, None] = attrs.Factory(dict)
    mentions: set[Span] = attrs.Factory(set)

    def add(self, record: _R) -> None:
        if record.in_gazetteer and not self.base.in_gazetteer:
            self.names[self.base.name] = None
            self.base = record
        else:
            self.names[record.name] = None
        self.names.update(dict.fromkeys(record.aliases))
        self.mentions.update(record.mentions)

    def record(self) -> _R:
        aliases = [a for a in (*self.base.aliases, *self.names) if a != self.base.name]
        mentions = tuple(sorted(self.mentions, key=lambda s: (s.doc_id, s.start, s.end)))
        unique = tuple(dict.fromkeys(aliases))
        if unique == self.base.aliases and mentions == self.base.mentions:
            return self.base  # seen once: the record is already final
        return attrs.evolve(self.base, aliases=unique, mentions=mentions)


def _entity(record: _R) -> _Entity[_R]:
    entity = _Entity(record)
    entity.mentions.update(record.mentions)
    return entity


def merge_records(records: Iterable[_R]) -> list[_R]:
    """One actor (or place) per id, in order of first appearance, with the rule of
    :class:`Corpus`: the gazetteer record is the base, aliases and mentions are united."""
    entities: dict[str, _Entity[_R]] = {}
    for record in records:
        if record.id in entities:
            entities[record.id].add(record)
        else:
            entities[record.id] = _entity(record)
    return [entity.record() for entity in entities.values()]


# Near-duplicate documents: a reprint or feed copy shares nearly all its word shingles with
# the original, whatever furniture surrounds it.
_SHINGLE = 5
_SKETCH = 64
_MIN_WORDS = 40
_SAME = 0.8
_WORD = re.compile(r"\w+")
# The smallest hashes a document is filed under, and how many of them a candidate must
# share before the sketches are compared: documents that share only a paragraph or a
# boilerplate line (a hash or two) are not compared.  A copy (similarity >= 0.8) shares
# fewer than 3 of its 8 smallest hashes with a chance of roughly 1 in 800 at the threshold
# and 1 in 40,000 at 0.9.
_FIRST = 8
_MIN_SHARED = 3
# A hash already filed under this many documents is over-common (a paragraph or a line
# that many pages carry): later documents are not filed under it but under their next
# smallest hashes instead, so that no lookup reads more than this many documents a hash
# and the check stays linear in the corpus.  Its documents stay filed, so a copy of any of
# them still meets it there.
_COMMON = 48
def _sketch(text: str) -> tuple[int, ...]:
    """The smallest hashes of the text's word 5-shingles (a bottom-k MinHash sketch);
    empty for a text too short to judge."""
    words = _WORD.findall(text.lower())
    if len(words) < _MIN_WORDS:
        return ()
    hashes = {zlib.crc32(" ".join(words[i:i + _SHINGLE]).encode("utf-8", "surrogatepass"))
              for i in range(len(words) - _SHINGLE + 1)}
    return tuple(sorted(hashes)[:_SKETCH])


def _similar(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether the Jaccard similarity the two sketches estimate reaches the threshold."""
    union = sorted(set(a) | set(b))[:_SKETCH]
    both = set(a) & set(b)
    return bool(union) and sum(1 for h in union if h in both) / len(union) >= _SAME


class DuplicateIndex:
    """Near-duplicate detection as documents arrive: each new document is compared with
    the documents seen before it (only those whose sketches share three of its eight
    smallest hashes, the over-common hashes passed over: see :data:`_COMMON`), and a copy
    of any of them is a duplicate of the original of that one (the earliest arrival of its
    group).  A document's verdict never changes once given, so adding documents never
    changes those already seen.

    Kept compact, as a build holds one entry per document (about 140 bytes with a
    document id of 40 characters): documents are numbered in arrival order
    (:attr:`arrival`, a compact :class:`~caucasus_events._compact.Numbering` of their
    ids), the sketches (4 bytes a hash) are kept in a temporary file and read back only
    for the few candidates compared, and the lookup of the first hashes is a table of
    64-bit words (hash and document number) in 65,536 buckets."""

    def __init__(self) -> None:
        self._number = Numbering()
        self._sketches = ByteRecords()
        self._root = array.array("q")  # each document's original, by number
        self._buckets: dict[int, array.array[int]] = {}
        self._foreign: dict[str, int] = {}  # originals known only by id, numbered

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._number

    def __len__(self) -> int:
        return len(self._number)

    @property
    def arrival(self) -> Mapping[str, int]:
        """Each document's number: its place in the order documents were added."""
        return self._number

    def close(self) -> None:
        """Remove the sketches' temporary file (verdicts already given stay readable)."""
        self._sketches.close()

    def add(self, doc_id: str, text: str, duplicate_of: str | None = None,
            *, known: bool = False) -> str | None:
        """Record document ``doc_id`` and return the id of the document it copies (None
        for an original).  With ``known`` the verdict is ``duplicate_of``, as recorded
        in a dataset, instead of being worked out again."""
        if doc_id in self._number:
            return self._root_of(self._number[doc_id])
        sketch = _sketch(text)
        shared, filing = self._shared(sketch)
        if not known:
            duplicate_of = self._original(shared, sketch)
        n = self._number.add(doc_id)
        self._sketches.append(array.array("I", sketch).tobytes())
        if duplicate_of and duplicate_of in self._number:
            self._root.append(self._root[self._number[duplicate_of]])
        elif duplicate_of:  # recorded against a document not seen (yet)
            self._root.append(-1 - self._foreign.setdefault(duplicate_of, len(self._foreign)))
        else:
            self._root.append(n)
        for h in filing:
            self._buckets.setdefault(h & 0xFFFF, array.array("Q")).append(h << 32 | n)
        return self._root_of(n)

    def _root_of(self, n: int) -> str | None:
        root = self._root[n]
        if root == n:
            return None
        if root < 0:  # recorded against a document the index has not seen
            return next(k for k, v in self._foreign.items() if v == -1 - root)
        return self._number.text(root)

    def _shared(self, sketch: tuple[int, ...]) -> tuple[dict[int, int], list[int]]:
        """The documents filed under the sketch's smallest hashes, with how many of them
        each shares, and the hashes to file the sketch under: its first eight that are
        not over-common.  The hashes read are those eight and the over-common ones
        before them (at most :data:`_COMMON` documents each)."""
        shared: dict[int, int] = {}
        filing: list[int] = []
        for h in sketch:
            filed = [word & 0xFFFFFFFF for word in self._buckets.get(h & 0xFFFF, ())
                     if word >> 32 == h]
            for other in filed:
                shared[other] = shared.get(other, 0) + 1
            if len(filed) < _COMMON:
                filing.append(h)
                if len(filing) == _FIRST:
                    break
        return shared, filing

    def _original(self, shared: dict[int, int], sketch: tuple[int, ...]) -> str | None:
        # the documents sharing most first: a copy meets its original before the
        # documents that merely share a paragraph with it
        mine = frozenset(sketch)
        for _, other in sorted((-n, o) for o, n in shared.items() if n >= _MIN_SHARED):
            theirs = array.array("I", self._sketches[other])
            # the estimate counts only hashes in both, so too few in both rules it out
            both = len(mine.intersection(theirs))
            if both < _SAME * min(_SKETCH, len(mine) + len(theirs) - both):
                continue
            if _similar(sketch, tuple(theirs)):
                return self._root_of(other) or self._number.text(other)
        return None

    def duplicates(self) -> dict[str, str]:
        """For each duplicate seen so far, the id of the original it copies."""
        found: dict[str, str] = {}
        for n, root in enumerate(self._root):
            if root != n:
                found[self._number.text(n)] = self._root_of(n) or ""
        return found


def find_duplicates(documents: Iterable[Document]) -> dict[str, str]:
    """For each document that is a near-duplicate of another (a reprint, a feed copy: an
    estimated 80% or more of its five-word shingles shared), the id of the document it
    copies: documents are taken in id order (see :class:`DuplicateIndex`), so the
    original is the smallest id of its group and the answer does not depend on input
    order.  Documents under 40 words are never judged.  Near-linear: documents are
    compared only when their sketches share a hash."""
    index = DuplicateIndex()
    for doc in sorted(documents, key=lambda d: d.id):
        index.add(doc.id, doc.text)
    return index.duplicates()


class Corpus:
    """The records of many pages, with actors, places and events merged across them.

    Pages are merged in the order they are added (see :func:`merge_events`): the first
    report of a happening gives its event's id, and a near-duplicate of an earlier
    document (:class:`DuplicateIndex`) adds mentions to its events, not new events."""

    def __init__(self) -> None:
        self._documents: dict[str, Document] = {}
        self._quotes: dict[str, Quote] = {}
        self._citations: dict[str, Citation] = {}
        self._actors: dict[str, _Entity[Actor]] = {}
        self._places: dict[str, _Entity[Place]] = {}
        self._events: dict[str, Event] = {}
        self._merged: list[Event] | None = None
        self._arrival: dict[str, int] = {}
        self._duplicates = DuplicateIndex()

    def add(self, page: Page) -> None:
        """Add one parsed page; adding the same page twice changes nothing."""
        for d in sorted(page.documents, key=lambda d: d.id):
            self._documents[d.id] = d
            self._arrival.setdefault(d.id, len(self._arrival))
            self._duplicates.add(d.id, d.text, d.duplicate_of, known=d.duplicate_of is not None)
        for q in page.quotes:
            self._quotes[q.id] = q
        for c in page.citations:
            self._citations[c.id] = c
        for a in page.actors:
            if a.id in self._actors:
                self._actors[a.id].add(a)
            else:
                self._actors[a.id] = _entity(a)
        for p in page.places:
            if p.id in self._places:
                self._places[p.id].add(p)
            else:
                self._places[p.id] = _entity(p)
        for e in page.events:
            self._events[e.id] = e
        self._merged = None

    def duplicates(self) -> dict[str, str]:
        """For each near-duplicate document, the id of the earlier document it copies
        (see :class:`DuplicateIndex`)."""
        return self._duplicates.duplicates()

    @property
    def documents(self) -> tuple[Document, ...]:
        """Every document, in id order, with ``duplicate_of`` set on reprints and copies."""
        dup = self.duplicates()
        return tuple(attrs.evolve(self._documents[k], duplicate_of=dup[k]) if k in dup
                     else self._documents[k] for k in sorted(self._documents))

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote, in id order."""
        return tuple(self._quotes[k] for k in sorted(self._quotes))

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation, in id order."""
        return tuple(self._citations[k] for k in sorted(self._citations))

    @property
    def actors(self) -> tuple[Actor, ...]:
        """One actor per id, mentions and aliases unioned over the pages."""
        return tuple(self._actors[k].record() for k in sorted(self._actors))

    @property
    def places(self) -> tuple[Place, ...]:
        """One place per id, mentions and aliases unioned over the pages."""
        return tuple(self._places[k].record() for k in sorted(self._places))

    @property
    def events(self) -> tuple[Event, ...]:
        """The pages' events with reports of one happening merged (see :func:`merge_events`)."""
        if self._merged is None:
            self._merged = merge_events(self._events.values(), arrival=self._arrival,
                                        duplicate_of=self.duplicates())
        return tuple(self._merged)
