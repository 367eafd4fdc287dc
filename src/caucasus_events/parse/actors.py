"""Actors and places of one document: every way an entity is written, resolved to one record.

Gazetteer names are found by :meth:`Gazetteer.find`; people the gazetteer does not know are
found by rules (a title or role before a capitalised name, an apposition, the subject of a
reporting verb, a quote's speaker); role-only phrases ("Azerbaijan's president") resolve to
the office holder on the publication date; surname-only mentions link to the full name.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from caucasus_events.ids import make_id, slugify
from caucasus_events.models import Actor, ActorKind, Document, Place, PlaceKind, Quote, Span
from caucasus_events.parse._scan import Hit, Lexicon, filter_spans, scan, word_key
from caucasus_events.parse._triggers import TriggerTable
from caucasus_events.parse.gazetteer import Gazetteer, Match, normalize_title
from caucasus_events.parse.text import fold

__all__ = ["ActorResult", "extract_actors"]

# Word lists live in data/lexicon/actors.json (labels person_title, office, reporting_verb,
# state_group, body_group, place_noun, name_head; word sets not_name, org_word, locative,
# name_particle, title_prefix) and are matched through the document's scan (parse/_scan.py).
_LEX = Lexicon.default()
PERSON_TITLES: tuple[str, ...] = _LEX.phrases("person_title")
REPORTING_VERBS: tuple[str, ...] = _LEX.phrases("reporting_verb")
NOT_NAMES = _LEX.words("not_name")
ORG_WORDS = _LEX.words("org_word")
LOCATIVES = _LEX.words("locative")
_PARTICLES = _LEX.words("name_particle")
_TITLE_PREFIXES = _LEX.words("title_prefix")
_GIVEN_FEMALE = _LEX.words("given_name_female")
_GIVEN_MALE = _LEX.words("given_name_male")
_ORG_HEADS = _LEX.words("org_head")
_GOV_HEADS = _LEX.words("gov_head")
_HOME_BODIES = _LEX.words("home_body")
_FORCE_HEADS = frozenset({"army", "forces", "guard"})
# Heads that name a public body when a state is written in the name ("National Security
# Council of Georgia"), an organisation otherwise ("Norwegian Refugee Council" aside).
_STATE_ORG_HEADS = frozenset({"council", "committee", "commission", "agency", "bureau"})
_WEB_DOMAINS = _LEX.word_values("web_domain")
_BODY_SITES = _LEX.words("body_site")
# Body nouns whose building is a site ("the parliament building", "the embassy compound").
_SITE_BODIES = frozenset({"parliament", "government", "embassy", "consulate", "ministry",
                          "court", "police", "presidential", "administration", "city",
                          "municipality", "mayor", "assembly", "cabinet", "office", "council"})
_PERSON_NOUNS = _LEX.words("person_noun") | frozenset(
    word_key(t.split()[-1]) for t in _LEX.phrases("person_title"))
_INDEFINITE = _LEX.words("indefinite")
# Collectives that take part in events even when written alone.
_BARE_GROUPS = frozenset({"protesters", "protestors", "demonstrators", "refugees",
                          "rioters", "provocateurs"})
# Collectives that are a group actor written alone when they act: "activists held a rally".
_SUBJECT_GROUPS = _LEX.words("subject_group")
# Words between a subject and its verb: "residents have blocked", "activists also held".
_VERB_GAP = re.compile(
    r"\s+(?:(?:have|has|had|also|then|later|again|reportedly|allegedly|subsequently|"
    r"themselves|still|even|soon)\s+)*", re.IGNORECASE)
_MEDIA_WORKERS = _LEX.words("media_worker")
_REPORTING = frozenset(word_key(v) for v in REPORTING_VERBS)
# Words before a body noun that make it someone else's ("his government", "its forces").
_OWNER_WORDS = frozenset({"his", "her", "its", "their", "our", "my", "your", "whose"})
_SURNAME_SUFFIXES = tuple(sorted(_LEX.words("surname_suffix"), key=len, reverse=True))
_SURNAME_COUNTRY = sorted(_LEX.word_values("surname_country").items(),
                          key=lambda kv: -len(kv[0]))
_TITLE_WORDS = frozenset(word_key(w) for t in _LEX.phrases("person_title") for w in t.split())
# Lower-case words that may join the capitalised words of an organisation's name.
_ORG_JOINERS = frozenset({"of", "for", "and", "the", "on", "in"})
PLACE_NOUNS: dict[str, PlaceKind] = {
    e.phrase: PlaceKind(e.value) for e in _LEX.entries if e.label == "place_noun"}
# Anaphors a speaker may be written as, and the kinds of actor they refer back to; any
# person title ("the minister", "the aide") refers to a person, any public-body head ("the
# ministry", "the office") to a public body.
ANAPHORS: dict[str, tuple[ActorKind, ...]] = {
    "government": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
    "authorities": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
    "publication": (ActorKind.MEDIA,), "newspaper": (ActorKind.MEDIA,),
    "agency": (ActorKind.MEDIA, ActorKind.GOVERNMENT_BODY), "outlet": (ActorKind.MEDIA,),
    "website": (ActorKind.MEDIA,), "channel": (ActorKind.MEDIA,), "portal": (ActorKind.MEDIA,),
    "alliance": (ActorKind.ALLIANCE, ActorKind.ORGANIZATION),
    "bloc": (ActorKind.ALLIANCE, ActorKind.ORGANIZATION),
    "organization": (ActorKind.ORGANIZATION, ActorKind.ALLIANCE),
    "organisation": (ActorKind.ORGANIZATION, ActorKind.ALLIANCE),
    "company": (ActorKind.COMPANY,), "firm": (ActorKind.COMPANY,),
    "he": (ActorKind.PERSON,), "she": (ActorKind.PERSON,),
    "official": (ActorKind.PERSON,), "source": (ActorKind.PERSON,),
    "it": (ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION, ActorKind.MEDIA,
           ActorKind.STATE, ActorKind.ALLIANCE, ActorKind.COMPANY),
    "side": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
}
_PRONOUNS = frozenset({"he", "she", "it"})
# A pronoun or a role noun with up to three modifiers: "the Presidential aide".
_ANAPHOR = re.compile(r"(?:(?:the|this|that|his|her|its|their)\s+)?(?P<mods>(?:[\w'’-]+\s+)"
                      r"{0,3})?(?P<head>\w+)", re.I)

_SP = r"[^\S\n]+"  # white space within a paragraph
# A capitalised word of a name; "O?uz" keeps its lost letter, "O’Brien" its apostrophe, but a
# possessive "’s" is not part of the name.
_WORD = r"[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:[?\ufffd][^\W\d_]+|['’](?!s\b)[^\W\d_]+)*"
_NAME = rf"{_WORD}(?:{_SP}(?:(?:von|van|de|der|al|bin|ibn|la|le|da|di){_SP})?{_WORD}){{0,3}}"
_DIGIT = re.compile(r"\d")
_APOSTROPHES = ("'", "’", "`")
# What may stand between an appositive title and the comma before the name.
_APPOSITION_STOP = re.compile(r"[,.;:()\"“”\n]")
_COMMA_SPACE = re.compile(r",?[^\S\n]+")
# A capital letter and a dot before another: the first letter of an abbreviation ("U.S.").
_ABBREVIATION = re.compile(r"\.[A-Z]\.")
# Between two places of one list ("the Vatican and Italy"); after a dateline's place.
_PLACE_LIST = re.compile(r",?[^\S\n]+(?:and|or)[^\S\n]+(?:the[^\S\n]+)?")
# What ends a sentence or a line between two words.
_SENTENCE_GAP = re.compile(r"[.!?\n:“”\"]")
# A word's last letter, a dot and a letter: where a web address may continue.
_DOTTED = re.compile(r"[^\W_]\.(?=[^\W\d_])")
# "at" (and "the") right before an institution's name: where it stands is a venue.
_AT_VENUE = re.compile(r"\bat[^\S\n]+(?P<the>the[^\S\n]+)?")
_IN_STATE = re.compile(r",[^\S\n]+|[^\S\n]+in[^\S\n]+(?:(?:north|south|east|west|central|"
                       r"northern|southern|eastern|western|north-?western|north-?eastern|"
                       r"south-?western|south-?eastern)[^\S\n]+)?")
_DATELINE = re.compile(r"[^\S\n]*(?:[–—]|-[^\S\n]|\(|,[^\S\n]+[A-Z])")
# A name in quotation marks; what may stand between the names of a quoted list; the
# lower-case words that may stand between a quoted outlet's name and its noun.
_QUOTED = re.compile(r"[“\"«„]([^“”\"«»\n]{1,60}?)[”\"»“]")
_LIST_GAP = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+|or[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)")
_OUTLET_TAIL = re.compile(r"(?:'s|’s)?[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){0,4}")


@attrs.frozen(kw_only=True)
class ActorResult:
    """What :func:`extract_actors` found: actors and places with mentions, and the quotes
    with their speakers resolved."""

    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    quotes: tuple[Quote, ...]


@attrs.define
class _Entity:
    """An actor or place being assembled: its record and the mentions seen so far."""

    record: Actor | Place
    mentions: dict[tuple[int, int], str] = attrs.field(factory=dict)

    def add(self, start: int, end: int, text: str) -> None:
        self.mentions[(start, end)] = text[start:end]


def _alt(words: Iterable[str]) -> str:
    parts = sorted({re.escape(w).replace(r"\ ", _SP).replace(r"\-", r"[-\s]")
                    for w in words}, key=lambda w: (-len(w), w))
    return "|".join(parts)


def _capword(word: str) -> bool:
    return word[:1].isupper() and not _DIGIT.search(word)


def _name_like(name: str) -> bool:
    words = name.split()
    return (bool(words) and word_key(words[0]) not in NOT_NAMES
            and not any(word_key(w) in ORG_WORDS for w in words))


def _trim_name(name: str) -> str:
    """Drop trailing words that are not part of a name ("Jeyhun Bayramov In")."""
    words = name.split()
    while words and word_key(words[-1]) in NOT_NAMES:
        words.pop()
    return " ".join(words)


class _Builder:
    """Collects the mentions of one document's actors and places from its scan."""

    def __init__(self, document: Document, g: Gazetteer) -> None:
        self.doc = document
        self.text = document.text
        self.g = g
        self.day: dt.date | None = document.published.end if document.published else None
        self.actors: dict[str, _Entity] = {}
        self.places: dict[str, _Entity] = {}
        self.resolved: list[tuple[int, int, str]] = []  # quotes resolved: start, end, id
        self._index_signature: tuple[int, int] | None = None
        self._index: tuple[list[int], list[tuple[int, int, int, int, str]], int] = ([], [], 0)
        self.sc = scan(self.text, g.lexicon())
        self.tokens = self.sc.tokens
        self.cover = bytearray(len(self.text))
        self._bodies: dict[str, str] = {}  # id of a state's public body -> the body
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

    # -- registration ---------------------------------------------------------
    def actor(self, record: Actor, start: int, end: int) -> str:
        ent = self.actors.setdefault(record.id, _Entity(record))
        ent.add(start, end, self.text)
        self.cover[start:end] = b"\x01" * (end - start)
        return record.id

    def place(self, record: Place, start: int, end: int) -> str:
        ent = self.places.setdefault(record.id, _Entity(record))
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

    def country_of(self, pol: str | None) -> str | None:
        if not pol:
            return None
        polity = self.g.polity(pol)
        actor = self.g.actor(polity) if polity else None
        return actor.country if actor and actor.kind is ActorKind.STATE else None

    def _de_facto(self, pol: str) -> bool:
        """Whether ``pol`` names a state no ISO code stands for (a de facto state)."""
        polity = self.g.polity(pol)
        actor = self.g.actor(polity) if polity else None
        return actor is not None and actor.kind is ActorKind.STATE and actor.country is None

    # -- token geometry -------------------------------------------------------
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
        while (j < len(self.tokens) and self._gap(j) in _APOSTROPHES
               and self.tokens[j].text != "s" and not _DIGIT.search(self.tokens[j].text)):
            j += 1
        return j

    def _name_stop(self, i: int) -> int | None:
        """The end of the name (up to four capitalised words, particles between) starting at
        token i, or None when no capitalised word starts there."""
        toks = self.tokens
        if i >= len(toks) or not _capword(toks[i].text):
            return None
        j = self._word_stop(i)
        words = 1
        while words < 4 and self._sp(j):
            k = j
            if toks[k].text in _PARTICLES and self._sp(k + 1):
                k += 1
            if not _capword(toks[k].text):
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
            while s > 0 and self._gap(s) in _APOSTROPHES and toks[s].text != "s":
                s -= 1
            if s < 0 or not _capword(toks[s].text):
                break
            start = s
            if not self._sp(s):
                break
            k = s
            if toks[k - 1].text in _PARTICLES and self._sp(k - 1) and k >= 2 and _capword(
                    toks[k - 2].text):
                k -= 1
        return start

    def _possessive(self, i: int) -> bool:
        """Whether token i is the "s" of a possessive "’s"."""
        return (0 < i < len(self.tokens) and self.tokens[i].text == "s"
                and self._gap(i) in _APOSTROPHES)

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

    # -- passes ---------------------------------------------------------------
    def gazetteer_pass(self) -> None:
        by_span: dict[tuple[int, int], list[Match]] = {}
        for m in self.g.find(self.text):
            by_span.setdefault((m.start, m.end), []).append(m)
        heads = {h.start for h in self.sc.hits("name_head")}
        nouns = {h.start: h.end for h in self.sc.hits("place_noun")}
        for (start, end), matches in by_span.items():
            places = [m for m in matches if m.category == "place"]
            actors = [m for m in matches if m.category != "place"]
            after = self.sc.token_at(end)
            if (after < len(self.tokens) and self._sp(after) and (
                    self.tokens[after].start in heads or (
                        self.tokens[after].key in _ORG_HEADS and not actors
                        and _capword(self.tokens[after].text)))):
                continue  # "Shusha Declaration", "its Eurasia Directorate": another name
            locative = bool(places and actors and self._locative(start, end))
            if places and (not actors or locative):
                if (after < len(self.tokens) and self._sp(after)
                        and self.tokens[after].start in nouns):
                    end = nouns[self.tokens[after].start]  # "Syunik province"
                for m in places:
                    where = self.g.place(m.id)
                    if where:
                        self.place(where, start, end)
                self._place_end = end if locative else -1
                country = any(p.kind is PlaceKind.COUNTRY for p in (
                    self.g.place(m.id) for m in places) if p is not None)
                for m in actors:  # a state named as a place is still a party to the story
                    state = self.g.actor(m.id)
                    if (country and state is not None and state.kind is ActorKind.STATE
                            and state.country):
                        ent = self.actors.setdefault(state.id, _Entity(state))
                        ent.add(start, end, self.text)
                continue
            for m in actors:
                found = self.g.actor(m.id)
                if found and not self._namesake(found, start, end):
                    self.actor(found, start, end)
                    self._venue(found, start, end)

    def _venue(self, found: Actor, start: int, end: int) -> None:
        """An institution right after "at" ("a speech at the Carnegie Endowment for
        International Peace") is also the site where something happened."""
        if found.kind not in (ActorKind.ORGANIZATION, ActorKind.COMPANY):
            return
        m = _AT_VENUE.search(self.text, max(0, start - 8), start)
        if m is None or m.end() != start:
            return
        pid = make_id("place", slugify(found.name))
        existing = self.places.get(pid)
        record = existing.record if existing is not None else Place(
            id=pid, name=found.name, kind=PlaceKind.SITE, country=found.country)
        assert isinstance(record, Place)
        self.place(record, m.start("the") if m.group("the") else start, end)
    def _namesake(self, found: Actor, start: int, end: int) -> bool:
        """Whether a known person's surname alone is written after another given name
        ("David Vardanyan" is not Ruben Vardanyan): a namesake for the name pass."""
        if found.kind is not ActorKind.PERSON or " " in self.text[start:end].strip():
            return False
        i = self.sc.token_at(start)
        if i == 0 or not self._sp(i):
            return False
        prev = self.tokens[i - 1]
        given = found.name.split()[0]
        return (_capword(prev.text) and word_key(prev.text) != word_key(given)
                and (prev.key in _GIVEN_MALE or prev.key in _GIVEN_FEMALE)
                and prev.key not in _TITLE_WORDS and prev.key not in NOT_NAMES)

    def _locative(self, start: int, end: int) -> bool:
        after = self.text[end:end + 60]
        if re.match(r"-[A-Z]", after):
            return False  # "Baku-Moscow relations" names the two states
        window = self.text[max(0, start - 30):start]
        before = re.search(r"(\w+)\W{1,3}(?:the\s+)?$", window)  # "to the Vatican"
        if before and word_key(before.group(1)) in LOCATIVES:
            return True
        if re.search(r"\b(?:capital|city|town|region|province|district)\s+of\s+(?:the\s+)?$",
                     window, re.I):
            return True  # "the Turkish capital of Ankara", "the capital of the Czech Republic"
        if re.search(r"\bcapital,?\s+$", window, re.I):
            return True  # "in Georgia’s capital, Tbilisi", "the capital Ankara"
        if self._place_end >= 0 and _PLACE_LIST.fullmatch(self.text, self._place_end, start):
            return True  # "a visit to the Vatican and Italy": a list of places
        line = re.search(r"(?:^|\n)([^\n]{0,25})$", self.text[max(0, start - 25):start])
        written = self.text[start:end]
        city = self.g.place(written)
        if line is not None and (_DATELINE.match(self.text, end) or (
                written.isupper() and re.match(r"[^\S\n]*(?:\n|$)", self.text[end:])
        )) and (written.isupper() or (not line.group(1).strip() and city is not None
                                      and city.kind is PlaceKind.CITY)):
            return True  # a dateline: "YEREVAN —", "Baku, May 2", "TEHRAN (AP) —"
        if re.match(r",\s+[A-Z]", after[:3]) and self.g.place(
                after.split(",")[1].split()[0] if "," in after[:40] else "") is not None:
            return True  # "Baku, Azerbaijan" names a city and its country
        return bool(re.match(r"\s*[–—-]\s", after[:4]) and re.search(
            r"(^|\n)[^\n]{0,40}$", self.text[max(0, start - 40):start]))

    def document_pass(self) -> None:
        """The people of the byline and the outlets the page names as the article's
        publisher or original source ("YEREVAN (AP) —"): actors of the document even when
        the layout took their lines out of the stored text."""
        for outlet in (self.doc.source, self.doc.original_publisher):
            found = self.g.actor(outlet.id) if outlet is not None else None
            if found is not None:
                self.actors.setdefault(found.id, _Entity(found))
        for author in self.doc.authors:
            name = " ".join(author.split())
            known = self.g.actor(name)
            if known is None and (not _name_like(name) or self.g.polity(name)
                                  or self.g.place(name) is not None):
                continue
            found = known or self.rule_actor(name, ActorKind.PERSON, "author", None)
            self.actors.setdefault(found.id, _Entity(found))

    def titled_pass(self) -> None:
        """"Azerbaijani President Ilham Aliyev", "the envoy, Jane Doe," and the like."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("person_title")):
            title = self.text[h.start:h.end]
            # Title then name: "[Polity['s]] [former] Title[,] Name".
            i = h.stop
            if i < len(toks) and _COMMA_SPACE.fullmatch(self._gap(i)):
                stop = self._name_stop(i)
                if stop is not None:
                    b = h.first
                    if b > 0 and toks[b - 1].key in _TITLE_PREFIXES and self._sp(b):
                        b -= 1
                    pol = self._polity_before(b)
                    full = pol.start if pol else toks[b].start
                    self._titled(title, "", pol, toks[i].start, toks[stop - 1].end, full,
                                 apposition=False)
            # Apposition: "[Polity] Title of the thing, Name,".
            seg = self.text[h.end:h.end + 81]
            m = _APPOSITION_STOP.search(seg)
            if m is None or m.group() != ",":
                continue
            i = self.sc.token_at(h.end + m.end())
            if i >= len(toks) or not re.fullmatch(
                    _SP, self.text[h.end + m.end():toks[i].start]):
                continue
            stop = self._name_stop(i)
            if stop is None or self.text[toks[stop - 1].end:toks[stop - 1].end + 1] != ",":
                continue
            pol = self.polity_end.get(h.first) if self._sp(h.first) else None
            self._titled(title, seg[:m.start()], pol, toks[i].start, toks[stop - 1].end, None,
                         apposition=True)

    def _titled(self, title: str, rest: str, pol: Hit | None, raw_start: int, raw_end: int,
                full_start: int | None, *, apposition: bool) -> None:
        raw = self.text[raw_start:raw_end]
        stripped = _strip_title(raw)
        name = _trim_name(stripped)
        if (not name or not _name_like(name) or self.g.place(name) is not None
                or self.g.polity(name) is not None or (len(name) <= 2 and " " not in name)
                or _ABBREVIATION.match(self.text, raw_end)):
            return  # "official U.S. policy": no name
        n_start = raw_start + len(raw) - len(stripped)
        n_end = n_start + len(name)
        if apposition and self._covered(n_start, n_end):
            return
        start = n_start if full_start is None else full_start
        pol_text = self.text[pol.start:pol.end] if pol else None
        known = self.g.actor(name)
        if known is None and pol_text:
            candidate = self.holder(title, pol_text)
            if candidate and fold(name) in {fold(a) for a in candidate.aliases}:
                known = candidate
        if known is not None:
            self.actor(known, start if known.kind is ActorKind.PERSON else n_start, n_end)
            return
        role = " ".join((title + rest).split())
        actor = self.rule_actor(name, ActorKind.PERSON, role, self.country_of(pol_text),
                                settled=pol_text is not None)
        self.actor(actor, start, n_end)

    def titled_state_pass(self) -> None:
        """A demonym before a person's title ("French President Emmanuel Macron", "an
        Azeri lawmaker") names the state the person stands for: that state is an actor of
        the document, written as the demonym, when the document does not name it
        otherwise."""
        titles = {h.first for h in self.sc.hits("person_title")}
        for stop, pol in self.polity_end.items():
            if pol.label != "demonym" or stop not in titles or not self._sp(stop):
                continue
            state = self.g.actor(pol.value)
            if (state is not None and state.kind is ActorKind.STATE and state.country
                    and state.id not in self.actors):
                self.actor(state, pol.start, pol.end)

    def office_pass(self) -> None:
        """An office holder's office is a public body: "the PM’s Office", "the
        President's administration", "the Armenian president's press service" -- named
        "Office of the Prime Minister of Armenia", of the state written before the title,
        else of the country the document is about."""
        toks = self.tokens
        about: list[str | None] = []
        for h in filter_spans(self.sc.hits("person_title")):
            k = h.stop
            if not (self._possessive(k) and k + 1 < len(toks) and self._sp(k + 1)):
                continue
            office = toks[k + 1]
            end = office.end
            if office.key == "press" and k + 2 < len(toks) and toks[k + 2].key in (
                    "service", "office") and self._sp(k + 2):
                end = toks[k + 2].end
            elif office.key not in ("office", "administration", "secretariat", "apparatus"):
                continue
            pol = self._polity_before(h.first)
            state = self._state_of(pol) if pol is not None else None
            title = normalize_title(self.text[h.start:h.end]) or self.text[h.start:h.end]
            if state is None:
                state = self._holders_state(title)  # "the PM's Office": Pashinyan's
            if state is None:
                if not about:
                    about.append(self._home_of_bodies())
                state = self.g.actor(f"state:{about[0]}") if about[0] else None
            if state is None:
                continue
            start = pol.start if pol is not None else h.start
            i = self.sc.token_at(start)
            if i > 0 and toks[i - 1].key == "the" and self._sp(i):
                start = toks[i - 1].start
            noun = "Office" if office.key != "administration" else "Administration"
            name = f"{noun} of the {title.title()} of {state.name}"
            body = self.rule_actor(name, ActorKind.GOVERNMENT_BODY, None, state.country,
                                   settled=True)
            self.actor(body, start, end)

    def _holders_state(self, title: str) -> Actor | None:
        """The state whose ``title`` office (canonical) the one person of the document
        holding such an office holds, or None when no single person does."""
        found = {o.of for ent in self.actors.values() if isinstance(ent.record, Actor)
                 for o in self.g.offices(ent.record.id) if o.title == fold(title)}
        if len(found) != 1:
            return None
        state = self.g.actor(found.pop())
        return state if state is not None and state.kind is ActorKind.STATE else None

    def role_pass(self) -> None:
        """"Azerbaijan's president", "the foreign minister of Armenia": the office holder."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("office")):
            title = self.text[h.start:h.end]
            found: list[tuple[int, int, Hit]] = []
            pol = self._polity_before(h.first)
            if pol is not None:
                found.append((pol.start, h.end, pol))  # "Azerbaijan's president"
            k = h.stop
            if k < len(toks) and toks[k].key == "of" and self._sp(k) and self._sp(k + 1):
                k += 1
                if k < len(toks) and toks[k].key == "the" and self._sp(k + 1):
                    k += 1
                after = self.polity_start.get(k)
                if after is not None:
                    found.append((h.start, after.end, after))  # "president of Azerbaijan"
            for start, end, p in found:
                if self._covered(h.start, h.end):
                    continue  # "the Armenian president's press service": the office
                nxt = self.sc.token_at(end)
                if nxt < len(toks) and self._sp(nxt) and _capword(toks[nxt].text):
                    continue  # a title before a name: the titled pass resolves the name
                holder = self.holder(title, self.text[p.start:p.end])
                if holder is not None:
                    self.actor(holder, start, end)

    def armed_group_pass(self) -> None:
        """Fighters of no state: "ethnic Armenian forces" (an ethnic group's), "Karabakh
        forces" (a region's that is no state), "fighters from Syria" (from a state, of its
        country); one armed group per phrase."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("armed_noun")):
            if self._covered(h.start, h.end):
                continue
            start: int | None = None
            country: str | None = None
            pol = self._polity_before(h.first)
            if pol is not None:
                k = self.sc.token_at(pol.start)
                if k > 0 and toks[k - 1].key == "ethnic" and self._sp(k):
                    start = toks[k - 1].start  # "ethnic Armenian forces"
            elif self._sp(h.first):
                first = self._name_start(h.first)
                where = self.g.place(self.text[toks[first].start:toks[h.first - 1].end]) if (
                    first is not None) else None
                if (first is not None and where is not None
                        and where.kind is not PlaceKind.COUNTRY):
                    start = toks[first].start  # "Karabakh forces"
            end = h.end
            k = h.stop
            if start is None and k + 1 < len(toks) and toks[k].key == "from" and self._sp(
                    k) and self._sp(k + 1):
                after = self.polity_start.get(k + 1)
                state = self.g.actor(after.value) if after is not None else None
                if after is not None and state is not None and state.kind is ActorKind.STATE:
                    start, end, country = h.start, after.end, state.country
            if start is None:
                continue
            name = " ".join(self.text[start:end].split())
            self._claim(start, end)
            self.actor(self.rule_actor(name, ActorKind.ARMED_GROUP, None, country,
                                       settled=True), start, end)

    def _claim_places(self, start: int, end: int) -> None:
        """Take the place mentions inside ``start:end`` from their places (a place left
        with no mention is no place of the document)."""
        _take_mentions(self.places, list(self.places), start, end)

    def _claim(self, start: int, end: int) -> None:
        """Take the mentions of states inside ``start:end`` from them: "a US intelligence
        source", "fighters from Syria" name a person and a group, not the states too (a
        state left with no mention is no actor of the document)."""
        _take_mentions(self.actors, [aid for aid, ent in self.actors.items()
                                     if isinstance(ent.record, Actor)
                                     and ent.record.kind is ActorKind.STATE], start, end)

    def group_pass(self) -> None:
        """Unnamed collectives that take part in events: a plural noun for people
        ("protesters", "refugees", "MPs"), with the demonym, place or "pro-" word written
        before it ("Pro-EU protesters", "Karabakh refugees", "Russian MPs"); one group per
        name, of the country of its demonym or place, mentioned as written (with "the")."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("group_noun")):
            if self._covered(h.start, h.end):
                continue
            first = h.first
            country = None
            prev = toks[first - 1] if first > 0 and self._sp(first) else None
            if prev is not None and (prev.key in _OWNER_WORDS or self._possessive(first - 1)):
                continue  # "her supporters": someone's, not a collective of their own
            pol = self._polity_before(first)
            if pol is not None and pol.label == "demonym":
                state = self._state_of(pol)
                country = state.country if state is not None else None
                first = self.sc.token_at(pol.start)
            elif prev is not None and _capword(prev.text):
                where = self.g.place(prev.text)
                if where is not None and where.kind is not PlaceKind.COUNTRY:
                    country, first = where.country, first - 1  # "Karabakh refugees"
                elif first >= 2 and toks[first - 2].key == "pro" and self._gap(first - 1) in (
                        "-", "‑"):
                    first -= 2  # "Pro-EU protesters"
            if first == h.first and h.value not in _BARE_GROUPS and not (
                    h.value in _SUBJECT_GROUPS and self._acts(h.end)):
                continue  # "officials", "experts": too vague alone
            start = toks[first].start
            name = " ".join(self.text[start:h.end].split())
            name = name[:1].lower() + name[1:] if not _capword(toks[first].text) or (
                first == h.first) else name
            if first > 0 and toks[first - 1].key == "the" and self._sp(first):
                start = toks[first - 1].start
            self._claim(start, h.end)
            self.actor(self.rule_actor(name, ActorKind.GROUP, None, country,
                                       settled=True), start, h.end)

    def _acts(self, end: int) -> bool:
        """An event trigger's verb follows the noun ending at ``end`` (the noun is its
        subject): "activists held a rally", "residents have blocked the road"."""
        gap = _VERB_GAP.match(self.text, end)
        if gap is None:
            return False
        hits = TriggerTable.default().find(self.text, gap.end(), gap.end() + 40)
        return bool(hits) and hits[0].start == gap.end() and not hits[0].nominal

    def state_group_pass(self) -> None:
        """"Armenian positions", "the Azerbaijani side": the state acting; "Georgian police",
        "Azerbaijan's authorities": a public body of the state (one record per state and body,
        the body a ``body_group`` noun stands for)."""
        for h in filter_spans(self.sc.hits("state_group", "body_group")):
            pol = self._polity_before(h.first)
            if pol is None:
                continue
            polity = self.g.polity(self.text[pol.start:pol.end])
            actor = self.g.actor(polity) if polity else None
            if actor is None or self._covered(
                    h.start if h.label == "body_group" else pol.start, h.end):
                continue  # a state's name may be its own mention: "Azerbaijan's authorities"
            if h.label == "body_group" and actor.kind is ActorKind.STATE:
                actor = self._state_body(actor, h.value, pol.start, h.end)
            self.actor(actor, pol.start, h.end)
            self._coordinated(h, pol)

    def _coordinated(self, h: Hit, pol: Hit) -> None:
        """"Armenian and Azerbaijani forces": the noun after the second demonym is the
        first one's too (its mention is the demonym alone)."""
        toks = self.tokens
        k = self.sc.token_at(pol.start)
        if k < 2 or toks[k - 1].key not in ("and", "or") or not (self._sp(k) and self._sp(k - 1)):
            return
        other = self.polity_end.get(k - 1)
        if other is None or other.label != "demonym":
            return
        state = self.g.actor(other.value)
        if state is None or self._covered(other.start, other.end):
            return
        if h.label == "body_group" and state.kind is ActorKind.STATE:
            written = f"{self.text[other.start:other.end]} {self.text[h.start:h.end]}"
            state = self._state_body(state, h.value, other.start, other.end, name=written)
        self.actor(state, other.start, other.end)

    def home_body_pass(self) -> None:
        """A body noun written alone ("the police", "Parliament", "the government") is that
        body of the state named after it ("the government of Armenia"), else the one such
        body the document already names ("Georgian police ... police"), else that body of
        the country the document is about.  Not after a modifier ("aviation authorities")
        nor before a building noun ("the parliament building")."""
        toks = self.tokens
        named: dict[str, list[Actor]] = {}
        for ent in self.actors.values():
            rec = ent.record
            if isinstance(rec, Actor) and rec.id in self._bodies:
                named.setdefault(self._bodies[rec.id], []).append(rec)
        for h in filter_spans(self.sc.hits("body_group")):
            if h.value not in _HOME_BODIES or self._covered(h.start, h.end):
                continue
            prev = toks[h.first - 1] if h.first > 0 else None
            if prev is not None and self._sp(h.first) and (
                    prev.key in _OWNER_WORDS or (_capword(prev.text) and prev.key != "the")
                    or self._possessive(h.first - 1)):
                continue  # "his government", "Adjara government", "Baku's police"
            if prev is not None and self._sp(h.first) and prev.text.islower() and not (
                    prev.key in NOT_NAMES or prev.key in _REPORTING or prev.key.endswith("ed")):
                continue  # "aviation authorities", "the central government": another body
            nxt = toks[h.stop] if h.stop < len(toks) and self._sp(h.stop) else None
            if nxt is not None and nxt.key in _BODY_SITES:
                continue  # "the parliament building" is a place
            known = named.get(h.value, [])
            body = known[0] if len(known) == 1 else None
            k = h.stop
            end = h.end
            if (k + 1 < len(toks) and toks[k].key in ("of", "in") and self._sp(k)
                    and self._sp(k + 1)):
                after = self.polity_start.get(k + 1)
                polity = self.g.polity(self.text[after.start:after.end]) if after else None
                state = self.g.actor(polity) if polity else None
                if after is not None and state is not None and state.kind is ActorKind.STATE:
                    body = self._state_body(state, h.value, h.start, after.end)
                    if toks[k].key == "in":
                        end = after.end  # "Police in Azerbaijan's capital": its police
            start = h.start
            if prev is not None and prev.key == "the" and self._sp(h.first):
                start = prev.start  # "the parliament" is how the text names it
            if body is None and not known:
                body = self._home_body(h.value, start, h.end)
            if body is not None:
                self.actor(body, start, end)

    def _home_body(self, body: str, start: int, end: int) -> Actor | None:
        """Body ``body`` of the country the document is about (the home of a story about
        "the police" and "the parliament"), or None when that is unclear; judged once, on
        the first such noun."""
        if self._about is None:
            self._about = (self._home_of_bodies(),)
        home = self._about[0]
        state = self.g.actor(f"state:{home}") if home else None
        if state is None:
            return None
        actor_id = make_id("actor", slugify(f"{state.name} {body}"))
        existing = self.actors.get(actor_id)
        if existing is not None and isinstance(existing.record, Actor):
            return existing.record
        self._bodies[actor_id] = body
        return Actor(id=actor_id, name=f"{body[:1].upper()}{body[1:]} of {state.name}",
                     kind=ActorKind.GOVERNMENT_BODY, role=None, country=state.country)

    def media_pass(self) -> None:
        """Capitalised words just before an outlet noun name a news outlet: "the Sova
        publication", "the Israeli Walla news outlet" (a leading demonym gives its country)."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("media_noun")):
            first = self._name_start(h.first) if self._sp(h.first) else None
            if first is None:
                continue
            country, settled = None, False
            while first < h.first and (toks[first].key in NOT_NAMES or first in self.polity_start):
                pol = self.polity_start.get(first)
                if pol is not None:
                    if pol.stop >= h.first or pol.label != "demonym":
                        break  # "Tbilisi Life": a place's name may begin an outlet's
                    country = self.country_of(self.text[pol.start:pol.end])
                    settled = True
                    first = pol.stop
                else:
                    first += 1
            k = first
            while k < h.first - 1 and self.g.place(toks[k].text) is not None:
                k += 1  # "the Tbilisi Life Telegram channel": a place may begin the name
            if first >= h.first or k >= h.first or not all(
                    self._free_word(j) for j in range(k, h.first)):
                continue
            start, end = toks[first].start, toks[h.first - 1].end
            name = self.text[start:end]
            if self.g.place(name) is not None or self.g.polity(name):
                continue
            self._claim_places(start, end)
            self._claim(start, end)
            known = self.g.actor(name)
            self.actor(known if known is not None else self.rule_actor(
                name, ActorKind.MEDIA, None, country, settled=settled), start, end)

    def _state_body(self, state: Actor, body: str, start: int, end: int,
                    name: str | None = None) -> Actor:
        """The record of ``state``'s public body ``body``, named as first written (or
        ``name``)."""
        actor_id = make_id("actor", slugify(f"{state.name} {body}"))
        existing = self.actors.get(actor_id)
        if existing is not None and isinstance(existing.record, Actor):
            return existing.record
        self._bodies[actor_id] = body
        return Actor(id=actor_id, name=" ".join((name or self.text[start:end]).split()),
                     kind=ActorKind.GOVERNMENT_BODY, role=None, country=state.country)

    def reporting_pass(self) -> None:
        """A two-word or longer capitalised name before a reporting verb: a person."""
        toks = self.tokens
        for h in self.sc.hits("reporting_verb"):
            if not self._sp(h.first):
                continue
            first = self._name_start(h.first)
            if first is None:
                continue
            start, end = toks[first].start, toks[h.first - 1].end
            name = self.text[start:end]
            if len(name.split()) < 2 or not _name_like(name) or self._covered(start, end):
                continue
            if self.g.actor(name) or self.g.place(name) or any(
                    self.g.polity(w) for w in name.split()):
                continue
            self.actor(self.rule_actor(name, ActorKind.PERSON, None, None), start, end)

    def domain_pass(self) -> None:
        """A word written as a web address ("Qazet.az reports", "www.bbc.com") names a news
        outlet: the gazetteer's outlet of that domain, else one named as written, of the
        country of a country-code domain."""
        toks = self.tokens
        n = len(toks)
        # Only words with a dot and a letter right after them can start an address.
        starts = sorted({self.sc.token_at(m.start()) for m in _DOTTED.finditer(self.text)})
        floor = 0
        for i in starts:
            if i < floor or i >= n - 1:
                continue
            j = i
            while (j + 1 < n and self._gap(j + 1) == "." and toks[j + 1].key in _WEB_DOMAINS
                   and _domain_case(toks[j + 1].text, toks[i].text)):
                j += 1
            if j == i or self.text[toks[i].start - 1:toks[i].start] == "@":
                continue
            first = i
            while first > 0 and self._gap(first) in ("-", ".") and first > floor:
                first -= 1  # "carnegie-center.org", "news.example.com"
            start, end = toks[first].start, toks[j].end
            if toks[first].key == "www" and first + 1 < j:
                start = toks[first + 1].start
            floor = j + 1
            if self._covered(start, end):
                continue
            name = self.text[start:end]
            known = self.g.source(name)
            actor = self.g.actor(known.id) if known is not None else None
            if actor is None:
                code = _WEB_DOMAINS.get(toks[j].key, "")
                country = code if code.isupper() else None  # generic: the word itself
                actor = self.rule_actor(name, ActorKind.MEDIA, None, country)
            self.actor(actor, start, end)

    def unnamed_person_pass(self) -> None:
        """Someone the text does not name but who speaks: an indefinite noun phrase with a
        person noun as its head before a reporting verb ("a US intelligence source told",
        "One senior official told me") or after "according to" ("according to a Tehran
        criminal court prosecutor,"); a demonym and a title with no name after them
        ("Armenian Security Minister said").  One person per phrase, named by it without
        its article, of the country a demonym or a place in it gives."""
        toks = self.tokens
        ends = [(h.first, True) for h in self.sc.hits("reporting_verb")]
        for i in range(len(toks) - 2):
            if toks[i].key == "according" and toks[i + 1].key == "to" and self._sp(i + 2):
                end = self._np_end(i + 2)
                if end is not None:
                    ends.append((end, False))
        for stop, before_verb in ends:
            if not self._sp(stop) and before_verb:
                continue
            head = stop - 1
            if head < 0 or toks[head].key not in _PERSON_NOUNS:
                continue
            first = head
            while (first > 0 and head - first < 4 and self._sp(first)
                   and toks[first - 1].key not in _INDEFINITE
                   and (toks[first - 1].key not in NOT_NAMES)
                   and not self._possessive(first - 1) and not _DIGIT.search(toks[first - 1].text)):
                first -= 1
            article = first > 0 and self._sp(first) and toks[first - 1].key in _INDEFINITE
            titled = not article and first in self.polity_start and _capword(toks[head].text)
            if not (article or titled):
                continue
            start = toks[first - 1].start if article else toks[first].start
            end = toks[head].end
            if self._covered(toks[head].start, end):
                continue  # a name's or a title's last word: "Foreign Minister said"
            country = None
            for k in range(first, head):
                pol = self.polity_start.get(k)
                where = self.g.place(toks[k].text) if pol is None and _capword(
                    toks[k].text) else None
                if pol is not None:
                    country = self.country_of(self.text[pol.start:pol.end])
                elif where is not None:
                    country = where.country
                if country:
                    break
            name = " ".join(self.text[toks[first].start:end].split())
            self._claim(start, end)
            self.actor(self.rule_actor(name, ActorKind.PERSON, None, country,
                                       settled=country is not None), start, end)

    def _np_end(self, i: int) -> int | None:
        """The end (exclusive token index) of the noun phrase starting at token i when a
        comma or the sentence's end closes it within six words, else None."""
        toks = self.tokens
        for j in range(i, min(i + 6, len(toks))):
            after = self.text[toks[j].end:toks[j].end + 1]
            if after in (",", ".", ";", ":"):
                return j + 1
            if j + 1 < len(toks) and not self._sp(j + 1):
                return None
        return None

    def apposition_pass(self) -> None:
        """A kind noun in lower case before a capitalised name gives the name's kind:
        "Armenian organization GALLUP", "the company Baykar", "the newspaper Yeni
        Musavat" (a demonym before the noun gives its country)."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("kind_noun")):
            if not self.text[h.start:h.end].islower() or h.stop >= len(toks) or not self._sp(
                    h.stop):
                continue
            stop = self._name_stop(h.stop)
            if stop is None or not all(self._free_word(k) for k in range(h.stop, stop)):
                continue
            start, end = toks[h.stop].start, toks[stop - 1].end
            name = _trim_name(self.text[start:end])
            if not name or self.g.place(name) is not None or self.g.polity(name):
                continue
            end = start + len(name)
            pol = self._polity_before(h.first)
            state = self._state_of(pol) if pol is not None and pol.label == "demonym" else None
            known = self.g.actor(name)
            written = pol.start if state is not None and pol is not None else h.start
            self.actor(known or self.rule_actor(
                name, ActorKind(h.value), None, state.country if state else None,
                settled=state is not None), written, end)  # "Armenian organization GALLUP"

    def quoted_outlet_pass(self) -> None:
        """Names in quotation marks that are news outlets: one just before an outlet noun or
        an outlet's people ("the "In Terris" analytical and information portal", "the
        "Courier" journalist"), and every name of a quoted list in which two or more are
        outlets already ("Le Monde", "OCCRP", "RTS", "Knack" and "IRPI Media")."""
        media_at = {h.start for h in self.sc.hits("media_noun")}
        self._media_spans = {span for ent in self.actors.values()
                             if isinstance(ent.record, Actor)
                             and ent.record.kind is ActorKind.MEDIA for span in ent.mentions}
        run: list[re.Match[str]] = []
        for m in _QUOTED.finditer(self.text):
            if run and not _LIST_GAP.fullmatch(self.text, run[-1].end(), m.start()):
                self._quoted_list(run)
                run = []
            run.append(m)
            after = _OUTLET_TAIL.match(self.text, m.end())
            if after is None:
                continue
            i = self.sc.token_at(m.end())
            while i < len(self.tokens) and self.tokens[i].start <= after.end():
                tok = self.tokens[i]
                if tok.start in media_at or tok.key in _MEDIA_WORKERS:
                    self._quoted_outlet(m)
                    break
                i += 1
        self._quoted_list(run)

    def _quoted_list(self, run: Sequence[re.Match[str]]) -> None:
        if len(run) < 3:
            return
        known = sum(1 for m in run if self._outlet_named(m.start(1), m.end(1)))
        if known >= 2:
            for m in run:
                self._quoted_outlet(m)

    def _outlet_named(self, start: int, end: int) -> bool:
        if (start, end) in self._media_spans:
            return True
        known = self.g.actor(self.text[start:end])
        return known is not None and known.kind is ActorKind.MEDIA

    def _quoted_outlet(self, m: re.Match[str]) -> None:
        start, end = m.span(1)
        name = " ".join(m.group(1).split())
        if (not name[:1].isupper() and not name[:1].isdigit()) or len(name.split()) > 5 or (
                self._covered(start, end)):
            return
        known = self.g.actor(name)
        if known is None and (self.g.place(name) is not None or self.g.polity(name)):
            return
        self.actor(known or self.rule_actor(name, ActorKind.MEDIA, None, None), start, end)

    def _free_word(self, i: int) -> bool:
        """Whether token i is a capitalised word no mention covers and no list claims as a
        title, an organisation word or a stop word."""
        tok = self.tokens[i]
        return (_capword(tok.text) and tok.key not in NOT_NAMES and tok.key not in ORG_WORDS
                and tok.key not in _TITLE_WORDS and not self._covered(tok.start, tok.end))

    def name_pass(self) -> None:
        """People named without a title or a verb: a known given name before capitalised
        words ("Neil Hauer"), or a capitalised word before a surname of the region's
        forms ("Bako Sahakyan", "Irakli Okruashvili")."""
        toks = self.tokens
        n = len(toks)
        i = 0
        while i < n - 1:
            tok = toks[i]
            if (not _capword(tok.text) or not self._sp(i + 1) or not self._free_word(i)
                    or (i > 0 and self._gap(i) in ("-", "‑", "–"))):
                i += 1  # not the second half of a compound: "Visa-Free Travel"
                continue
            given = tok.key in _GIVEN_MALE or tok.key in _GIVEN_FEMALE
            second = toks[i + 1]
            regional = (not given and len(second.key) > 4
                        and second.key.endswith(_SURNAME_SUFFIXES))
            if not (given or regional) or not self._free_word(i + 1):
                i += 1
                continue
            stop = i + 2
            while (stop < n and stop - i < 3 and self._sp(stop) and self._free_word(stop)
                   and stop not in self.polity_start):
                stop += 1
            start, end = tok.start, toks[stop - 1].end
            name = self.text[start:end]
            if (self.polity_end.get(i + 1) or self.polity_start.get(i) or self.polity_start.get(
                    i + 1) or self.g.place(name) is not None or self.g.polity(name)):
                i += 1
                continue
            known = self.g.actor(name)
            actor = known if known is not None else self.rule_actor(
                name, ActorKind.PERSON, None, None)
            self.actor(actor, start, end)
            i = stop

    def org_pass(self) -> None:
        """Public bodies and organisations named by capitalised words around a head noun:
        "Tbilisi City Court", "the Ministry of Internal Affairs of Georgia", "Carnegie
        Endowment for International Peace"."""
        toks = self.tokens
        n = len(toks)
        last = -1
        for h in range(n):
            tok = toks[h]
            if h <= last or tok.key not in _ORG_HEADS or not _capword(tok.text):
                continue
            lo = h
            while lo > 0 and self._sp(lo) and _capword(toks[lo - 1].text) and toks[
                    lo - 1].key not in NOT_NAMES:
                lo -= 1
            hi = h + 1
            while hi < n and self._sp(hi):
                j = hi
                while j < n and toks[j].key in _ORG_JOINERS and toks[j].text.islower() and (
                        self._sp(j + 1)) and (j > hi or hi > h + 1 or toks[j].key in (
                            "of", "for")):
                    j += 1  # "Court of ...", "Endowment for ...", then "... and ..."
                if ((j == hi and hi == h + 1) or j >= n or not _capword(toks[j].text)
                        or toks[j].key in NOT_NAMES):
                    break  # after the head only "of ...", "for ...": "Ministry of Defence"
                hi = j + 1
            while lo < h and toks[lo].key == "the":
                lo += 1
            last = hi - 1
            if hi - lo < 2 or self._covered(tok.start, tok.end):
                continue
            start, end = toks[lo].start, toks[hi - 1].end
            name = self.text[start:end]
            known = self.g.actor(name)
            if known is None:
                country, settled, stateless = None, False, False
                for k in range(lo, hi):
                    pol = self.polity_start.get(k)
                    if pol is not None:
                        country = self.country_of(self.text[pol.start:pol.end])
                        stateless = self._de_facto(self.text[pol.start:pol.end])
                        settled = True
                        break
                kind = (ActorKind.GOVERNMENT_BODY if tok.key in _GOV_HEADS or (
                    country is not None and tok.key in _STATE_ORG_HEADS)
                        else ActorKind.ORGANIZATION)
                if stateless and tok.key in _FORCE_HEADS:
                    kind = ActorKind.ARMED_GROUP  # "Artsakh Defense Army": no state's army
                known = self.rule_actor(name, kind, None, country, settled=settled)
            self.actor(known, start, end)

    def border_pass(self) -> None:
        """A border between two states written with both is a place: "the
        Armenian-Azerbaijani interstate border", "Armenia's border with Iran", "the border
        between Armenia and Azerbaijan", named "Armenia-Azerbaijan border"."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("border_noun")):
            start = h.start
            sides: list[Actor] = []
            pol = self._polity_before(h.first)
            if pol is not None:
                k = self.sc.token_at(pol.start)
                first = self._state_of(pol)
                if first is not None:
                    sides.append(first)
                    start = pol.start
                if k > 0 and self._gap(k) in ("-", "–", "—", "/"):
                    other = self.polity_end.get(k)  # "Armenian-Azerbaijani border"
                    second = self._state_of(other) if other is not None else None
                    if other is not None and second is not None:
                        sides.insert(0, second)
                        start = other.start
            end = h.end
            k = h.stop
            if (len(sides) == 1 and k + 1 < len(toks) and toks[k].key == "with"
                    and self._sp(k) and self._sp(k + 1)):
                after = self.polity_start.get(k + 1)  # "Armenia's border with Iran"
                other_side = self._state_of(after) if after is not None else None
                if after is not None and other_side is not None:
                    sides.append(other_side)
                    end = after.end
            elif not sides and k + 1 < len(toks) and toks[k].key == "between" and self._sp(k):
                first_side = self.polity_start.get(k + 1)  # "the border between A and B"
                j = first_side.stop if first_side is not None else k + 1
                second_side = (self.polity_start.get(j + 1) if j + 1 < len(toks)
                               and toks[j].key == "and" else None)
                if first_side is not None and second_side is not None:
                    found = [self._state_of(first_side), self._state_of(second_side)]
                    sides = [x for x in found if x is not None]
                    end = second_side.end
            if len(sides) != 2 or sides[0].id == sides[1].id:
                continue
            i = self.sc.token_at(start)
            if i > 0 and toks[i - 1].key == "the" and self._sp(i):
                start = toks[i - 1].start
            self._claim_places(start, end)
            name = f"{sides[0].name}-{sides[1].name} border"
            pid = make_id("place", slugify(name))
            existing = self.places.get(pid)
            record = existing.record if existing is not None else Place(
                id=pid, name=name, kind=PlaceKind.OTHER)
            assert isinstance(record, Place)
            self.place(record, start, end)

    def _state_of(self, pol: Hit) -> Actor | None:
        """The state (with a country) a polity hit names, or None."""
        state = self.g.actor(pol.value) if pol.label == "demonym" else self.g.actor(
            self.g.polity(self.text[pol.start:pol.end]) or "")
        if state is None or state.kind is not ActorKind.STATE or not state.country:
            return None
        return state

    def place_pass(self) -> None:
        """Capitalised words before a place noun ("the Zorbistan region") name a place."""
        toks = self.tokens
        for h in self.sc.hits("place_noun"):
            if not self._sp(h.first):
                continue
            first = self._name_start(h.first)
            if first is None:
                continue
            while first < h.first and toks[first].key in NOT_NAMES:
                first += 1
            if first >= h.first:
                continue
            start = toks[first].start
            name = _trim_name(self.text[start:toks[h.first - 1].end])
            if not name or self.g.polity(name):
                continue
            end = start + len(name)
            if end == toks[h.first - 1].end:
                end = h.end  # the mention keeps its noun: "the Zorbistan region"
            known = self.g.place(name)
            if known is None and self.g.actor(name) is None:
                if self._covered(start, start + len(name)):
                    continue
                kind = PlaceKind(h.value)
                if kind is PlaceKind.SITE and end == h.end:
                    name = " ".join(self.text[start:end].split())  # "Ovda airbase"
                pid = make_id("place", slugify(name))
                existing = self.places.get(pid)
                known = existing.record if existing is not None and isinstance(
                    existing.record, Place) else Place(id=pid, name=name, kind=kind,
                                                       country=self._country_after(end))
            if known is not None:
                self.place(known, start, end)

    def site_pass(self) -> None:
        """Buildings of public bodies are sites: a body noun before a building noun ("the
        parliament building", "the Adjara government building") and a mission in a place
        ("Azerbaijan's embassy in Tehran"); named as written, of the country of a polity or
        place written with them, else of the country the document is about."""
        toks = self.tokens
        about: list[str | None] = []
        for i in range(1, len(toks)):
            tok = toks[i]
            host = None
            if tok.key in _BODY_SITES and self._sp(i) and toks[i - 1].key in _SITE_BODIES:
                first, end = i - 1, tok.end  # "the parliament building"
            elif (tok.key in ("embassy", "consulate") and i + 2 < len(toks)
                  and toks[i + 1].key == "in" and self._sp(i + 1) and self._sp(i + 2)):
                host = self.g.place(toks[i + 2].text)
                if host is None or host.kind is not PlaceKind.CITY:
                    continue
                first, end = i, toks[i + 2].end  # "embassy in Tehran": a site in Iran
            else:
                continue
            country = None
            while first > 0 and self._sp(first):
                prev = toks[first - 1]
                where = self.g.place(prev.text) if _capword(prev.text) else None
                pol = (self.polity_end.get(first - 1) if self._possessive(first - 1)
                       else self.polity_end.get(first))
                if pol is not None:
                    state = self._state_of(pol)
                    country = state.country if state is not None else country
                    first = self.sc.token_at(pol.start)
                elif where is not None:
                    country = where.country
                    first -= 1
                else:
                    break
            start = toks[first].start
            if first > 0 and toks[first - 1].key == "the" and self._sp(first):
                start = toks[first - 1].start
            if host is not None:
                country = host.country
            if country is None:
                if not about:
                    about.append(self._home_of_bodies())
                country = about[0]
            name = " ".join(self.text[toks[first].start:end].split())
            name = name[:1].upper() + name[1:]
            self._claim_places(start, tok.end)  # "Adjara" in its building; not the host city
            pid = make_id("place", slugify(name))
            existing = self.places.get(pid)
            record = existing.record if existing is not None else Place(
                id=pid, name=name, kind=PlaceKind.SITE, country=country)
            assert isinstance(record, Place)
            self.place(record, start, end)

    def _country_after(self, end: int) -> str | None:
        """The state written right after a place ending at ``end``: "..., Armenia", "... in
        southern Israel"."""
        m = _IN_STATE.match(self.text, end)
        if m is None:
            return None
        i = self.sc.token_at(m.end())
        pol = self.polity_start.get(i)
        state = self._state_of(pol) if pol is not None and pol.label != "demonym" else None
        return state.country if state is not None else None

    def surname_pass(self) -> None:
        """Every later "Iskenderov" of a rule-found "Vugar Iskenderov"."""
        by_surname: dict[str, list[_Entity]] = {}
        for ent in list(self.actors.values()):
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind is not ActorKind.PERSON or rec.in_gazetteer:
                continue
            words = rec.name.split()
            if len(words) < 2:
                continue
            surname = words[-1]
            if _TOKEN_RE.fullmatch(surname):
                by_surname.setdefault(surname, []).append(ent)
                continue
            for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text):
                if not self._covered(m.start(), m.end()):
                    self._add_mention(ent, m.start(), m.end())
        if not by_surname:
            return
        for tok in self.tokens:
            for ent in by_surname.get(tok.text, ()):
                if not self._covered(tok.start, tok.end):
                    self._add_mention(ent, tok.start, tok.end)

    def _add_mention(self, ent: _Entity, start: int, end: int) -> None:
        ent.add(start, end, self.text)
        self.cover[start:end] = b"\x01" * (end - start)

    def _covered(self, start: int, end: int) -> bool:
        return self.cover.find(1, start, end) != -1

    # -- quotes ---------------------------------------------------------------
    def speaker(self, quote: Quote) -> str | None:
        """The actor id of a quote's speaker: the actor whose mention the speaker text is, a
        known name, an antecedent for a pronoun or role noun ("she", "the minister", "the
        ministry"), a person named by rule, or -- with no speaker written -- the speaker
        carried over from the attribution just before."""
        found = self._speaker(quote)
        if found is not None:
            self.resolved.append((quote.span.start, quote.span.end, found))
        return found

    def _speaker(self, quote: Quote) -> str | None:
        written = " ".join((quote.speaker_text or "").split())
        if not written:
            return self._carried(quote)
        span = quote.speaker_span
        if span is not None and span.end <= len(self.text):
            found = self._overlapping_actor(span.start, span.end)
            if found is not None:
                return found
        known = self.g.actor(written)
        if known is not None and known.id in self.actors:
            return known.id
        for aid, ent in self.actors.items():
            rec = ent.record
            forms = {fold(f) for f in (rec.name, *rec.aliases, *ent.mentions.values())}
            if fold(written) in forms or fold(_strip_title(written)) in forms:
                return aid
        if known is not None:
            return self._register_speaker(known, quote)
        anaphor = _ANAPHOR.fullmatch(written)
        if anaphor:
            head = word_key(anaphor.group("head"))
            wanted = _anaphor_kinds(head)
            if wanted is not None:
                modifiers = [word_key(w) for w in (anaphor.group("mods") or "").split()]
                return self._antecedent(wanted, quote, head, modifiers)
        name = _strip_title(written)
        words = name.split()
        if (name and re.fullmatch(_NAME, name) and word_key(words[0]) not in NOT_NAMES
                and self.g.polity(name) is None and self.g.place(name) is None
                and (len(words) >= 2 or words[0] != written)):
            kind = ActorKind.PERSON if _name_like(name) else ActorKind.ORGANIZATION
            role = written[: len(written) - len(name)].strip() or None
            return self._register_speaker(self.rule_actor(name, kind, role, None), quote)
        return self._carried(quote)

    def _overlapping_actor(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps ``start:end`` the most (the first actor, then
        its first mention, on a tie), found through a sorted index of every mention rather
        than a pass over all of them, so that resolving each quote's speaker stays cheap."""
        starts, entries, longest = self._mention_index()
        best: tuple[int, int, int, str] | None = None  # (-overlap, rank, order, id)
        i = bisect.bisect_left(starts, start - longest)
        while i < len(entries) and entries[i][0] < end:
            s, e, rank, order, aid = entries[i]
            overlap = min(e, end) - max(s, start)
            if overlap > 0:
                key = (-overlap, rank, order, aid)
                if best is None or key < best:
                    best = key
            i += 1
        return best[3] if best is not None else None

    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, int, int, str]], int]:
        """Every actor mention as (start, end, actor rank, mention order, id) sorted by
        start, with the starts and the longest mention; rebuilt only when actors or
        mentions were added or removed since the last call."""
        signature = (len(self.actors), sum(len(ent.mentions) for ent in self.actors.values()))
        if self._index_signature != signature:
            entries = sorted(
                (s, e, rank, order, aid)
                for rank, (aid, ent) in enumerate(self.actors.items())
                for order, (s, e) in enumerate(ent.mentions))
            longest = max((e - s for s, e, *_ in entries), default=0)
            self._index = ([x[0] for x in entries], entries, longest)
            self._index_signature = signature
        return self._index

    def _register_speaker(self, actor: Actor, quote: Quote) -> str:
        span = quote.speaker_span
        if span is not None and span.end <= len(self.text):
            self.actor(actor, span.start, span.end)
        else:
            self.actors.setdefault(actor.id, _Entity(actor))
        return actor.id

    def _gender(self, rec: Actor) -> str | None:
        first = word_key(rec.name.split()[0]) if rec.name.split() else ""
        female, male = first in _GIVEN_FEMALE, first in _GIVEN_MALE
        if female and not male:
            return "she"
        if male and not female:
            return "he"
        return None

    def _antecedent(self, kinds: tuple[ActorKind, ...], quote: Quote, head: str,
                    modifiers: Sequence[str] = ()) -> str | None:
        """The nearest actor mentioned before the attribution that can be what ``head``
        ("he", "minister", "ministry") refers to: of a compatible kind, of the pronoun's
        gender where the given name tells it; an actor whose title or role carries the
        role noun (and its modifiers: "the foreign minister") is preferred to a nearer one
        that does not."""
        limit = quote.speaker_span.start if quote.speaker_span else quote.span.start
        best: tuple[int, int, str] | None = None  # (role match, position, id)
        for aid, ent in self.actors.items():
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind not in kinds:
                continue
            if head in ("he", "she") and self._gender(rec) not in (None, head):
                continue
            before = [s for s, _e in ent.mentions if s < limit]
            if not before:
                continue
            words: set[str] = set()
            for text in (rec.role or "", rec.name, *ent.mentions.values(),
                         *(o.title for o in self.g.offices(rec.id))):
                words.update(word_key(w) for w in re.findall(r"\w+", text))
            role_match = 0
            if head not in _PRONOUNS and head in words:
                role_match = 1 + sum(1 for m in modifiers if m in words)
            key = (role_match, max(before), aid)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else None

    def _carried(self, quote: Quote) -> str | None:
        """The speaker of a quote with no attribution of its own: the speaker of the quote
        just before when nothing but its own paragraph or the next one lies between, else
        the person last named in the same or the previous paragraph."""
        start = quote.span.start
        floor = self._paragraph_floor(start)
        previous = self.resolved[-1] if self.resolved else None
        if previous is not None and previous[1] <= start and previous[0] >= floor:
            floor = previous[1]  # a person named after the last quote takes over
        best: tuple[int, str] | None = None
        for aid, ent in self.actors.items():
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind is not ActorKind.PERSON:
                continue
            for s, _e in ent.mentions:
                if floor <= s < start and (best is None or s > best[0]):
                    best = (s, aid)
        if best is not None:
            return best[1]
        if previous is not None and previous[1] <= start and previous[1] == floor:
            return previous[2]
        return None

    def _paragraph_floor(self, offset: int) -> int:
        """The start of the paragraph before the one holding ``offset``."""
        paras = self.sc.paragraphs
        i = bisect.bisect_right([p[0] for p in paras], offset) - 1
        return paras[max(0, i - 1)][0] if paras and i >= 0 else 0

    def given_name_pass(self) -> None:
        """A given name written alone: the one person of the document with that first
        name ("David says" after "David Vardanyan"), else, when it comes back at least
        twice mid-sentence, a person named by it alone ("Tamara was a nurse")."""
        toks = self.tokens
        first_names: dict[str, list[Actor]] = {}
        for ent in self.actors.values():
            rec = ent.record
            if isinstance(rec, Actor) and rec.kind is ActorKind.PERSON and " " in rec.name:
                first_names.setdefault(word_key(rec.name.split()[0]), []).append(rec)
        lone: dict[str, list[int]] = {}
        for i, tok in enumerate(toks):
            if not (tok.key in _GIVEN_MALE or tok.key in _GIVEN_FEMALE) or not _capword(
                    tok.text) or not self._free_word(i) or self._in_name(i):
                continue
            if self.g.place(tok.text) is not None or self.g.polity(tok.text) is not None:
                continue
            lone.setdefault(tok.key, []).append(i)
        for key, found in lone.items():
            people = first_names.get(key, [])
            if len(people) == 1:
                for i in found:
                    self.actor(people[0], toks[i].start, toks[i].end)
                continue
            inside = [i for i in found if i > 0 and not _SENTENCE_GAP.search(self._gap(i))
                      and not _capword(toks[i - 1].text) and toks[i - 1].key not in _TITLE_WORDS]
            if people or len(inside) < 2:
                continue
            person = self.rule_actor(toks[found[0]].text, ActorKind.PERSON, None, None,
                                     settled=True)  # a given name tells no country
            for i in found:
                self.actor(person, toks[i].start, toks[i].end)

    def sibling_pass(self) -> None:
        """"Two brothers, Ziyaddin and Huseyn Safarov": a capitalised word joined by "and"
        to a person's full name is a given name sharing its surname -- a person of its own,
        mentioned by the given name."""
        toks = self.tokens
        starts: dict[int, Actor] = {}
        for ent in self.actors.values():
            rec = ent.record
            if isinstance(rec, Actor) and rec.kind is ActorKind.PERSON and len(
                    rec.name.split()) == 2:
                for s, _e in ent.mentions:
                    starts[s] = rec
        for i in range(len(toks) - 2):
            tok = toks[i]
            other = starts.get(toks[i + 2].start)
            if (other is None or toks[i + 1].key != "and" or not self._sp(i + 1)
                    or not self._sp(i + 2) or not self._free_word(i) or i == 0
                    or _SENTENCE_GAP.search(self._gap(i)) or _capword(toks[i - 1].text)
                    or self.g.place(tok.text) is not None or self.g.polity(tok.text)):
                continue  # a capitalised word mid-sentence, no place, no polity
            name = f"{tok.text} {other.name.split()[-1]}"
            self.actor(self.rule_actor(name, ActorKind.PERSON, None, other.country),
                       tok.start, tok.end)

    def _in_name(self, i: int) -> bool:
        """Whether token i stands next to another capitalised word on its line (part of a
        longer name or a headline)."""
        toks = self.tokens
        before = i > 0 and self._sp(i) and _capword(toks[i - 1].text)
        after = i + 1 < len(toks) and self._sp(i + 1) and _capword(toks[i + 1].text)
        return before or after

    def link_surnames(self) -> None:
        """Fold a rule actor named by a surname alone into the full-name actor it shortens."""
        people = [e for e in self.actors.values() if isinstance(e.record, Actor)
                  and not e.record.in_gazetteer and e.record.kind is ActorKind.PERSON]
        full = {fold(e.record.name.split()[-1]): e for e in people if " " in e.record.name}
        for ent in people:
            target = full.get(fold(ent.record.name))
            if target is not None and target is not ent and " " not in ent.record.name:
                target.mentions.update(ent.mentions)
                del self.actors[ent.record.id]

    # -- output ---------------------------------------------------------------
    def _home_countries(self) -> list[str]:
        """The countries of the states the document names, most mentioned first."""
        counts = sorted(((len(e.mentions), e.record.country) for e in self.actors.values()
                         if isinstance(e.record, Actor) and e.record.kind is ActorKind.STATE
                         and e.record.country), reverse=True)
        return [c for _n, c in counts if c]

    def _home_of_bodies(self) -> str | None:
        """The country the document is about: the one whose states, bodies, people and
        places it mentions most (not its companies, outlets and organisations); None on a
        tie."""
        spans: dict[str, set[tuple[int, int]]] = {}
        for ent in (*self.actors.values(), *self.places.values()):
            country = ent.record.country
            if isinstance(ent.record, Actor) and ent.record.kind in (
                    ActorKind.COMPANY, ActorKind.MEDIA, ActorKind.ORGANIZATION):
                continue  # a platform's or an agency's seat says nothing of the story
            if country:  # a name that is both a place and an actor counts once
                spans.setdefault(country, set()).update(ent.mentions)
        counts = {c: len(found) for c, found in spans.items()}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _guess_country(self, rec: Actor, home: Sequence[str], about: str | None) -> str | None:
        """A rule-found person's or public body's country when nothing in the text says it:
        a person's surname form ("-yan": Armenia, "-shvili": Georgia; "-ov": Azerbaijan or
        Russia, whichever the document names more), else the country the document is
        about (:meth:`_home_of_bodies`), else the state it names most."""
        if rec.kind is ActorKind.PERSON and " " in rec.name:
            surname = word_key(rec.name.split()[-1])
            for ending, countries in _SURNAME_COUNTRY:
                if surname.endswith(ending) and len(surname) > len(ending) + 2:
                    options = countries.split()
                    ranked = [c for c in home if c in options]
                    return ranked[0] if ranked else options[0]
        if rec.kind in (ActorKind.PERSON, ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA) and home:
            return about or home[0]
        return None

    def records(self) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
        home = self._home_countries()
        about = self._home_of_bodies()
        actors = []
        for ent in self.actors.values():
            rec, final = ent.record, self._finish(ent)
            if (isinstance(rec, Actor) and not rec.in_gazetteer and rec.country is None
                    and rec.id not in self._settled):
                guess = self._guess_country(rec, home, about)
                if guess is not None:
                    final["country"] = guess
            actors.append(attrs.evolve(rec, **final))  # each record built once
        places = [attrs.evolve(e.record, **self._finish(e)) for e in self.places.values()]
        key = _first_mention
        return (tuple(sorted((a for a in actors if isinstance(a, Actor)), key=key)),
                tuple(sorted((p for p in places if isinstance(p, Place)), key=key)))

    def _finish(self, ent: _Entity) -> dict[str, Any]:
        spans = sorted(ent.mentions)
        # A mention inside a longer mention of the same entity is the same mention: one
        # sweep by start (longest first) against the furthest end seen, not all pairs.
        inside: set[tuple[int, int]] = set()
        furthest = -1
        for span in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
            if span[1] <= furthest:
                inside.add(span)
            furthest = max(furthest, span[1])
        kept = [sp for sp in spans if sp not in inside]
        mentions = tuple(Span(doc_id=self.doc.id, start=s, end=e) for s, e in kept)
        rec = ent.record
        seen: dict[str, None] = {}
        for form in (*(" ".join(self.text[s:e].split()) for s, e in kept), *rec.aliases):
            if form != rec.name:
                seen.setdefault(form)
        return {"mentions": mentions, "aliases": tuple(seen)}


