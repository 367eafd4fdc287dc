"""What the event extractor reads on one page: its actor and place mentions, quotes and
citations indexed for lookup, and the draft an event is before it is built.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from caucasus_events.dates import PartialDate
from caucasus_events.models import (
    Actor,
    ActorKind,
    Citation,
    Document,
    EventType,
    Modality,
    Place,
    PlaceKind,
    Quote,
)
from caucasus_events.parse._event_dates import EventDates
from caucasus_events.parse._event_grammar import _NOUN_BEFORE, _W
from caucasus_events.parse._event_places import EventPlaces
from caucasus_events.parse._triggers import TriggerHit, TriggerTable
from caucasus_events.parse.text import sentence_spans

_FORCE_HEAD = re.compile(r"\b" + _W("armed_force_heads") + r"$", re.I)
# An adjective that only modifies nouns: the verb form after it is a noun ("numerous
# requests", "repeated attacks", "mass protests").
_NOUN_ADJECTIVE = re.compile(r"\b" + _W("noun_adjectives") + r"\s+$", re.I)
_TITLE = re.compile(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w.-]*|" + _W("title_words") + r")\s+){1,5}")
_AFTER_PARTICIPLE = re.compile(r"\b[a-z]\w+(?:ing|ed)\s+$")


@attrs.frozen
class _Mention:
    start: int
    end: int
    actor: Actor


@attrs.define
class _Draft:
    """An event before it is built: what the clause rules found."""

    hit: TriggerHit
    event_type: EventType
    clause: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: int
    initiators: list[str]
    targets: list[str]
    modality: Modality
    speech: bool = False
    background: bool = False
    extra_evidence: list[tuple[int, int]] = attrs.Factory(list)
    quotes: list[str] = attrs.Factory(list)
    quote_date: PartialDate | None = None
    place: str | None = None
    setting: str | None = None  # the place the story is in, where the clause names none
    content: tuple[int, int] | None = None
    typed: bool = False  # a plain statement typed by what it says
    participants: list[str] = attrs.Factory(list)  # neither initiator nor target


class _Told(NamedTuple):
    """A happening told on the page with who did it, for a definite noun to refer to."""

    start: int  # where its trigger starts
    event_type: EventType
    initiators: tuple[str, ...]
    targets: tuple[str, ...] = ()


class _EventPage:
    """The page an event extractor reads, indexed once, and the lookups over it."""

    def __init__(self, document: Document, actors: Sequence[Actor], places: Sequence[Place],
                 quotes: Sequence[Quote], citations: Sequence[Citation],
                 table: TriggerTable) -> None:
        self.doc = document
        self.text = document.text
        self.table = table
        cites = sorted((c.span.start, c.span.end) for c in citations
                       if c.document_id == document.id)
        self.cite_spans = cites
        self.mentions = sorted(
            (_Mention(s.start, s.end, a) for a in actors for s in a.mentions
             if s.doc_id == document.id and not self._in_citation(s.start, s.end)),
            key=lambda m: (m.start, -m.end))
        # a state named in a person's title ("Armenian Prime Minister Nikol Pashinyan")
        # qualifies the person: no participant (for "Prime Minister of Armenia Nikol
        # Pashinyan" see _titled)
        self.mentions = [m for k, m in enumerate(self.mentions) if not (
            m.actor.kind is ActorKind.STATE and k + 1 < len(self.mentions)
            and self.mentions[k + 1].actor.kind is ActorKind.PERSON
            and _TITLE.fullmatch(self.text, m.end, self.mentions[k + 1].start))]
        self.mention_starts = [m.start for m in self.mentions]
        self.places = sorted(
            ((s.start, s.end, p) for p in places for s in p.mentions
             if s.doc_id == document.id and not self._in_citation(s.start, s.end)),
            key=lambda m: (m[0], m[1]))
        self.place_starts = [p[0] for p in self.places]
        self.placing = EventPlaces(self.text, self.places)
        # a country named as a place stands for its state where the page has that state
        states = {a.country: a for a in actors if a.kind is ActorKind.STATE and a.country}
        self.country_states = {p.id: states[p.country] for p in places
                               if p.kind is PlaceKind.COUNTRY and p.country in states}
        # a capital a happening goes to stands for its state, as the state's metonym
        # ("sent fighters to Baku", "flew to Moscow")
        self.capital_states = {p.id: states[p.country] for p in places
                               if p.kind is PlaceKind.CITY and p.country in states
                               and p.name in states[p.country].aliases}
        # any place of a country with its state on the page: a capital or city a speech
        # act comes from stands for its government ("protests from Baku")
        self.place_states = {p.id: states[p.country] for p in places if p.country in states}
        self.place_names = {p.id: p.name for p in places}
        # a region named by a name of a state on the page stands for that state ("cut gas
        # supply to Artsakh": the Republic of Artsakh), as a country does
        self.named_states = {n.lower(): a for a in actors if a.kind is ActorKind.STATE
                             for n in (a.name, *a.aliases)}
        self.region_ids = {p.id for p in places
                           if p.kind not in (PlaceKind.CITY, PlaceKind.COUNTRY)}
        self.names = {a.id: a.name for a in actors}
        self.kinds = {a.id: a.kind for a in actors}
        # each country's armed forces on the page ("Armenian forces", "Armed Forces of
        # Azerbaijan"), else its state: whose combatants a violent act strikes
        self.states = {a.country: a.id for a in actors if a.kind is ActorKind.STATE and a.country}
        self.forces = dict(self.states)
        self.forces.update({a.country: a.id for a in actors
                            if a.kind is ActorKind.GOVERNMENT_BODY and a.country
                            and _FORCE_HEAD.search(" ".join(a.name.split()[:3]))})
        # (sentence start, person) of each sentence whose first act is a person's, in order
        self._subjects: list[tuple[int, str]] = []
        # The subject of each sentence's first verb event: (sentence start, initiators).
        self._agents: list[tuple[int, list[str]]] = []
        # the sentence being read: a "he" or "she" in it refers first to its own subject
        self._sentence_span = (0, 0)
        # The happenings told so far with an actor, in text order: what a definite noun
        # refers back to (see _note_told, _told_by).
        self._told: list[_Told] = []
        self._told_starts: list[int] = []
        # the speaker of the sentence's earlier clauses, for a participle clause's verb
        self._main_speaker: list[str] = []
        self.countries = {a.id: a.country for a in actors if a.country}
        # people's roles, lower-cased, for a definite title ("the PM") to stand for them
        self._roles = {a.id: a.role.lower() for a in actors
                       if a.kind is ActorKind.PERSON and a.role}
        self._title_words = {" ".join(w.split()[:1]): " ".join(w.split()[1:])
                             for w in table.grammar_words.get("title_abbreviations", ())}
        self.quotes = sorted((q for q in quotes if q.document_id == document.id),
                             key=lambda q: q.span.start)
        self.quote_starts = [q.span.start for q in self.quotes]
        self.denied = table.cues("denied")
        self.planned = table.cues("planned")
        self.possible = table.cues("possible")
        self.demanded = table.cues("demanded")
        self._opinion_verbs = frozenset(table.grammar_words.get("opinion_verbs", ()))
        self._undergoing_phrases = frozenset(table.grammar_words.get("undergoing_phrases", ()))
        self._paragraph_spans: list[tuple[int, int]] = []
        self._paragraph_starts: list[int] = []
        self._headline = (0, 0)  # the paragraph that repeats the title, if any
        # where the verbs of naming stand that accuse by the word they give their object
        # ("called the closure a violation"): the happening they name stays one
        self._naming: set[int] = set()
        self.dating = EventDates(self.text, document.published, document.id, citations,
                                 in_citation=self._in_citation, quote_at=self._quote_at)

    # -- lookups -----------------------------------------------------------------------
    def _in_citation(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.cite_spans, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.cite_spans[i][0] <= start and end <= self.cite_spans[i][1]

    def _mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        out: list[_Mention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and not (out and out[-1].start <= m.start < out[-1].end):
                out.append(m)
            i += 1
        return out

    def _inside_mention(self, at: int) -> bool:
        """Whether offset ``at`` lies inside an actor's mention."""
        i = bisect.bisect_right(self.mention_starts, at) - 1
        return any(self.mentions[k].start <= at < self.mentions[k].end
                   for k in range(max(0, i - 2), i + 1))

    def _quote_at(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_right(self.quote_starts, end)
        out = []
        for q in self.quotes[max(0, i - 8):i]:
            if q.span.start < end and start < q.span.end:
                out.append(q)
        return out

    def _in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        while i >= 0 and i >= bisect.bisect_right(self.quote_starts, pos) - 4:
            q = self.quotes[i]
            if q.span.start <= pos < q.span.end:
                return q
            i -= 1
        return None

    def _covering(self, hit: TriggerHit) -> _Mention | None:
        """The actor mention that contains a noun trigger, if any."""
        i = bisect.bisect_right(self.mention_starts, hit.start) - 1
        for k in range(max(0, i - 2), i + 1):
            m = self.mentions[k]
            if m.start <= hit.start and hit.end <= m.end:
                return m
        return None

    def _trial(self, hit: TriggerHit) -> bool:
        """Whether a noun trigger names a trial (grammar words ``trial_nouns``)."""
        return hit.nominal and " ".join(self.text[hit.start:hit.end].lower().split()) in \
            self.table.grammar_words.get("trial_nouns", ())

    # -- the pass ----------------------------------------------------------------------
    def paragraphs(self) -> list[tuple[int, int]]:
        if self.doc.paragraphs:
            return [(p.start, p.end) for p in self.doc.paragraphs]
        return [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*",
                                                          self.text)]

    def _outlet(self, actors: list[str]) -> bool:
        """Whether the actors are outlets: "Meduza reported", "according to Sky News"
        attribute what follows; the outlet's report is no happening beside the one it
        reports."""
        return bool(actors) and all(self.kinds.get(a) is ActorKind.MEDIA for a in actors)

    def _noun_form(self, h: TriggerHit) -> bool:
        """Whether a verb form of the lexicon stands as a noun here: after a determiner,
        possessive or preposition ("the arrests", "Russia's attacks"), after an adjective
        that only modifies nouns ("numerous requests"), or as a plural right after a
        participle or gerund, its object ("investigating claims", "rejected demands")."""
        text, start = self.text, h.start
        return bool(_NOUN_BEFORE.search(text, max(0, start - 40), start)
                    or _NOUN_ADJECTIVE.search(text, max(0, start - 20), start)
                    or (text[h.end - 1:h.end] == "s"
                        and _AFTER_PARTICIPLE.search(text, max(0, start - 30), start)))

    def _sentence_before(self, p_index: int, s_start: int) -> int:
        """Where the sentence before the one starting at ``s_start`` starts (in its
        paragraph; ``s_start`` for a paragraph's first sentence)."""
        p_start, p_end = self._paragraph_spans[p_index]
        starts = [a for a, _ in sentence_spans(self.text, p_start, p_end) if a < s_start]
        return starts[-1] if starts else s_start

    def _paragraph_quotes(self, at: int, speaker: str) -> list[Quote]:
        """The quotes of ``speaker`` in the paragraph around offset ``at``."""
        k = bisect.bisect_right(self._paragraph_starts, at) - 1
        lo, hi = self._paragraph_spans[k] if k >= 0 else (at, at)
        i = bisect.bisect_left(self.quote_starts, lo)
        out = []
        while i < len(self.quotes) and self.quotes[i].span.start < hi:
            if self.quotes[i].speaker == speaker:
                out.append(self.quotes[i])
            i += 1
        return out

    def _own_side(self, speakers: list[str], actors: list[str]) -> bool:
        """Whether a happening's initiators are the speaker or the speaker's country
        ("Kobakhidze announced that Georgia would suspend talks"): the speaker announces
        their own side's act, which is an event of its own, not a claim about others."""
        sides = {self.countries.get(a) or a for a in speakers}
        return bool(actors) and all((self.countries.get(a) or a) in sides for a in actors)
