"""The trigger lexicon: which words name which kind of happening, as data.

``data/event_patterns.json`` lists, per event type, verb lemmas (inflected here by the
regular spelling rules), literal forms and phrases, and nouns; plus the labelled cue lists
the clause rules read (modality, fatality nouns, content cues of speech).  Every phrase is
put under a label ("trigger", "content_cue") in a lexicon of the shared scanning layer
(:mod:`._scan`, one Aho-Corasick automaton); :meth:`TriggerTable.find` reads the document's
scan and keeps the longest phrase at each place (:func:`._scan.filter_spans`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from caucasus_events._data import data_origin, load_json
from caucasus_events.errors import InputError
from caucasus_events.models import EventType
from caucasus_events.parse._prefilter import lead
from caucasus_events.parse._retypes import Retype, retypes_from_json
from caucasus_events.parse._scan import Hit, Lexicon, filter_spans, scan

__all__ = ["Trigger", "TriggerHit", "TriggerTable", "inflect"]

_VOWELS = "aeiou"


@functools.lru_cache(maxsize=4096)
def inflect(lemma: str) -> tuple[str, ...]:
    """The regular forms of an English verb lemma (base, -s, -ed, -ing); for a phrasal verb
    ("blow up") the first word is inflected."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    w = head
    if w.endswith("e"):
        past, ing = w + "d", w[:-1] + "ing"
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        past, ing = w[:-1] + "ied", w + "ing"
    elif (len(w) <= 4 and len(w) >= 3 and w[-1] not in _VOWELS + "wxy"
          and w[-2] in _VOWELS and w[-3] not in _VOWELS):
        past, ing = w + w[-1] + "ed", w + w[-1] + "ing"
    else:
        past, ing = w + "ed", w + "ing"
    if w.endswith(("s", "x", "z", "ch", "sh")):
        third = w + "es"
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    return tuple(dict.fromkeys(f + tail for f in (w, third, past, ing)))


@attrs.frozen(kw_only=True)
class Trigger:
    """One event type's entry of the lexicon."""

    event_type: EventType
    priority: int
    speech: bool = False
    reporting: bool = False
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()


@attrs.frozen
class TriggerHit:
    """A trigger phrase found in a text: where, which entry, and whether it names the
    happening as a noun."""

    start: int
    end: int
    trigger: Trigger
    nominal: bool


