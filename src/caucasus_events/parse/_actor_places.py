"""Places and gazetteer names in one document: gazetteer matches, venues, place nouns,
borders and sites, each claimed as a place or an actor."""

from __future__ import annotations

import re

from caucasus_events.ids import make_id, slugify
from caucasus_events.models import Actor, ActorKind, Place, PlaceKind
from caucasus_events.parse._actor_builder import Entity
from caucasus_events.parse._actor_countries import CountryRules
from caucasus_events.parse._actor_words import (
    AT_VENUE,
    BODY_SITES,
    DATELINE,
    GIVEN_FEMALE,
    GIVEN_MALE,
    IN_STATE,
    LOCATIVES,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_LIST,
    SITE_BODIES,
    TITLE_WORDS,
    capword,
    trim_name,
)
from caucasus_events.parse._scan import filter_spans, word_key
from caucasus_events.parse.gazetteer import Match

__all__ = ["PlacePasses"]


# The tests of PlacePasses._locative, compiled once.
_HYPHEN_NAME = re.compile(r"-[A-Z]")
# The last word before a place.  The leftmost match never follows a word character (it
# would match one character earlier), so the look-behind changes no match; it turns the
# places inside a word away before the word is read to its end.
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)\W{1,3}(?:the\s+)?$")
_OF_PLACE_NOUN = re.compile(
    r"\b(?:capital|city|town|region|province|district)\s+of\s+(?:the\s+)?$", re.I)
_CAPITAL_BEFORE = re.compile(r"\bcapital,?\s+$", re.I)
_LINE_OPENING = re.compile(r"(?:^|\n)([^\n]{0,25})$")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")


class PlacePasses(CountryRules):
    """The passes that find gazetteer names and places."""

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
                        self.tokens[after].key in ORG_HEADS and not actors
                        and capword(self.tokens[after].text)))):
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
                        ent = self.actors.setdefault(state.id, Entity(state))
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
        m = AT_VENUE.search(self.text, max(0, start - 8), start)
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
        return (capword(prev.text) and word_key(prev.text) != word_key(given)
                and (prev.key in GIVEN_MALE or prev.key in GIVEN_FEMALE)
                and prev.key not in TITLE_WORDS and prev.key not in NOT_NAMES)

    def _locative(self, start: int, end: int) -> bool:
        after = self.text[end:end + 60]
        if _HYPHEN_NAME.match(after):
            return False  # "Baku-Moscow relations" names the two states
        window = self.text[max(0, start - 30):start]
        before = _WORD_BEFORE.search(window)  # "to the Vatican"
        if before and word_key(before.group(1)) in LOCATIVES:
            return True
        if _OF_PLACE_NOUN.search(window):
            return True  # "the Turkish capital of Ankara", "the capital of the Czech Republic"
        if _CAPITAL_BEFORE.search(window):
            return True  # "in Georgia’s capital, Tbilisi", "the capital Ankara"
        if self._place_end >= 0 and PLACE_LIST.fullmatch(self.text, self._place_end, start):
            return True  # "a visit to the Vatican and Italy": a list of places
        line = _LINE_OPENING.search(self.text[max(0, start - 25):start])
        written = self.text[start:end]
        city = self.g.place(written)
        if line is not None and (DATELINE.match(self.text, end) or (
                written.isupper() and _LINE_END.match(self.text, end)
        )) and (written.isupper() or (not line.group(1).strip() and city is not None
                                      and city.kind is PlaceKind.CITY)):
            return True  # a dateline: "YEREVAN —", "Baku, May 2", "TEHRAN (AP) —"
        if re.match(r",\s+[A-Z]", after[:3]) and self.g.place(
                after.split(",")[1].split()[0] if "," in after[:40] else "") is not None:
            return True  # "Baku, Azerbaijan" names a city and its country
        return bool(re.match(r"\s*[–—-]\s", after[:4]) and re.search(
            r"(^|\n)[^\n]{0,40}$", self.text[max(0, start - 40):start]))

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
            name = trim_name(self.text[start:toks[h.first - 1].end])
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
            if tok.key in BODY_SITES and self._sp(i) and toks[i - 1].key in SITE_BODIES:
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
                where = self.g.place(prev.text) if capword(prev.text) else None
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
        m = IN_STATE.match(self.text, end)
        if m is None:
            return None
        i = self.sc.token_at(m.end())
        pol = self.polity_start.get(i)
        state = self._state_of(pol) if pol is not None and pol.label != "demonym" else None
        return state.country if state is not None else None
