"""Events of one document: each dated or datable happening a sentence reports.

A data table (``data/event_patterns.json``) maps trigger words to event types; the
sentence's own date words, a quote or citation in it, the last dated sentence of its
paragraph, or the publication date (for "recently", "has since") date the event.  Actors
come from the mentions inside the sentence, with roles from where they stand relative to
the trigger.  See ``docs/actors-and-events.md`` for the rules and their limits.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

import attrs

from caucasus_events.dates import Inferred, PartialDate, Precision, parse_date
from caucasus_events.errors import InputError
from caucasus_events.ids import make_id
from caucasus_events.models import (
    Actor,
    Citation,
    Document,
    Event,
    EventActor,
    EventType,
    Place,
    PlaceKind,
    Quote,
    Role,
    Span,
)
from caucasus_events.parse.text import sentence_spans

__all__ = ["Trigger", "TriggerTable", "extract_events", "find_dates"]


@attrs.frozen(kw_only=True)
class Trigger:
    """One event type's trigger words, compiled."""

    event_type: EventType
    priority: int
    summary: str
    verbs: re.Pattern[str] | None
    nouns: re.Pattern[str] | None


@attrs.frozen(kw_only=True)
class TriggerTable:
    """The trigger words of every event type, strongest first."""

    triggers: tuple[Trigger, ...]

    @classmethod
    def from_json(cls, data: Any, *, origin: str = "<event patterns>") -> TriggerTable:
        """A table from the JSON format of ``data/event_patterns.json``; bad entries raise
        :class:`InputError` naming the entry."""
        out = []
        types = data.get("types") if isinstance(data, dict) else None
        if not isinstance(types, list):
            raise InputError("event patterns need a list 'types'", path=origin)
        for i, entry in enumerate(types):
            try:
                out.append(Trigger(
                    event_type=EventType(entry["type"]), priority=int(entry["priority"]),
                    summary=str(entry.get("summary", entry["type"])),
                    verbs=_compile(entry.get("verbs", [])), nouns=_compile(entry.get("nouns", []))))
            except (KeyError, TypeError, ValueError, re.error) as exc:
                raise InputError(f"bad entry types[{i}]: {exc!r}", path=origin) from None
        return cls(triggers=tuple(sorted(out, key=lambda t: -t.priority)))

    @classmethod
    def default(cls) -> TriggerTable:
        """The packaged table."""
        return _default_table()

    def summary_verb(self, event_type: EventType) -> str:
        """The verb a summary uses for ``event_type``."""
        for t in self.triggers:
            if t.event_type is event_type:
                return t.summary
        return event_type.value