def _words(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise ValueError(f"{where} must be a list of non-empty strings")
    return tuple(" ".join(w.lower().split()) for w in value)


@attrs.frozen(kw_only=True, eq=False)
class TriggerTable:
    """The trigger lexicon and the cue lists of the clause rules, compiled once."""

    triggers: tuple[Trigger, ...]
    modality: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    content_cues: Mapping[EventType, tuple[str, ...]] = attrs.field(factory=dict)
    fatality_nouns: tuple[str, ...] = ()
    fatality_verbs: tuple[str, ...] = ()
    light_verbs: frozenset[str] = frozenset()
    grammar_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    retypes: tuple[Retype, ...] = ()

    @classmethod
    def from_json(cls, data: Any, *, origin: str = "<event patterns>") -> TriggerTable:
        """A table from the JSON shape of ``data/event_patterns.json``; a bad entry raises
        :class:`InputError` naming it."""
        types = data.get("types") if isinstance(data, dict) else None
        if not isinstance(types, list):
            raise InputError("event patterns need a list 'types'", path=origin)
        out = []
        for i, entry in enumerate(types):
            try:
                verbs = [f for lemma in _words(entry.get("verbs", []), "verbs")
                         for f in inflect(lemma)]
                verbs += _words(entry.get("forms", []), "forms")
                out.append(Trigger(
                    event_type=EventType(entry["type"]), priority=int(entry["priority"]),
                    speech=bool(entry.get("speech", False)),
                    reporting=bool(entry.get("reporting", False)),
                    verbs=tuple(dict.fromkeys(verbs)),
                    nouns=_words(entry.get("nouns", []), "nouns")))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InputError(f"bad entry types[{i}]: {exc}", path=origin) from None
        try:
            modality = {str(k): _words(v, f"modality.{k}")
                        for k, v in dict(data.get("modality", {})).items()}
            cues = {EventType(k): _words(v, f"content_cues.{k}")
                    for k, v in dict(data.get("content_cues", {})).items()}
            nouns = _words(data.get("fatality_nouns", []), "fatality_nouns")
            fverbs = _words(data.get("fatality_verbs", []), "fatality_verbs")
            light = frozenset(f for lemma in _words(data.get("light_verbs", []), "light_verbs")
                              for f in inflect(lemma))
            grammar = {str(k): _words(v, f"grammar_words.{k}")
                       for k, v in dict(data.get("grammar_words", {})).items()
                       if not str(k).startswith("_")}
        except (TypeError, ValueError) as exc:
            raise InputError(f"bad cue list: {exc}", path=origin) from None
        try:
            retypes = retypes_from_json(data.get("retypes", []),
                                        lambda label: _grammar_alternation(grammar, label))
        except ValueError as exc:
            raise InputError(f"bad retype: {exc}", path=origin) from None
        return cls(triggers=tuple(sorted(out, key=lambda t: -t.priority)), modality=modality,
                   content_cues=cues, fatality_nouns=nouns, fatality_verbs=fverbs,
                   light_verbs=light, grammar_words=grammar, retypes=retypes)

    def alternation(self, label: str) -> str:
        """The words of the ``grammar_words`` list ``label`` as one regex group
        ``(?:a|b|...)`` in their listed order (a space matches any white space), behind a
        look-ahead for their first characters (:func:`._prefilter.lead`:
        ``(?:(?=[ab][cd])(?:ac|bd|...))``: the same matches, faster where the group is
        tried at many places); an unknown label raises :class:`KeyError` naming it."""
        return _alternation(self, label)

    @classmethod
    def default(cls) -> TriggerTable:
        """The packaged lexicon."""
        return _default_table()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TriggerHit]:
        """The trigger phrases of ``text[start:end]``, left to right: at each place the
        longest phrase (of the highest-priority entry on a tie), whole words only, matched
        by the scanner's rules (case and accents folded).  The document is scanned once
        (:func:`._scan.scan` keeps it); each call costs a binary search."""
        found, starts = _document_triggers(self, text)
        stop = len(text) if end is None else end
        out = []
        for i in range(bisect.bisect_left(starts, start), len(found)):
            h = found[i]
            if h.start >= stop:
                break
            if h.end <= stop:
                out.append(h)
        return out

    def content_cues_in(self, text: str, start: int, end: int) -> list[EventType]:
        """The speech acts the content cues of ``text[start:end]`` stand for."""
        return [t for _, t in self.content_cue_hits(text, start, end)]

    def content_cue_hits(self, text: str, start: int, end: int
                         ) -> list[tuple[int, EventType]]:
        """The content cues of ``text[start:end]`` as (offset, speech act)."""
        hits, starts = _document_hits(self, text)
        out = []
        for i in range(bisect.bisect_left(starts, start), len(hits)):
            h = hits[i]
            if h.start >= end:
                break
            if h.end <= end and h.label == _CONTENT:
                out.append((h.start, EventType(h.value)))
        return out

    def lexicon(self) -> Lexicon:
        """The scanner lexicon of the trigger phrases and the content cues."""
        return _lexicon(self)

    def strongest(self, event_type: EventType) -> Trigger | None:
        """The highest-priority trigger of ``event_type``: what a clause rule retypes a
        hit to ("released footage" -> a statement); None when the table has none."""
        return _strongest(self).get(event_type)

    def retyped(self, text: str, hits: Iterable[TriggerHit]) -> list[TriggerHit]:
        """The hits with the ``retypes`` rules applied in their listed order: a verb hit
        a rule applies to takes the strongest trigger of the rule's type (a rule whose
        type has no trigger is skipped)."""
        rules = [(r, t) for r in self.retypes if (t := self.strongest(r.to_type)) is not None]
        out = []
        for h in hits:
            for rule, trigger in rules:
                if (not h.nominal or rule.nouns) and \
                        rule.applies(text, h.start, h.end, h.trigger.event_type):
                    h = attrs.evolve(h, trigger=trigger)
            out.append(h)
        return out

    def cues(self, label: str) -> re.Pattern[str]:
        """One compiled pattern over a modality list (``denied``, ``planned``...)."""
        return _cue_pattern(self, ("modality", label))