_LEADING_TITLES = re.compile(
    rf"(?:(?:the|former|[A-Z][a-z]+i)\s+)*(?:(?i:{_alt(PERSON_TITLES)})\s+)+")


_TOKEN_RE = re.compile(r"[^\W_]+")


def _take_mentions(entities: dict[str, _Entity], ids: list[str], start: int,
                   end: int) -> None:
    """Remove the mentions inside ``start:end`` from the entities ``ids``; an entity left
    with no mention is removed too."""
    for key in ids:
        ent = entities[key]
        inside = [sp for sp in ent.mentions if start <= sp[0] and sp[1] <= end]
        for sp in inside:
            del ent.mentions[sp]
        if inside and not ent.mentions:
            del entities[key]


def _domain_case(label: str, first: str) -> bool:
    """Whether ``label`` is written as the end of an address after a name starting with
    ``first``: in lower case, or in capitals after a capitalised name ("ABC.AZ"); not a
    sentence run on without a space ("Armenia.It")."""
    return label.islower() or (label.isupper() and first.isupper())


def _anaphor_kinds(head: str) -> tuple[ActorKind, ...] | None:
    """The kinds of actor a pronoun or role noun (folded) can refer to, or None."""
    if head in ANAPHORS:
        return ANAPHORS[head]
    if head in _GOV_HEADS:
        return (ActorKind.GOVERNMENT_BODY,)
    if head in _ORG_HEADS:
        return (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT_BODY, ActorKind.ALLIANCE)
    if head in _TITLE_WORDS:
        return (ActorKind.PERSON,)
    return None