def _compile(patterns: Sequence[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # A space in a pattern matches any run of white space (scraped text has no-break spaces).
    alternatives = "|".join(f"(?:{p.replace(' ', _WS)})" for p in patterns)
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


_WS = r"\s+"


@functools.lru_cache(maxsize=1)
def _default_table() -> TriggerTable:
    text = (resources.files("caucasus_events") / "data" / "event_patterns.json").read_text(
        encoding="utf-8")
    return TriggerTable.from_json(json.loads(text),
                                  origin="caucasus_events/data/event_patterns.json")


# --- dates ---------------------------------------------------------------------

_MONTH = ("(?:January|February|March|April|May|June|July|August|September|October|November"
          "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
_PART = r"(?:(?:early|mid|middle|late|the end of|end of)[\s-]+(?:of\s+)?)"
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A bare year is a date only after a word that introduces one ("in 1994", "since 2021").
_AFTER_YEAR_WORD = "(?:" + "|".join(
    rf"(?<=\b{w}\s)" for w in ("in", "In", "since", "Since", "from", "From", "by", "until",
                                "of", "during", "year", "to")) + ")"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+\d{{4}})?"
    rf"|{_PART}?{_MONTH}(?:,?\s+(?:of\s+)?\d{{4}})?"
    rf"|{_PART}\d{{4}}"
    rf"|{_AFTER_YEAR_WORD}(?:1[89]|20)\d\d"
    rf"|(?i:(?:last|this|next|past)\s+(?:year|month|week|fall|autumn|spring|summer|winter))"
    rf"|(?i:(?:over\s+the|last|this|past)\s+weekend)"
    rf"|(?:(?i:on|last|this|next|past)\s+)?{_WEEKDAY}"
    rf"|(?i:yesterday|today)|\d{{4}}-\d{{2}}-\d{{2}})\b(?![-–]\w)")


_NEEDS_DAY = re.compile(rf"{_WEEKDAY}|yesterday|today|week", re.I)


def find_dates(text: str, reference: PartialDate | None, start: int = 0,
               end: int | None = None) -> list[tuple[int, int, PartialDate]]:
    """The date expressions in ``text[start:end]`` with offsets and parsed values; relative
    ones ("last month", "on Thursday", "Jul 23") resolve against ``reference``."""
    out = []
    for m in _DATE.finditer(text, start, len(text) if end is None else end):
        words = m.group()
        if (_NEEDS_DAY.search(words) and reference is not None
                and reference.precision is not Precision.DAY):
            continue  # "on Thursday" in a story dated only "2021": which Thursday?
        parsed = _relative(words, reference) or parse_date(words, reference)
        if parsed is not None:
            out.append((m.start(), m.end(), parsed))
    return out


def _relative(words: str, reference: PartialDate | None) -> PartialDate | None:
    low = words.lower()
    low = " ".join(low.split()).replace("over the weekend", "last weekend")
    if reference is None or low not in ("last month", "this month", "next month", "past month",
                                        "yesterday", "today", "last week", "this week",
                                        "past week", "last weekend", "this weekend",
                                        "past weekend"):
        return None
    ref = reference.end
    if low in ("yesterday", "today"):
        day = ref - dt.timedelta(days=1 if low == "yesterday" else 0)
        return PartialDate.from_date(day, text=words, inferred=Inferred.DATE)
    if low.endswith(("week", "weekend")):
        day = ref - dt.timedelta(days=0 if low.startswith("this") else 7)
        return PartialDate(year=day.year, month=day.month, precision=Precision.MONTH,
                           text=words, inferred=Inferred.DATE)
    shift = {"last": -1, "past": -1, "this": 0, "next": 1}[low.split()[0]]
    months = ref.year * 12 + ref.month - 1 + shift
    return PartialDate(year=months // 12, month=months % 12 + 1, precision=Precision.MONTH,
                       text=words, inferred=Inferred.DATE)


def _as_inferred(date: PartialDate) -> PartialDate:
    return attrs.evolve(date, inferred=Inferred.DATE)


def _month_of(date: PartialDate) -> PartialDate:
    """The month of a publication date, or the date itself when it is coarser."""
    if date.month is None:
        return attrs.evolve(date, text="", inferred=Inferred.DATE)
    return PartialDate(year=date.year, month=date.month, precision=Precision.MONTH, text="",
                       inferred=Inferred.DATE)


# --- extraction ----------------------------------------------------------------

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:(?:\w+ly|also)\s+)?$",
                      re.I)
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s?|[—–]|\s(?:after|when|while|because|following|although|whereas|but)\s|,\s(?:which|and|who)\s"
    r"|\b(?:that)\s", re.I)
# Words that place an undated happening shortly before publication; a news lead's present
# perfect ("Minval.az has suggested") does too.
_RECENT = re.compile(
    r"\b(?:recently|this week|this month|so far this|now"
    r"|ha(?:s|ve)\s+(?:since\s+|just\s+|now\s+|also\s+)?(?!indeed\b)"
    r"(?:\w+ed|said|told|met|sent|made|held|taken|given|begun|brought|sought|struck|shot"
    r"|built|left|put|set|written|spoken|thrown|drawn|hit|fought|bought|led|paid|kept"
    r"|won|lost|cut|sold|signed|vowed|warned))\b", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|from|with|between|by|for|against|in|on|at|near|under|over|about|amid|amidst"
    r"|among|into|toward|towards|than|via|like)\s+(?:(?:[\w.’'-]+\s+){1,4}(?:and|or)\s+)?"
    r"(?:the\s+|a\s+|an\s+|[\"“])?$", re.I)