_TRIGGER = "trigger"
_CONTENT = "content_cue"


@functools.lru_cache(maxsize=8)
def _strongest(table: TriggerTable) -> dict[EventType, Trigger]:
    out: dict[EventType, Trigger] = {}
    for t in table.triggers:  # strongest first
        out.setdefault(t.event_type, t)
    return out


@functools.lru_cache(maxsize=8)
def _entries(table: TriggerTable) -> dict[str, tuple[Trigger, bool]]:
    entries: dict[str, tuple[Trigger, bool]] = {}
    for t in table.triggers:  # strongest first: the first entry of a phrase wins
        for phrase in t.verbs:
            entries.setdefault(phrase, (t, False))
        for phrase in t.nouns:
            entries.setdefault(phrase, (t, True))
    return entries


@functools.lru_cache(maxsize=8)
def _lexicon(table: TriggerTable) -> Lexicon:
    triggers = Lexicon.from_phrases(_TRIGGER, [(p, p) for p in _entries(table)])
    cues = Lexicon.from_phrases(_CONTENT, [(w, t.value) for t, words in
                                           table.content_cues.items() for w in words])
    return triggers.union(cues)


# Per table (by identity; the table is kept beside, so its id is not reused): the last
# document's hits and trigger records with their start offsets.
_LAST: dict[int, tuple[TriggerTable, str, list[Hit], list[int]]] = {}
_LAST_TRIGGERS: dict[int, tuple[TriggerTable, str, list[TriggerHit], list[int]]] = {}


def _document_triggers(table: TriggerTable, text: str) -> tuple[list[TriggerHit], list[int]]:
    """The trigger hits of ``text`` as records (built once per document, kept for the last
    document of each table) and their start offsets."""
    key = id(table)
    cached = _LAST_TRIGGERS.get(key)
    if cached is not None and cached[0] is table and cached[1] is text:
        return cached[2], cached[3]
    hits, _ = _document_hits(table, text)
    entries = _entries(table)
    found = []
    for h in hits:
        if h.label == _TRIGGER:
            trigger, nominal = entries[h.value]
            found.append(TriggerHit(h.start, h.end, trigger, nominal))
    starts = [h.start for h in found]
    _LAST_TRIGGERS[key] = (table, text, found, starts)
    return found, starts


def _document_hits(table: TriggerTable, text: str) -> tuple[list[Hit], list[int]]:
    """The non-overlapping hits of the table's lexicon in ``text`` (longest first), kept for
    the last document of each table."""
    key = id(table)
    cached = _LAST.get(key)
    if cached is not None and cached[0] is table and cached[1] is text:
        return cached[2], cached[3]
    found = scan(text, _lexicon(table))
    triggers = filter_spans(found.hits(_TRIGGER))
    content = filter_spans(found.hits(_CONTENT))
    hits = sorted([*triggers, *content], key=lambda h: (h.start, -h.end))
    starts = [h.start for h in hits]
    _LAST[key] = (table, text, hits, starts)
    return hits, starts


@functools.lru_cache(maxsize=256)
def _alternation(table: TriggerTable, label: str) -> str:
    return _grammar_alternation(table.grammar_words, label)


def _grammar_alternation(grammar: Mapping[str, tuple[str, ...]], label: str) -> str:
    words = grammar.get(label)
    if not words:
        raise KeyError(f"event patterns have no grammar_words list {label!r}")
    # one group, look-ahead inside, so a quantifier after it ("...)?") covers both
    return "(?:" + lead(words) + "(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in words) + "))"


@functools.lru_cache(maxsize=64)
def _cue_pattern(table: TriggerTable, key: tuple[str, str]) -> re.Pattern[str]:
    return _phrases(table.modality.get(key[1], ()))


def _phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not ordered:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in ordered)
    # the alternatives tried only where one can start
    return re.compile(rf"(?<![\w-]){lead(ordered)}(?:{body})(?![\w-])", re.I)


@functools.lru_cache(maxsize=1)
def _default_table() -> TriggerTable:
    return TriggerTable.from_json(load_json("event_patterns.json"),
                                  origin=data_origin("event_patterns.json"))