def _strip_title(written: str) -> str:
    """A name without the titles written before it ("MP Iskenderov" -> "Iskenderov")."""
    m = _LEADING_TITLES.match(written)
    return written[m.end():] if m else written


def _first_mention(record: Actor | Place) -> tuple[int, str]:
    return (record.mentions[0].start if record.mentions else 1 << 62, record.id)


def extract_actors(document: Document, quotes: Sequence[Quote] = (),
                   gazetteer: Gazetteer | None = None) -> ActorResult:
    """The actors and places ``document`` names, one record per entity with every mention,
    and ``quotes`` with :attr:`Quote.speaker` resolved to an actor id where possible."""
    g = gazetteer or Gazetteer.default()
    b = _Builder(document, g)
    b.gazetteer_pass()
    b.document_pass()
    b.domain_pass()
    b.titled_pass()
    b.titled_state_pass()
    b.office_pass()
    b.role_pass()
    b.armed_group_pass()
    b.group_pass()
    b.state_group_pass()
    b.reporting_pass()
    b.unnamed_person_pass()
    b.media_pass()
    b.quoted_outlet_pass()
    b.apposition_pass()
    b.org_pass()
    b.name_pass()
    b.place_pass()
    b.border_pass()
    b.site_pass()
    b.surname_pass()
    b.home_body_pass()
    b.link_surnames()
    b.given_name_pass()
    b.sibling_pass()
    resolved = tuple(
        attrs.evolve(q, speaker=q.speaker or b.speaker(q)) for q in quotes)
    actors, places = b.records()
    return ActorResult(actors=actors, places=places, quotes=resolved)