# A verb form after a determiner or possessive is a noun ("the protests", "the recently
# signed declaration", "Russia’s invasion").
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|these|those|this|that)\s+(?:\w+ly\s+)?|['’`]s\s+)$",
    re.I)
# What may stand between a subject and its verb.
_VERB_FOLLOWS = re.compile(
    r"[,)\]]?\s*(?:(?:\w+ly|also|even|has|have|had|was|were|is|are|will|would|then|not|never)"
    r"\s+)*")
# A verb after "to", a modal or a negation did not (yet) happen ("should cut off").
_IRREALIS_BEFORE = re.compile(
    r"\b(?:to|should|would|could|might|must|may|will|shall|not|never|cannot)\s+(?:\w+ly\s+)?$",
    re.I)
# A noun trigger after these words names an earlier happening the sentence refers back to
# ("over the downing of"): it takes no date from the sentence's context.
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:over|after|following|since|before|despite|amid|about|concerning|regarding|with|like"
    r"|of|in|during|into|from|against)\s+(?:the|an?|this|that)?\s*(?:[\w-]+\s+){0,3}$", re.I)
# A relative clause ("soldiers who were killed") is background to the main clause.
_RELATIVE = re.compile(r"\b(?:who|which)\s+(?:\w+\s+){0,2}$", re.I)
# Event types whose modality is the point: a proposal or demand is for what has not happened.
_SPEECH_TYPES = frozenset({
    EventType.STATEMENT, EventType.PROPOSAL, EventType.DEMAND, EventType.THREAT,
    EventType.ACCUSATION})
# Actors after a trigger beyond this many are context, not targets.
_MAX_TARGETS = 3
# How close (in characters) a date must stand to a background noun to date it ("in late June
# following the killing").
_NEAR = 60
# How far before a trigger a recency cue may stand ("Baku most recently procured").
_CUE_REACH = 25
# Priority from which a trigger names a concrete happening (aid, arrests, attacks...).
_CONCRETE = 84
# Publication dates precise enough to date a story's lead by.
_NEWS_DAY = frozenset({Precision.DAY, Precision.MONTH})
_BULLET = re.compile(r"[•·▪◦*-]\s")
_HEADING_END = re.compile(r"[.!?:\"'”’)\]]\s*$")


@attrs.frozen
class _Mention:
    start: int
    end: int
    actor: Actor


@attrs.frozen
class _Hit:
    trigger: Trigger
    start: int
    end: int
    nominal: bool
    background: bool = False
    subordinate: bool = False


