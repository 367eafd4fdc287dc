"""Where an event happened: the place its clause locates the happening in, not any place
named in its sentence.

- the place a locative preposition ("in", "near", "at", "over" ... or "the village of")
  attaches to the event's clause;
- else the place the happening acts on or goes to, named right after its trigger ("the
  closure of the Lachin corridor", "shelled Sotk", "a visit to Italy");
- a statement without one is made where its reporting clause says: a locative right
  after the speech verb and its adjuncts of time, audience and occasion ("said on Monday
  at a press conference in Yerevan") or opening the sentence ("In Brussels, X said"); a
  place inside the reported words or a noun the speaker names is not where he spoke;
- a happening without one is set in the town or region an earlier clause of its
  paragraph located something in (the story's setting goes on until another is named);
- a place that introduces a finer one is that one ("in Tajikistan's capital city of
  Dushanbe"); a place the happening comes from, or one in a relative clause, is not it;
- a clause opened by "where" is set at the place it hangs on; a movement (aid, a visit)
  takes the place it goes to, except a country aid is given to (the recipient); a
  definite territory noun ("the de facto independent territory") is the region named
  last; a comma followed by a new subject ends the clause a happening's place is sought in.

See ``docs/actors-and-events.md``.  The closed word lists are ``grammar_words`` of
``data/event_patterns.json``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol

from caucasus_events.models import EventType, Place, PlaceKind
from caucasus_events.parse import _clauses
from caucasus_events.parse._triggers import TriggerHit, TriggerTable

_W = TriggerTable.default().alternation
# Between a trigger and the place it acts on or goes to: a preposition of direction and
# up to two words, none of them a source ("sent troops from Syria": no place).
_OBJECT_PLACE = re.compile(
    r"\s+(?:" + _W("direction_prepositions") + r"\s+)?(?:the\s+)?(?:(?!"
    + _W("source_prepositions") + r"\b)[a-z][\w-]*\s+){0,2}")


# Between a speech verb and the place its reporting clause names: adjuncts of time,
# audience and occasion, then a locative ("said on Monday at a press conference in").
# The audience may stand right after the verb ("told reporters in the State Dining Room");
# a remote medium names where the speaker is with "from" ("in a Zoom interview from Baku").
_SPEECH_ADJUNCT = re.compile(
    r"(?:\s+" + _W("audience_nouns") + r"\b)?"
    r"(?:\s+" + _W("speech_adjunct_prepositions") + r"\s+(?:" + _W("determiners") + r"\s+)?"
    r"[\w-]+(?:\s+[\w-]+){0,2}?)*\s+(?:" + _W("locative_prepositions") + r"|(?:in|during|via"
    r"|over|by|on)\s+(?:" + _W("determiners") + r"\s+)?(?:[\w-]+\s+){0,2}?"
    + _W("remote_media") + r"\s+from)\s+(?:the\s+)?",
    re.I)
# A speaker named after the verb and a participle of where they are: "says Vrej
# Dalakyan, standing close to the walls of the church in ".
_POSITIONED = re.compile(
    r"\s+[^,.;:!?“”\"]{1,60}?,\s+" + _W("position_participles") + r"\b[^.;:!?“”\"]{0,80}?\s"
    r"(?:" + _W("locative_prepositions") + r")\s+(?:the\s+)?", re.I)
# How far after the speech verb a participle of position may name the place (characters).
_POSITION_SPAN = 160
# A locative opening the clause ("In Brussels, ...", "Speaking in Yerevan, ...").
_LEADING_ADJUNCT = re.compile(
    r"\W*(?:" + _W("speaking_verbs") + r"(?:\s+[\w-]+){0,2}?\s+)?(?:"
    + _W("locative_prepositions") + r")\s+(?:the\s+)?", re.I)

# Between a place and the finer place it introduces: a possessive or a modifier, then a
# place noun ("Tajikistan's capital city of", "Mountains city of"); not a co-ordinated
# place ("the Kalbajar district and the city of Shusha").
_FINER = re.compile(r"(?:['’]s(?:\s+[\w-]+){0,2}?|(?:\s+[A-Z][\w-]*){0,2}?)\s+(?i:"
                    + _W("place_nouns") + r")(?:\s+of)?(?:\s+the)?\s+")
# A relative clause opening (the clause may start at its pronoun): its places locate
# what it says about a noun.
_RELATIVE = re.compile(r",\s+" + _W("relative_pronouns") + r"\b", re.I)
# How far back in its paragraph a happening looks for the story's setting (characters).
_LOOK_BACK = 1200
# How far after the speech verb its adjuncts may name the place (characters).
_ADJUNCTS_SPAN = 80
_COMMA = re.compile(r",?\s*")
# A locative whose place noun has modifiers: "in the Armenian city of", "near the
# southern border town of".
_MODIFIED_LOCATIVE = re.compile(
    r"\b(?:in|near|at|over|outside|inside|on|across|around|off)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){1,2}(?i:"
    + _W("place_nouns") + r")\s+of\s+(?:the\s+)?$", re.I)
# A relative "where" opening a clause, and what may stand between the place it stands for
# and it: a place noun or two and the comma ("Nakhchivan exclave, where").
_WHERE = re.compile(r"where\b", re.I)
_BEFORE_WHERE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s*")
# A comma and the capitalised subject of a new clause: ", Kallas condemned".
_NEXT_CLAUSE = re.compile(r",\s+(?:the\s+)?(?-i:[A-Z])")
# A verb of giving: what it gives goes to a recipient ("delivered drones to Azerbaijan").
_GIVING = re.compile(_W("giving_verbs") + r"\b", re.I)
# A definite territory noun after a preposition: "of the territory", "in the de facto
# independent territory", "the territory's".
_THE_TERRITORY = re.compile(
    r"\b(?:in|of|over|across|into|throughout|inside)\s+the\s+(?:[\w-]+\s+){0,3}?"
    + _W("territory_nouns") + r"\b(?!\s+of\b)", re.I)
# How far back a territory noun looks for the region it means (characters).
_TERRITORY_LOOK_BACK = 3000
# Happenings that move people or goods somewhere: the place they go to is theirs.
_MOVEMENTS = frozenset({EventType.AID, EventType.VISIT})
# A preposition of direction before the place a movement goes to.
_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I)
# How far after its trigger a movement's destination may be named (characters).
_DESTINATION_SPAN = 60

# The kinds of place a story stays in until it names another: a town or a region; a
# building or a country named in passing is no setting for what follows.
_SETTINGS = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT, PlaceKind.REGION})


class EventPlaces:
    """The places of one document's events, given its place mentions in text order
    (``(start, end, place)``)."""

    def __init__(self, text: str, places: Sequence[tuple[int, int, Place]]) -> None:
        self.text = text
        self.places = places
        self.place_starts = [p[0] for p in places]
        self._kinds = {p.id: p.kind for _, _, p in places}
        self._unplaced: set[int] = set()  # triggers whose place is known to be unsaid

    def of_clause(self, hit: TriggerHit, start: int, end: int) -> str | None:
        """The place of a happening in the clause ``text[start:end]`` (see
        :meth:`_in_clause`); a clause opened by "where" is set at the place it hangs on
        ("traveled to Morocco, where he will attend a meeting": Morocco)."""
        found = self._where(start) or self._in_clause(hit, start, end)
        if found is not None and self._kinds.get(found) is PlaceKind.COUNTRY and (
                hit.trigger.event_type is EventType.AID
                or _GIVING.match(self.text, hit.start, hit.end)) and \
                not self._place(start, end, hit.start):
            # "sending weapons to Azerbaijan", "delivered drones to Azerbaijan": the
            # recipient, not a place (nor does the story's setting place it)
            self._unplaced.add(hit.start)
            return None
        return found

    def _where(self, start: int) -> str | None:
        """The place a relative "where" opening ``text[start:]`` stands for: the place
        named right before its comma (a place noun may follow it: "Azerbaijan's
        Nakhchivan exclave, where")."""
        if not _WHERE.match(self.text, start):
            return None
        i = bisect.bisect_left(self.place_starts, start) - 1
        if i >= 0 and _BEFORE_WHERE.fullmatch(self.text, self.places[i][1], start):
            return self.places[i][2].id
        return None

    def _in_clause(self, hit: TriggerHit, start: int, end: int) -> str | None:
        """The place of a happening in the clause ``text[start:end]``.  A noun's own
        locative follows it: for a noun trigger, a place after it comes before one that
        qualifies an earlier noun ("the secretariat in Moscow had not been told of the
        boycott of the summit in Minsk": Minsk), unless the clause opens with it ("In
        Batumi, activists held a rally near the town hall": Batumi).  A comma after the
        trigger that a new subject follows closes its clause ("Speaking after the council
        meeting, Kallas condemned the violence in Georgia": not in Georgia)."""
        comma = _NEXT_CLAUSE.search(self.text, hit.end, end)
        if comma is not None:
            i = bisect.bisect_left(self.place_starts, hit.end)
            if not (i < len(self.places) and self.places[i][0] < comma.start()):
                end = comma.start()
        if hit.nominal:
            i = bisect.bisect_left(self.place_starts, start)
            if not (i < len(self.places) and self.places[i][1] <= hit.start and
                    _LEADING_ADJUNCT.fullmatch(self.text, start, self.places[i][0])):
                return self._place(hit.end, end, -1, floor=start) or \
                    self._object_place(hit, end) or self._place(start, hit.start, hit.start)
        return self._place(start, end, hit.start) or self._object_place(hit, end) or \
            self._destination(hit, end)

    def settle(self, drafts: Sequence[PlacedDraft],
               paragraphs: Sequence[tuple[int, int]]) -> None:
        """Place the drafts (in text order) their clause does not place: a statement where
        its reporting clause says it was made; else the setting the story is in."""
        for d in drafts:
            if d.place is None and d.speech:
                d.place = self._reporting_place(d)
            elif d.place is None and (d.initiators or d.targets):
                # (a happening no one is named in is kept only for a place of its own)
                d.place = self._territory(d)
            if d.place is None and not d.speech and d.hit.start not in self._unplaced:
                p_start = paragraphs[d.paragraph][0] if d.paragraph < len(paragraphs) else 0
                # a bounded look back keeps a page with one huge paragraph linear
                d.setting = self._setting(max(p_start, d.clause[0] - _LOOK_BACK),
                                          d.clause[0])

    def _reporting_place(self, d: PlacedDraft) -> str | None:
        """Where a statement was made: a locative of its reporting clause, outside the
        words it reports ("said at a press conference in Yerevan that ...")."""
        start, end = d.clause
        i = bisect.bisect_left(self.place_starts, d.hit.end)
        if i < len(self.places) and self.places[i][1] <= end and \
                self.places[i][0] - d.hit.end <= _ADJUNCTS_SPAN and \
                _SPEECH_ADJUNCT.fullmatch(self.text, d.hit.end, self.places[i][0]):
            return self.places[i][2].id
        # "..., says Vrej Dalakyan, standing by the church in Goris": where the speaker is
        if i < len(self.places) and self.places[i][1] <= d.sentence[1] and \
                self.places[i][0] - d.hit.end <= _POSITION_SPAN and \
                _POSITIONED.fullmatch(self.text, d.hit.end, self.places[i][0]):
            return self.places[i][2].id
        # "In Brussels, X said": the adjunct opens the sentence and the reporting clause
        i = bisect.bisect_left(self.place_starts, d.sentence[0])
        if i < len(self.places) and self.places[i][1] <= d.hit.start and \
                _LEADING_ADJUNCT.fullmatch(self.text, d.sentence[0], self.places[i][0]) and \
                _COMMA.fullmatch(self.text, self.places[i][1], max(start, self.places[i][1])):
            return self.places[i][2].id
        return None

    def _territory(self, d: PlacedDraft) -> str | None:
        """The region a definite territory noun of the clause refers back to ("took
        full control of the territory", "in the de facto independent territory"): the
        last region the page named before it, within a bounded look back."""
        m = _THE_TERRITORY.search(self.text, d.clause[0], d.clause[1])
        if m is None:
            return None
        i = bisect.bisect_left(self.place_starts, m.start()) - 1
        while i >= 0 and m.start() - self.places[i][0] <= _TERRITORY_LOOK_BACK:
            if self._kinds.get(self.places[i][2].id) is PlaceKind.REGION:
                return self.places[i][2].id
            i -= 1
        return None

    def _setting(self, start: int, end: int) -> str | None:
        """The town or region ``text[start:end]`` last locates something in."""
        i = bisect.bisect_left(self.place_starts, end) - 1
        while i >= 0 and self.places[i][0] >= start:
            p_start, p_end, place = self.places[i]
            if p_end <= end and self._locative(p_start, start):
                return place.id if place.kind in _SETTINGS else None
            i -= 1
        return None

    def _place(self, start: int, end: int, trigger: int = -1, floor: int = -1) -> str | None:
        """The first place ``text[start:end]`` locates something in (its locative words may
        begin at ``floor``, by default ``start``), outside a relative clause between the
        clause's start and its ``trigger`` ("Russia, which has a base in Armenia, was
        accused")."""
        i = bisect.bisect_left(self.place_starts, start)
        found = None
        while i < len(self.places) and self.places[i][0] < end:
            p_start, p_end, _ = self.places[i]
            if p_end <= end and self._locative(
                    p_start, start if floor < 0 else floor) and not (
                    p_end <= trigger and _RELATIVE.search(self.text, max(0, start - 3), p_start)
                    and "," in self.text[p_end:trigger]):
                found = self._finest(i, end)
                break
            i += 1
        return found

    def _locative(self, place_start: int, floor: int) -> bool:
        """Whether a place mention is where its clause locates something: a locative
        preposition before it (:func:`._clauses.locative`), also with modifiers before
        the place noun that introduces it ("in the Armenian city of Gyumri", "near the
        southern border town of"), none of them a place ("over the Nagorno-Karabakh
        region of Azerbaijan" locates nothing in Azerbaijan)."""
        if _clauses.locative(self.text, place_start, floor):
            return True
        m = _MODIFIED_LOCATIVE.search(self.text, max(floor, place_start - 60), place_start)
        if m is None:
            return False
        i = bisect.bisect_left(self.place_starts, m.start())
        return not (i < len(self.places) and self.places[i][0] < place_start)

    def _finest(self, i: int, end: int) -> str:
        """The place mention ``i`` stands for, or the finer place it introduces as the one
        meant ("in Tajikistan's capital Dushanbe", "in the Ural Mountains city of X")."""
        while i + 1 < len(self.places) and self.places[i + 1][1] <= end and \
                _FINER.fullmatch(self.text, self.places[i][1], self.places[i + 1][0]):
            i += 1
        return self.places[i][2].id

    def acted_on(self, hit: TriggerHit, end: int) -> str | None:
        """The place a happening acts on, named right after its trigger ("shelled the
        village of Sotk", "attacks on Ganja"), if any (its id)."""
        return self._object_place(hit, end)

    def _object_place(self, hit: TriggerHit, end: int) -> str | None:
        """A place a happening acts on or goes to, named right after its trigger ("the
        closure of the Lachin corridor", "shelled Sotk", "a visit to Italy")."""
        i = bisect.bisect_left(self.place_starts, hit.end)
        if i < len(self.places) and self.places[i][1] <= end and \
                _OBJECT_PLACE.fullmatch(self.text, hit.end, self.places[i][0]):
            return self._finest(i, end)
        return None

    def _destination(self, hit: TriggerHit, end: int) -> str | None:
        """Where a movement goes, named after its object and source ("sent fighters from
        Syria to Baku"): the place after "to" or "into", near the trigger."""
        if hit.trigger.event_type not in _MOVEMENTS:
            return None
        i = bisect.bisect_left(self.place_starts, hit.end)
        while i < len(self.places) and self.places[i][0] - hit.end <= _DESTINATION_SPAN:
            p_start, p_end, _ = self.places[i]
            if p_end > end:
                break
            if _TO.search(self.text, max(hit.end, p_start - 12), p_start):
                return self._finest(i, end)
            i += 1
        return None


class PlacedDraft(Protocol):
    """What the place rules read of an event draft (and its ``place``, which they set)."""

    hit: TriggerHit
    clause: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: int
    speech: bool
    content: tuple[int, int] | None
    initiators: list[str]
    targets: list[str]
    place: str | None
    setting: str | None  # set: the story's setting, for a happening its clause places nowhere
