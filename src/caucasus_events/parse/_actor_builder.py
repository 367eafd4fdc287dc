"""The state one document's actor pass builds on: the records being assembled with their
mentions, registration, and token geometry around names and polities."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from caucasus_events.ids import make_id, slugify
from caucasus_events.models import Actor, ActorKind, Document, Place
from caucasus_events.parse._actor_words import (
    APOSTROPHES,
    DIGIT,
    NOT_NAMES,
    ORG_WORDS,
    PARTICLES,
    TITLE_WORDS,
    capword,
)
from caucasus_events.parse._scan import Hit, filter_spans, scan
from caucasus_events.parse.gazetteer import Gazetteer

__all__ = ["BuilderBase", "Entity", "first_mention", "take_mentions"]


@attrs.define
class Entity:
    """An actor or place being assembled: its record and the mentions seen so far."""

    record: Actor | Place
    mentions: dict[tuple[int, int], str] = attrs.field(factory=dict)
    # The keys of ``mentions`` in order, so that the mentions inside a span are found by
    # bisection: a page naming a place a thousand times is not scanned a thousand times.
    _spans: list[tuple[int, int]] = attrs.field(factory=list, init=False)

    def add(self, start: int, end: int, text: str) -> None:
        if (start, end) not in self.mentions:
            bisect.insort(self._spans, (start, end))
        self.mentions[(start, end)] = text[start:end]

    def absorb(self, other: Entity) -> None:
        """Take over the mentions of ``other`` (an entity folded into this one)."""
        for span, form in other.mentions.items():
            if span not in self.mentions:
                bisect.insort(self._spans, span)
            self.mentions[span] = form

    def take(self, start: int, end: int) -> bool:
        """Remove the mentions inside ``start:end``; whether there were any."""
        lo = bisect.bisect_left(self._spans, (start, -1))
        hi = bisect.bisect_left(self._spans, (end, -1), lo)
        inside = [sp for sp in self._spans[lo:hi] if sp[1] <= end]
        for sp in inside:
            del self.mentions[sp]
            self._spans.remove(sp)
        return bool(inside)


def take_mentions(entities: dict[str, Entity], ids: list[str], start: int,
                  end: int) -> None:
    """Remove the mentions inside ``start:end`` from the entities ``ids``; an entity left
    with no mention is removed too."""
    for key in ids:
        ent = entities[key]
        if ent.take(start, end) and not ent.mentions:
            del entities[key]


def first_mention(record: Actor | Place) -> tuple[int, str]:
    return (record.mentions[0].start if record.mentions else 1 << 62, record.id)


class BuilderBase:
    """The document, its scan and the actors and places collected so far, with the token
    geometry every pass uses."""

    def __init__(self, document: Document, g: Gazetteer) -> None:
        self.doc = document
        self.text = document.text
        self.g = g
        self.day: dt.date | None = document.published.end if document.published else None
        self.actors: dict[str, Entity] = {}
        self.places: dict[str, Entity] = {}
        self.resolved: list[tuple[int, int, str]] = []  # quotes resolved: start, end, id
        self._index_signature: tuple[int, int] | None = None
        self._index: tuple[list[int], list[tuple[int, int, int, int, str]], int] = ([], [], 0)
        self.sc = scan(self.text, g.lexicon())
        self.tokens = self.sc.tokens
        self.cover = bytearray(len(self.text))
        self._bodies: dict[str, str] = {}  # id of a state's public body -> the body
        self._lone_surnames: set[str] = set()  # ids of persons named by a surname alone
        self._settled: set[str] = set()  # rule actors whose polity the text wrote
        self._media_spans: set[tuple[int, int]] = set()
        self._place_end = -1  # end of the last name the gazetteer pass found a locative
        self._about: tuple[str | None] | None = None  # the country the text is about
        # Names of states, alliances and organisations and demonyms, by token range.
        self.polity_end: dict[int, Hit] = {}
        self.polity_start: dict[int, Hit] = {}
        for h in filter_spans(self.sc.hits("demonym", "actor")):
            if h.label == "demonym" or (self.tokens[h.first].key != "the" and self._polity_hit(h)):
                self.polity_end.setdefault(h.stop, h)
                self.polity_start.setdefault(h.first, h)

    def _polity_hit(self, h: Hit) -> bool:
        actor = self.g.actor(h.value)
        return actor is not None and actor.kind in (
            ActorKind.STATE, ActorKind.ALLIANCE, ActorKind.ORGANIZATION)

    def actor(self, record: Actor, start: int, end: int) -> str:
        ent = self.actors.setdefault(record.id, Entity(record))
        ent.add(start, end, self.text)
        self.cover[start:end] = b"\x01" * (end - start)
        return record.id

    def place(self, record: Place, start: int, end: int) -> str:
        ent = self.places.setdefault(record.id, Entity(record))
        ent.add(start, end, self.text)
        self.cover[start:end] = b"\x01" * (end - start)
        return record.id

    def rule_actor(self, name: str, kind: ActorKind, role: str | None,
                   country: str | None, *, settled: bool = False) -> Actor:
        """A record for an actor found by rule; ``settled`` when the text says whose it is
        (a polity written with it), so no country is guessed for it later, not even when
        that polity has none (a de facto state's)."""
        actor_id = make_id("actor", slugify(name))
        if settled:
            self._settled.add(actor_id)
        existing = self.actors.get(actor_id)
        if existing is not None and isinstance(existing.record, Actor):
            return existing.record
        return Actor(id=actor_id, name=name, kind=kind, role=role, country=country)

    def holder(self, title: str, pol: str) -> Actor | None:
        polity = self.g.polity(pol)
        return self.g.office_holder(title, polity, self.day) if polity else None

    def _gap(self, i: int) -> str:
        """What stands between token i-1 and token i."""
        return self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def _sp(self, i: int) -> bool:
        """Whether tokens i-1 and i are separated by white space within a paragraph."""
        if i <= 0 or i >= len(self.tokens):
            return False
        gap = self._gap(i)
        return bool(gap) and not gap.strip() and "\n" not in gap

    def _word_stop(self, i: int) -> int:
        """The end (exclusive token index) of the name word starting at token i: "O’Brien"
        is one word, a possessive "’s" is not part of it."""
        j = i + 1
        while (j < len(self.tokens) and self._gap(j) in APOSTROPHES
               and self.tokens[j].text != "s" and not DIGIT.search(self.tokens[j].text)):
            j += 1
        return j

    def _name_stop(self, i: int) -> int | None:
        """The end of the name (up to four capitalised words, particles between) starting at
        token i, or None when no capitalised word starts there."""
        toks = self.tokens
        if i >= len(toks) or not capword(toks[i].text):
            return None
        j = self._word_stop(i)
        words = 1
        while words < 4 and self._sp(j):
            k = j
            if toks[k].text in PARTICLES and self._sp(k + 1):
                k += 1
            if not capword(toks[k].text):
                break
            j = self._word_stop(k)
            words += 1
        return j

    def _name_start(self, stop: int) -> int | None:
        """The start of the name (up to four capitalised words) that ends at token ``stop``
        (exclusive), or None."""
        toks = self.tokens
        start: int | None = None
        k = stop
        for _ in range(4):
            s = k - 1
            while s > 0 and self._gap(s) in APOSTROPHES and toks[s].text != "s":
                s -= 1
            if s < 0 or not capword(toks[s].text):
                break
            start = s
            if not self._sp(s):
                break
            k = s
            if toks[k - 1].text in PARTICLES and self._sp(k - 1) and k >= 2 and capword(
                    toks[k - 2].text):
                k -= 1
        return start

    def _possessive(self, i: int) -> bool:
        """Whether token i is the "s" of a possessive "’s"."""
        return (0 < i < len(self.tokens) and self.tokens[i].text == "s"
                and self._gap(i) in APOSTROPHES)

    def _polity_before(self, i: int) -> Hit | None:
        """The polity written just before token i ("Azerbaijani ", "Azerbaijan’s ",
        "U.S. ")."""
        if not self._sp(i):
            pol = self.polity_end.get(i) if 0 < i < len(self.tokens) else None
            if pol is not None and "." in self.text[pol.start:pol.end] and re.fullmatch(
                    r"\.[^\S\n]+", self._gap(i)):
                return pol  # an abbreviation keeps its last dot: "U.S. government"
            return None
        if self._possessive(i - 1):
            return self.polity_end.get(i - 1)
        return self.polity_end.get(i)

    def _claim_places(self, start: int, end: int) -> None:
        """Take the place mentions inside ``start:end`` from their places (a place left
        with no mention is no place of the document)."""
        take_mentions(self.places, list(self.places), start, end)

    def _claim(self, start: int, end: int) -> None:
        """Take the mentions of states inside ``start:end`` from them: "a US intelligence
        source", "fighters from Syria" name a person and a group, not the states too (a
        state left with no mention is no actor of the document)."""
        take_mentions(self.actors, [aid for aid, ent in self.actors.items()
                                    if isinstance(ent.record, Actor)
                                    and ent.record.kind is ActorKind.STATE], start, end)

    def _free_word(self, i: int) -> bool:
        """Whether token i is a capitalised word no mention covers and no list claims as a
        title, an organisation word or a stop word."""
        tok = self.tokens[i]
        return (capword(tok.text) and tok.key not in NOT_NAMES and tok.key not in ORG_WORDS
                and tok.key not in TITLE_WORDS and not self._covered(tok.start, tok.end))

    def _add_mention(self, ent: Entity, start: int, end: int) -> None:
        ent.add(start, end, self.text)
        self.cover[start:end] = b"\x01" * (end - start)

    def _covered(self, start: int, end: int) -> bool:
        return self.cover.find(1, start, end) != -1