class _TriggerIndex:
    """Where each trigger pattern matches in one document, found with one pass of each
    pattern over the whole text instead of one per sentence."""

    def __init__(self, table: TriggerTable, text: str) -> None:
        self.table = table
        self.text = text
        self._found: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def matches(self, pattern: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
        key = id(pattern)
        if key not in self._found:
            spans = [(m.start(), m.end()) for m in pattern.finditer(self.text)]
            self._found[key] = ([lo for lo, _ in spans], spans)
        starts, spans = self._found[key]
        out = []
        for i in range(bisect.bisect_left(starts, start), len(spans)):
            lo, hi = spans[i]
            if lo >= end:
                break
            if hi <= end:
                out.append((lo, hi))
        return out


def _hits(index: _TriggerIndex, start: int, end: int) -> list[_Hit]:
    text = index.text
    out = []
    for t in index.table.triggers:
        for pattern, nominal in ((t.verbs, False), (t.nouns, True)):
            if pattern is None:
                continue
            for m_start, m_end in index.matches(pattern, start, end):
                lo = max(start, m_start - 40)
                noun = nominal or bool(_DETERMINER_BEFORE.search(text, lo, m_start))
                if (not noun and t.event_type not in _SPEECH_TYPES
                        and _IRREALIS_BEFORE.search(text, lo, m_start)):
                    continue
                out.append(_Hit(
                    t, m_start, m_end, noun,
                    background=noun and bool(_BACKGROUND_BEFORE.search(text, lo, m_start)),
                    subordinate=bool(_RELATIVE.search(text, lo, m_start))))
    return out


def _choose(hits: list[_Hit]) -> list[_Hit]:
    """The sentence's event triggers: the strongest one, and triggers of other concrete
    types (the downing a lawsuit is about; an office closed while arresting its staff)."""
    if not hits:
        return []
    # A weak noun ("the signed declaration") sets the type only when nothing else does.
    ranked = sorted(hits, key=lambda h: (h.nominal and h.trigger.priority < _CONCRETE,
                                         h.background, h.subordinate, -h.trigger.priority,
                                         h.nominal, h.start))
    chosen = [ranked[0]]
    for h in ranked[1:]:
        if (h.trigger.priority >= _CONCRETE and not h.subordinate
                and all(c.trigger.event_type is not h.trigger.event_type for c in chosen)):
            chosen.append(h)
    return chosen


def _in_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class _Extractor:
    def __init__(self, document: Document, actors: Sequence[Actor], places: Sequence[Place],
                 quotes: Sequence[Quote], citations: Sequence[Citation],
                 table: TriggerTable) -> None:
        self.doc = document
        self.text = document.text
        self.table = table
        self.mentions = sorted(
            (_Mention(s.start, s.end, a) for a in actors for s in a.mentions
             if s.doc_id == document.id), key=lambda m: (m.start, m.end))
        self.place_mentions = sorted(
            ((s.start, s.end, p) for p in places for s in p.mentions if s.doc_id == document.id),
            key=lambda m: (m[0], m[1]))
        self.quotes = [q for q in quotes if q.document_id == document.id]
        self.citations = [c for c in citations if c.document_id == document.id]
        self.cite_spans = [(c.span.start, c.span.end) for c in self.citations]
        # What a quote says happened is the speaker's claim: the quote is the event.
        self.quote_spans = [(q.span.start, q.span.end) for q in self.quotes]

    def paragraphs(self) -> list[tuple[int, int]]:
        if self.doc.paragraphs:
            return [(p.start, p.end) for p in self.doc.paragraphs]
        return [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*",
                                                          self.text)]

    def run(self) -> list[Event]:
        events: list[Event] = []
        ref = self.doc.published
        triggers = _TriggerIndex(self.table, self.text)
        lead = True
        for p_start, p_end in self.paragraphs():
            if not _HEADING_END.search(self.text[p_start:p_end]):
                continue  # a heading restates the body; its events come from the body
            # A news story's lead reports the news of its day: what it states undated
            # happened on (or just before) the publication date, flagged inferred.
            lead_date = (_as_inferred(ref) if lead and ref is not None
                         and ref.precision in _NEWS_DAY else None)
            lead = False
            anchor: PartialDate | None = None
            for s_start, s_end in sentence_spans(self.text, p_start, p_end):
                if _BULLET.match(self.text, s_start):
                    continue  # a key-points list restates the body
                own, own_at = self._sentence_date(s_start, s_end, ref)
                if own is not None and own.inferred is not Inferred.DATE:
                    anchor = own
                hits = [h for h in _hits(triggers, s_start, s_end)
                        if not _in_any(h.start, h.end, self.quote_spans)]
                chosen = _choose(hits)
                context = None
                if own is None and chosen:
                    context = self._context_date(
                        s_start, min(h.start for h in chosen), anchor, ref) or lead_date
                for hit in chosen:
                    date = own
                    if hit.background and abs(own_at - hit.start) > _NEAR:
                        date = None  # "despite recent fighting": not the sentence's date
                    elif date is None and not hit.background:
                        date = context
                    event = self._event(hit, date, s_start, s_end, p_start, p_end)
                    if event is not None:
                        events.append(event)
        return events

    def _sentence_date(self, start: int, end: int,
                       ref: PartialDate | None) -> tuple[PartialDate | None, int]:
        """The sentence's own date and where it stands: its date words, else the date of a
        quote or citation in it (marked inferred)."""
        for s, e, date in find_dates(self.text, ref, start, end):
            if not _in_any(s, e, self.cite_spans):
                return date, s
        for q in self.quotes:
            if start <= q.span.start < end and q.date is not None:
                return _as_inferred(q.date), q.span.start
        for c in self.citations:
            if start <= c.span.start < end + 2 and c.date is not None:
                return _as_inferred(c.date), c.span.start
        return None, start

    def _context_date(self, start: int, at: int, anchor: PartialDate | None,
                      ref: PartialDate | None) -> PartialDate | None:
        """A date for an undated sentence: the paragraph's last date, else the publication
        month when a recency cue stands right before the trigger at ``at``."""
        if anchor is not None:
            return _as_inferred(anchor)
        if ref is not None and _RECENT.search(self.text, max(start, at - _CUE_REACH), at + 30):
            return _month_of(ref)
        return None

    def _event(self, hit: _Hit, date: PartialDate | None, s_start: int, s_end: int,
               p_start: int, p_end: int) -> Event | None:
        etype = hit.trigger.event_type
        if date is None and etype in (EventType.STATEMENT, EventType.COOPERATION,
                                      EventType.MEETING, EventType.PROTEST):
            return None  # an undated statement or talk is background, not an event
        in_sentence = [m for m in self.mentions if s_start <= m.start and m.end <= s_end
                       and not _in_any(m.start, m.end, self.cite_spans)
                       and not _in_any(m.start, m.end, self.quote_spans)]
        c_start, c_end = self._clause(hit, s_start, s_end)
        roles = self._roles(hit, in_sentence, s_start, c_start, c_end)
        quotes = self._quotes(s_start, s_end, p_start, p_end, {a for a, _ in roles})
        for qid in quotes:
            speaker = next((q.speaker for q in self.quotes if q.id == qid), None)
            if speaker:
                roles = [(speaker, Role.INITIATOR)] + [(a, r) for a, r in roles if a != speaker]
        place = self._place(hit, c_start, c_end) or self._place(hit, s_start, s_end)
        if not roles and (date is None or place is None):
            return None
        initiators = sorted(a for a, r in roles if r is Role.INITIATOR)
        event_id = make_id("event", etype.value, date.isoformat() if date else "",
                           ",".join(initiators), self.doc.id, s_start, hit.start)
        return Event(
            id=event_id, event_type=etype, date=date,
            actors=tuple(EventActor(actor_id=a, role=r) for a, r in roles),
            place=place, summary=self._summary(hit, roles, place),
            evidence=(Span(doc_id=self.doc.id, start=s_start, end=s_end),),
            documents=(self.doc.id,), quotes=tuple(quotes))

    def _clause(self, hit: _Hit, s_start: int, s_end: int) -> tuple[int, int]:
        """The bounds of the clause around a trigger."""
        clause_start = s_start
        for m in _CLAUSE_BREAK.finditer(self.text, s_start, hit.start):
            clause_start = m.end()
        brk = _CLAUSE_BREAK.search(self.text, hit.end, s_end)
        return clause_start, brk.start() if brk is not None else s_end

    def _roles(self, hit: _Hit, mentions: list[_Mention], s_start: int, clause_start: int,
               clause_end: int) -> list[tuple[str, Role]]:
        passive = bool(_PASSIVE.search(self.text[max(s_start, hit.start - 30):hit.start]))
        before = [m for m in mentions if clause_start <= m.start and m.end <= hit.start]
        after = [m for m in mentions if hit.end <= m.start and m.end <= clause_end]
        if not before and not hit.background:
            before = [m for m in mentions if m.end <= hit.start]
        subjects = self._subjects(before, hit, s_start)
        roles: dict[str, Role] = {}
        if passive:
            by = [m for m in after if re.search(r"\bby\s+(?:the\s+)?$",
                                                self.text[max(hit.end, m.start - 8):m.start])]
            for m in by:
                roles.setdefault(m.actor.id, Role.INITIATOR)
            for m in before:
                roles.setdefault(m.actor.id, Role.TARGET)
        elif hit.nominal:
            # "Russia’s invasion": the owner acts; "Aliyev revealed preparations for legal
            # claims": the clause's subject does, unless the noun is background.
            owner = before[-1:] if before and re.fullmatch(
                r"['’`]s\s+(?:\w+\s+)?", self.text[before[-1].end:hit.start]) else []
            if not owner and not hit.background:
                owner = [m for m in before if not self._prepositional(m, s_start)][:1]
            for m in owner:
                roles.setdefault(m.actor.id, Role.INITIATOR)
            for m in after[:_MAX_TARGETS]:
                roles.setdefault(m.actor.id, Role.TARGET)
        else:
            # The subject is the clause's first actor outside a prepositional phrase, with
            # the actors co-ordinated with it ("Turkey and Azerbaijan").
            for i, m in enumerate(subjects):
                if i == 0 or _coordinated(self.text, subjects[i - 1:i + 1]):
                    roles.setdefault(m.actor.id, Role.INITIATOR)
                else:
                    break
            for m in after[:_MAX_TARGETS]:
                roles.setdefault(m.actor.id, Role.TARGET)
        return list(roles.items())

    def _subjects(self, before: list[_Mention], hit: _Hit, s_start: int) -> list[_Mention]:
        """The candidates for a verb's subject, best first: the actor right before the verb
        ("Colomina, has been to"), else the clause's actors outside prepositional phrases."""
        if before and _VERB_FOLLOWS.fullmatch(self.text, before[-1].end, hit.start):
            return before[-1:]
        return [m for m in before if not self._prepositional(m, s_start)] or before[-1:]

    def _prepositional(self, m: _Mention, s_start: int) -> bool:
        return bool(_PREPOSITION_BEFORE.search(self.text[max(s_start, m.start - 30):m.start]))

    def _quotes(self, s_start: int, s_end: int, p_start: int, p_end: int,
                actor_ids: set[str]) -> list[str]:
        near = [q.id for q in self.quotes
                if q.span.start < s_end and s_start < q.span.end]
        if near:
            return near
        return [q.id for q in self.quotes if p_start <= q.span.start < p_end
                and q.speaker is not None and q.speaker in actor_ids]

    def _place(self, hit: _Hit, s_start: int, s_end: int) -> str | None:
        inside = [(s, e, p) for s, e, p in self.place_mentions
                  if s_start <= s and e <= s_end and not _in_any(s, e, self.cite_spans)]
        if not inside:
            return None
        # The most specific place wins: a city or site over a region over a country.
        rank = {PlaceKind.SITE: 0, PlaceKind.CITY: 1, PlaceKind.DISTRICT: 2,
                PlaceKind.REGION: 3, PlaceKind.WATER: 4, PlaceKind.OTHER: 5, PlaceKind.COUNTRY: 6}
        inside.sort(key=lambda m: (rank[m[2].kind], abs(m[0] - hit.start)))
        return inside[0][2].id

    def _summary(self, hit: _Hit, roles: list[tuple[str, Role]], place: str | None) -> str:
        names = {m.actor.id: m.actor.name for m in self.mentions}
        who = [names.get(a, a) for a, r in roles if r is Role.INITIATOR]
        whom = [names.get(a, a) for a, r in roles if r is not Role.INITIATOR]
        verb = self.table.summary_verb(hit.trigger.event_type)
        if who:
            line = " ".join(p for p in (" and ".join(who), verb, ", ".join(whom)) if p)
        else:
            label = hit.trigger.event_type.value.replace("_", " ").capitalize()
            line = f"{label}: {', '.join(whom)}" if whom else label
        where = next((p.name for _s, _e, p in self.place_mentions if p.id == place), None)
        if where and where not in whom:
            line += f", {where}"
        return line


def _coordinated(text: str, pair: Sequence[_Mention]) -> bool:
    return bool(re.fullmatch(r"\s*(?:and|,|&)\s*", text[pair[0].end:pair[1].start]))


def extract_events(document: Document, *, actors: Sequence[Actor] = (),
                   places: Sequence[Place] = (), quotes: Sequence[Quote] = (),
                   citations: Sequence[Citation] = (),
                   table: TriggerTable | None = None) -> list[Event]:
    """The events ``document`` reports, one per happening: sentence-level events found by
    the trigger table, then merged where two sentences report the same happening."""
    from caucasus_events.parse.corpus import merge_events

    raw = _Extractor(document, actors, places, quotes, citations,
                     table or TriggerTable.default()).run()
    return merge_events(raw)

