"""Actors and places of one document: every way an entity is written, resolved to one record.

Gazetteer names are found by :meth:`Gazetteer.find`; people the gazetteer does not know are
found by rules (a title or role before a capitalised name, an apposition, the subject of a
reporting verb, a quote's speaker); role-only phrases ("Azerbaijan's president") resolve to
the office holder on the publication date; surname-only mentions link to the full name.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from caucasus_events.ids import make_id, slugify
from caucasus_events.models import Actor, ActorKind, Document, Place, PlaceKind, Quote, Span
from caucasus_events.parse.gazetteer import Gazetteer, Match
from caucasus_events.parse.text import fold

__all__ = ["ActorResult", "extract_actors"]

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and roles written before a person's name ("Rear Admiral Gunnstein Bruåsdal").
PERSON_TITLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Premier", "Foreign Minister",
    "Defense Minister", "Defence Minister", "Minister", "Deputy Minister",
    "Deputy Foreign Minister", "Secretary of State", "Secretary-General", "Secretary General",
    "Secretary", "Special Representative", "Representative", "Ambassador", "Envoy",
    "Spokesman", "Spokeswoman", "Spokesperson", "MP", "Member of Parliament", "Lawmaker",
    "Deputy", "Senator", "Congressman", "Congresswoman", "Speaker", "Chairman", "Chairwoman",
    "Governor", "Mayor", "Commander", "General", "Lieutenant General", "Major General",
    "Brigadier General", "Colonel", "Lieutenant Colonel", "Major", "Captain", "Admiral",
    "Rear Admiral", "Vice Admiral", "Marshal", "Journalist", "Correspondent", "Editor",
    "Blogger", "Expert", "Analyst", "Political Analyst", "Political Scientist", "Professor",
    "Dr.", "Mr.", "Mrs.", "Ms.", "Advisor", "Adviser", "Assistant", "Aide", "Director",
    "Head", "Chief", "Leader", "Opposition Leader", "Activist", "Lawyer", "Businessman",
    "Entrepreneur", "Ayatollah", "Patriarch", "Sheikh", "Emir", "King", "Queen", "Prince",
    "Chancellor", "Official", "Diplomat", "Officer", "Pilot", "Member of Parliament",
    "member of parliament", "Foreign Policy Advisor", "Foreign Policy Adviser",
    "Deputy Chief of Staff", "Chief of Staff", "Chief of General Staff",
)
# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = _words(
    """ministry ministries agency office committee council department service forces army
    navy company news newspaper party union organization organisation bank court assembly
    parliament government administration university institute foundation center centre
    commission corporation group media times post forum declaration treaty act program
    programme dialogue mission headquarters command""")
# Capitalised words that never begin or form a person's name.
NOT_NAMES = _words(
    """the a an in on at of for and but or to from by with as this that these those it its
    his her their our we he she they i after before during since until when while if
    however moreover meanwhile earlier later also both such according despite amid
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""")
# Reporting verbs whose subject is a speaker.
REPORTING_VERBS = (
    "said", "says", "stated", "states", "told", "declared", "announced", "noted", "stressed",
    "emphasized", "emphasised", "added", "wrote", "writes", "claimed", "argued", "warned",
    "explained", "insisted", "remarked", "commented", "suggested", "confirmed")
# Prepositions after which a state's or capital's name is a place, not the state acting.
LOCATIVES = _words(
    """in into to from near at across throughout toward towards within outside around inside
    via through visited visiting visit reached entered""")
# Anaphors a speaker may be written as, and the kinds of actor they refer back to.
ANAPHORS: dict[str, tuple[ActorKind, ...]] = {
    "ministry": (ActorKind.GOVERNMENT_BODY,), "department": (ActorKind.GOVERNMENT_BODY,),
    "government": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
    "publication": (ActorKind.MEDIA,), "newspaper": (ActorKind.MEDIA,),
    "agency": (ActorKind.MEDIA, ActorKind.GOVERNMENT_BODY), "outlet": (ActorKind.MEDIA,),
    "website": (ActorKind.MEDIA,), "alliance": (ActorKind.ALLIANCE,),
    "bloc": (ActorKind.ALLIANCE,), "organization": (ActorKind.ORGANIZATION,
                                                     ActorKind.ALLIANCE),
    "company": (ActorKind.COMPANY,), "he": (ActorKind.PERSON,), "she": (ActorKind.PERSON,),
    "president": (ActorKind.PERSON,), "minister": (ActorKind.PERSON,),
    "official": (ActorKind.PERSON,), "deputy": (ActorKind.PERSON,),
}
# Nouns that make the capitalised words before them a place ("Khachmaz district").
PLACE_NOUNS: dict[str, PlaceKind] = {
    "district": PlaceKind.DISTRICT, "region": PlaceKind.REGION, "province": PlaceKind.REGION,
    "oblast": PlaceKind.REGION, "village": PlaceKind.CITY, "city": PlaceKind.CITY,
    "town": PlaceKind.CITY, "settlement": PlaceKind.CITY,
}

# Collective nouns after a demonym that mean the state acting ("Azerbaijani security forces").
STATE_GROUPS: tuple[str, ...] = (
    "security forces", "forces", "troops", "police", "authorities", "government", "officials",
    "law enforcement agencies", "law enforcement", "side", "diplomacy", "leadership",
    "diplomats", "border guards", "special services", "intelligence")

_SP = r"[^\S\n]+"  # white space within a paragraph
# Capitalised nouns that make a place name part of another name.
_NAMED_AFTER = re.compile(
    r"[^\S\n]+(?:Declaration|Agreement|Treaty|Accords?|Forum|Summit|Process|Format|Platform"
    r"|Statement|Dialogue|Conference|Games|Group|Protocol|Memorandum|Pipeline)\b")
# A capitalised word of a name; "O?uz" keeps its lost letter, "O’Brien" its apostrophe, but a
# possessive "’s" is not part of the name.
_WORD = r"[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:[?\ufffd][^\W\d_]+|['’](?!s\b)[^\W\d_]+)*"
_NAME = rf"{_WORD}(?:{_SP}(?:(?:von|van|de|der|al|bin|ibn|la|le|da|di){_SP})?{_WORD}){{0,3}}"


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


@functools.lru_cache(maxsize=8)
def _patterns(g: Gazetteer) -> dict[str, re.Pattern[str]]:
    polity = _alt(g.polity_words())
    titles = _alt(PERSON_TITLES)
    offices = _alt(("president", "prime minister", "premier", "foreign minister",
                    "defense minister", "defence minister", "minister of foreign affairs",
                    "minister of defense", "minister of defence", "minister of national defense",
                    "secretary-general", "secretary general", "secretary of state",
                    "supreme leader", "defense secretary", "secretary of defense",
                    "top diplomat"))
    poss = r"['’`]s"
    return {
        "titled": re.compile(
            rf"(?:\b(?P<pol>{polity})(?:{poss})?{_SP})?(?:\b(?:former|deputy|acting|then){_SP})?"
            rf"\b(?P<title>(?i:{titles}))\b,?{_SP}(?P<name>{_NAME})"),
        "apposition": re.compile(
            rf"(?:\b(?P<pol>{polity}){_SP})?\b(?P<title>(?i:{titles}))\b"
            rf"(?P<rest>[^,.;:()\"“”\n]{{0,80}}?),{_SP}(?P<name>{_NAME}),"),
        "role_before": re.compile(
            rf"\b(?P<pol>{polity})(?:{poss})?{_SP}(?P<title>(?i:{offices}))\b"),
        "role_of": re.compile(
            rf"\b(?P<title>(?i:{offices})){_SP}of{_SP}(?:the{_SP})?(?P<pol>{polity})\b"),
        "reporting": re.compile(
            rf"(?P<name>{_NAME}){_SP}(?:{'|'.join(REPORTING_VERBS)})\b"),
        "state_group": re.compile(
            rf"\b(?P<pol>{polity}){_SP}(?P<group>{_alt(STATE_GROUPS)})\b"),
        "place_noun": re.compile(
            rf"(?P<name>{_NAME}){_SP}(?P<noun>{'|'.join(PLACE_NOUNS)})\b"),
    }


def _name_like(name: str) -> bool:
    words = name.split()
    return (bool(words) and words[0].lower() not in NOT_NAMES
            and not any(w.lower().strip(".,") in ORG_WORDS for w in words))


def _trim_name(name: str) -> str:
    """Drop trailing words that are not part of a name ("Jeyhun Bayramov In")."""
    words = name.split()
    while words and words[-1].lower() in NOT_NAMES:
        words.pop()
    return " ".join(words)


class _Builder:
    """Collects the mentions of one document's actors and places."""

    def __init__(self, document: Document, g: Gazetteer) -> None:
        self.doc = document
        self.text = document.text
        self.g = g
        self.day: dt.date | None = document.published.end if document.published else None
        self.actors: dict[str, _Entity] = {}
        self.places: dict[str, _Entity] = {}
        self.forms: dict[str, list[str]] = {}

    # -- registration ---------------------------------------------------------
    def actor(self, record: Actor, start: int, end: int) -> str:
        ent = self.actors.setdefault(record.id, _Entity(record))
        ent.add(start, end, self.text)
        return record.id

    def place(self, record: Place, start: int, end: int) -> str:
        ent = self.places.setdefault(record.id, _Entity(record))
        ent.add(start, end, self.text)
        return record.id

    def rule_actor(self, name: str, kind: ActorKind, role: str | None,
                   country: str | None) -> Actor:
        actor_id = make_id("actor", slugify(name))
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

    # -- passes ---------------------------------------------------------------
    def gazetteer_pass(self) -> None:
        by_span: dict[tuple[int, int], list[Match]] = {}
        for m in self.g.find(self.text):
            by_span.setdefault((m.start, m.end), []).append(m)
        for (start, end), matches in by_span.items():
            places = [m for m in matches if m.category == "place"]
            actors = [m for m in matches if m.category != "place"]
            if _NAMED_AFTER.match(self.text, end):
                continue  # "Shusha Declaration", "Baku Forum": a name, not the place
            if places and (not actors or self._locative(start, end)):
                for m in places:
                    where = self.g.place(m.id)
                    if where:
                        self.place(where, start, end)
                continue
            for m in actors:
                if m.category == "source" and self._in_citation(start, end):
                    continue
                found = self.g.actor(m.id)
                if found:
                    self.actor(found, start, end)

    def _locative(self, start: int, end: int) -> bool:
        if re.match(r"-[A-Z]", self.text[end:end + 2]):
            return False  # "Baku-Moscow relations" names the two states
        before = re.search(r"(\w+)\W{1,3}$", self.text[max(0, start - 30):start])
        if before and before.group(1).lower() in LOCATIVES:
            return True
        if re.search(r"\b(?:capital|city|town|region|province|district)\s+of\s+$",
                     self.text[max(0, start - 30):start], re.I):
            return True  # "the Turkish capital of Ankara"
        if re.match(r",\s+[A-Z]", self.text[end:end + 3]) and self.g.place(
                self.text[end:].split(",")[1].split()[0] if "," in self.text[end:end + 40]
                else "") is not None:
            return True  # "Baku, Azerbaijan" names a city and its country
        return bool(re.match(r"\s*[–—-]\s", self.text[end:end + 4]) and re.search(
            r"(^|\n)[^\n]{0,40}$", self.text[max(0, start - 40):start]))

    def _in_citation(self, start: int, end: int) -> bool:
        return bool(re.search(r"[(;]\s*$", self.text[max(0, start - 2):start])
                    and re.match(r"\.?\s*[,;)]", self.text[end:end + 3]))

    def titled_pass(self) -> None:
        pats = _patterns(self.g)
        for key in ("titled", "apposition"):
            for m in pats[key].finditer(self.text):
                raw = m.group("name")
                name = _trim_name(_strip_title(raw))
                if not name or not _name_like(name) or self.g.place(name) is not None:
                    continue
                n_start = m.start("name") + len(raw) - len(_strip_title(raw))
                if key == "apposition" and self._covered(n_start, n_start + len(name)):
                    continue
                n_end = n_start + len(name)
                full_start = m.start() if key == "titled" else n_start
                known = self.g.actor(name)
                if known is None and m.group("pol"):
                    candidate = self.holder(m.group("title"), m.group("pol"))
                    if candidate and fold(name) in {fold(a) for a in candidate.aliases}:
                        known = candidate
                if known is not None:
                    self.actor(known, full_start if known.kind is ActorKind.PERSON else n_start,
                               n_end)
                    continue
                role = m.group("title") + (m.group("rest") if key == "apposition" else "")
                actor = self.rule_actor(name, ActorKind.PERSON, " ".join(role.split()),
                                        self.country_of(m.group("pol")))
                self.actor(actor, full_start, n_end)

    def role_pass(self) -> None:
        pats = _patterns(self.g)
        for key in ("role_before", "role_of"):
            for m in pats[key].finditer(self.text):
                if re.match(rf"{_SP}{_WORD}", self.text[m.end():m.end() + 40]) and not re.match(
                        rf"{_SP}(?:{'|'.join(REPORTING_VERBS)})", self.text[m.end():]):
                    continue  # a title before a name: the titled pass resolves the name
                holder = self.holder(m.group("title"), m.group("pol"))
                if holder is not None:
                    self.actor(holder, m.start(), m.end())

    def state_group_pass(self) -> None:
        for m in _patterns(self.g)["state_group"].finditer(self.text):
            polity = self.g.polity(m.group("pol"))
            actor = self.g.actor(polity) if polity else None
            if actor is not None and not self._covered(m.start(), m.end()):
                self.actor(actor, m.start(), m.end())

    def reporting_pass(self) -> None:
        for m in _patterns(self.g)["reporting"].finditer(self.text):
            name = m.group("name")
            if len(name.split()) < 2 or not _name_like(name) or self._covered(m.start(),
                                                                               m.end("name")):
                continue
            if self.g.actor(name) or self.g.place(name) or any(
                    self.g.polity(w) for w in name.split()):
                continue
            self.actor(self.rule_actor(name, ActorKind.PERSON, None, None),
                       m.start("name"), m.end("name"))

    def place_pass(self) -> None:
        for m in _patterns(self.g)["place_noun"].finditer(self.text):
            name = _trim_name(m.group("name"))
            words = name.split()
            if not words or words[0].lower() in NOT_NAMES or self.g.polity(name):
                continue
            known = self.g.place(name)
            if known is None and self.g.actor(name) is None:
                if self._covered(m.start("name"), m.start("name") + len(name)):
                    continue
                pid = make_id("place", slugify(name))
                known = Place(id=pid, name=name, kind=PLACE_NOUNS[m.group("noun").lower()])
            if known is not None:
                self.place(known, m.start("name"), m.start("name") + len(name))

    def surname_pass(self) -> None:
        for ent in list(self.actors.values()):
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind is not ActorKind.PERSON or rec.in_gazetteer:
                continue
            words = rec.name.split()
            if len(words) < 2:
                continue
            for m in re.finditer(rf"\b{re.escape(words[-1])}\b", self.text):
                if not self._covered(m.start(), m.end()):
                    ent.add(m.start(), m.end(), self.text)

    def _covered(self, start: int, end: int) -> bool:
        for table in (self.actors, self.places):
            for ent in table.values():
                for s, e in ent.mentions:
                    if s < end and start < e:
                        return True
        return False

    # -- quotes ---------------------------------------------------------------
    def speaker(self, quote: Quote) -> str | None:
        written = (quote.speaker_text or "").strip()
        if not written:
            return None
        span = quote.speaker_span
        if span is not None and span.end <= len(self.text):
            best: tuple[int, str] | None = None
            for table in (self.actors,):
                for aid, ent in table.items():
                    for s, e in ent.mentions:
                        overlap = min(e, span.end) - max(s, span.start)
                        if overlap > 0 and (best is None or overlap > best[0]):
                            best = (overlap, aid)
            if best is not None:
                return best[1]
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
        anaphor = re.fullmatch(r"(?:(?:the|this|that|his|her|its)\s+(?:[\w-]+\s+){0,2})?(\w+)",
                               written, re.I)
        if anaphor and anaphor.group(1).lower() in ANAPHORS:
            return self._antecedent(ANAPHORS[anaphor.group(1).lower()], quote)
        name = _strip_title(written)
        if name and re.fullmatch(_NAME, name) and name.split()[0].lower() not in NOT_NAMES:
            kind = ActorKind.PERSON if _name_like(name) else ActorKind.ORGANIZATION
            role = written[: len(written) - len(name)].strip() or None
            return self._register_speaker(self.rule_actor(name, kind, role, None), quote)
        return None

    def _register_speaker(self, actor: Actor, quote: Quote) -> str:
        span = quote.speaker_span
        if span is not None and span.end <= len(self.text):
            self.actor(actor, span.start, span.end)
        else:
            self.actors.setdefault(actor.id, _Entity(actor))
        return actor.id

    def _antecedent(self, kinds: tuple[ActorKind, ...], quote: Quote) -> str | None:
        limit = quote.speaker_span.start if quote.speaker_span else quote.span.start
        best: tuple[int, str] | None = None
        for aid, ent in self.actors.items():
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind not in kinds:
                continue
            for s, _e in ent.mentions:
                if s < limit and (best is None or s > best[0]):
                    best = (s, aid)
        return best[1] if best else None

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
    def records(self) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
        actors = [attrs.evolve(e.record, **self._finish(e)) for e in self.actors.values()]
        places = [attrs.evolve(e.record, **self._finish(e)) for e in self.places.values()]
        key = _first_mention
        return (tuple(sorted((a for a in actors if isinstance(a, Actor)), key=key)),
                tuple(sorted((p for p in places if isinstance(p, Place)), key=key)))

    def _finish(self, ent: _Entity) -> dict[str, Any]:
        spans = sorted(ent.mentions)
        # A mention inside a longer mention of the same entity is the same mention.
        kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1]
                                            for o in spans)]
        mentions = tuple(Span(doc_id=self.doc.id, start=s, end=e) for s, e in kept)
        rec = ent.record
        seen: list[str] = []
        for form in (*(" ".join(self.text[s:e].split()) for s, e in kept), *rec.aliases):
            if form != rec.name and form not in seen:
                seen.append(form)
        return {"mentions": mentions, "aliases": tuple(seen)}


_LEADING_TITLES = re.compile(
    rf"(?:(?:the|former|[A-Z][a-z]+i)\s+)*(?:(?i:{_alt(PERSON_TITLES)})\s+)+")


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
    b.titled_pass()
    b.role_pass()
    b.state_group_pass()
    b.reporting_pass()
    b.place_pass()
    b.surname_pass()
    b.link_surnames()
    resolved = tuple(
        attrs.evolve(q, speaker=q.speaker or b.speaker(q)) for q in quotes)
    actors, places = b.records()
    return ActorResult(actors=actors, places=places, quotes=resolved)
