"""People found by rule: the byline's authors (and the page's outlets), titled names and
office holders, roles, appositions, subjects of reporting verbs, name-shaped words, and
surname-only and given-name mentions linked back."""

from __future__ import annotations

import functools
import re

from caucasus_events.models import Actor, ActorKind
from caucasus_events.parse._actor_builder import Entity
from caucasus_events.parse._actor_countries import CountryRules
from caucasus_events.parse._actor_words import (
    ABBREVIATION,
    ACTING_PERSONS,
    APPOSITION_STOP,
    COMMA_SPACE,
    DIGIT,
    GIVEN_FEMALE,
    GIVEN_MALE,
    INDEFINITE,
    NOT_NAMES,
    PASSIVE_GAP,
    PERSON_NOUNS,
    SENTENCE_GAP,
    SP,
    SURNAME_SUFFIXES,
    TITLE_PREFIXES,
    TITLE_WORDS,
    TOKEN_RE,
    VERB_GAP,
    capword,
    name_like,
    strip_title,
    trim_name,
)
from caucasus_events.parse._scan import Hit, filter_spans, word_key
from caucasus_events.parse._triggers import TriggerTable
from caucasus_events.parse.gazetteer import normalize_title
from caucasus_events.parse.page import url_host
from caucasus_events.parse.text import fold

__all__ = ["PersonPasses"]


# The shortest surname whose other spellings are looked for.
_MIN_VARIANT = 4
# The shortest surname taken as a person when written alone.
_MIN_LONE = 6
_SPELLING = ((re.compile(r"ph"), "f"), (re.compile(r"kh"), "h"), (re.compile(r"ck"), "k"),
             (re.compile(r"c(?!h)"), "k"), (re.compile(r"y"), "i"), (re.compile(r"w"), "v"),
             (re.compile(r"(.)\1+"), r"\1"))


@functools.lru_cache(maxsize=8192)
def spelling_key(word: str) -> str:
    """A name's key under the spellings transliteration varies ("Callas" and "Kalas",
    "Aliyev" and "Aliev", "Mikheil" and "Miheil": ph/f, kh/h, c/k, y/i, w/v, doubled
    letters)."""
    key = fold(word).lower()
    for pattern, repl in _SPELLING:
        key = pattern.sub(repl, key)
    return key


class PersonPasses(CountryRules):
    """The passes that find people the gazetteer does not know."""

    def document_pass(self) -> None:
        """The people of the byline and the outlets the page names as the article's
        publisher or original source ("YEREVAN (AP) —"): actors of the document even when
        the layout took their lines out of the stored text; the site a page was fetched
        from only when the page names it."""
        for outlet in (self.doc.source, self.doc.original_publisher):
            if outlet is self.doc.source and outlet is not None \
                    and url_host(self.doc.url) is not None \
                    and fold(outlet.name) not in fold(self.doc.text):
                continue  # the site the address names, which the page does not
            found = self.g.actor(outlet.id) if outlet is not None else None
            if found is not None:
                self.actors.setdefault(found.id, Entity(found))
        for author in self.doc.authors:
            name = " ".join(author.split())
            known = self.g.actor(name)
            if known is None and (not name_like(name) or self.g.polity(name)
                                  or self.g.place(name) is not None):
                continue
            found = known or self.rule_actor(name, ActorKind.PERSON, "author", None)
            self.actors.setdefault(found.id, Entity(found))

    def titled_pass(self) -> None:
        """"Azerbaijani President Ilham Aliyev", "the envoy, Jane Doe," and the like."""
        toks = self.tokens
        for h in filter_spans(self.sc.hits("person_title")):
            title = self.text[h.start:h.end]
            # Title then name: "[Polity['s]] [former] Title[,] Name".
            i = h.stop
            if i < len(toks) and COMMA_SPACE.fullmatch(self._gap(i)):
                stop = self._name_stop(i)
                if stop is not None:
                    b = h.first
                    if b > 0 and toks[b - 1].key in TITLE_PREFIXES and self._sp(b):
                        b -= 1
                    pol = self._polity_before(b)
                    full = pol.start if pol else toks[b].start
                    self._titled(title, "", pol, toks[i].start, toks[stop - 1].end, full,
                                 apposition=False)
            # Apposition: "[Polity] Title of the thing, Name,".
            seg = self.text[h.end:h.end + 81]
            m = APPOSITION_STOP.search(seg)
            if m is None or m.group() != ",":
                continue
            i = self.sc.token_at(h.end + m.end())
            if i >= len(toks) or not re.fullmatch(
                    SP, self.text[h.end + m.end():toks[i].start]):
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
        stripped = strip_title(raw)
        name = trim_name(stripped)
        if (not name or not name_like(name) or self.g.place(name) is not None
                or self.g.polity(name) is not None or (len(name) <= 2 and " " not in name)
                or ABBREVIATION.match(self.text, raw_end)):
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
                if nxt < len(toks) and self._sp(nxt) and capword(toks[nxt].text):
                    continue  # a title before a name: the titled pass resolves the name
                holder = self.holder(title, self.text[p.start:p.end])
                if holder is not None:
                    self.actor(holder, start, end)

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
            if len(name.split()) < 2 or not name_like(name) or self._covered(start, end):
                continue
            if self.g.actor(name) or self.g.place(name) or any(
                    self.g.polity(w) for w in name.split()):
                continue
            self.actor(self.rule_actor(name, ActorKind.PERSON, None, None), start, end)

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
            if head < 0 or toks[head].key not in PERSON_NOUNS:
                continue
            first = head
            while (first > 0 and head - first < 4 and self._sp(first)
                   and toks[first - 1].key not in INDEFINITE
                   and (toks[first - 1].key not in NOT_NAMES)
                   and not self._possessive(first - 1) and not DIGIT.search(toks[first - 1].text)):
                first -= 1
            article = first > 0 and self._sp(first) and toks[first - 1].key in INDEFINITE
            titled = not article and first in self.polity_start and capword(toks[head].text)
            if not (article or titled):
                continue
            start = toks[first - 1].start if article else toks[first].start
            end = toks[head].end
            if self._covered(toks[head].start, end):
                continue  # a name's or a title's last word: "Foreign Minister said"
            country = None
            for k in range(first, head):
                pol = self.polity_start.get(k)
                where = self.g.place(toks[k].text) if pol is None and capword(
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

    def acting_person_pass(self) -> None:
        """Someone unnamed who does or undergoes something: "a gunman" or "the detainee"
        (`acting_person`) right before the verb of a happening or of speech ("a gunman
        opened fire", "the detainee claimed") or its passive ("a suspect was arrested");
        one person per noun, named by it, so "the gunman" anywhere refers back to "a
        gunman"."""
        toks = self.tokens
        made: set[str] = set()
        for h in TriggerTable.default().find(self.text):
            if h.nominal:
                continue
            k = self.sc.token_at(h.start)
            head = next((j for j in range(k - 1, max(0, k - 6), -1)
                         if toks[j].key in ACTING_PERSONS), 0)
            between = self.text[toks[head].end:h.start]
            if head < 1 or not (VERB_GAP.fullmatch(between) or PASSIVE_GAP.fullmatch(
                    between)) or toks[head - 1].key not in ("a", "an", "the") or \
                    not self._sp(head) or self._covered(toks[head - 1].start, toks[head].end):
                continue
            made.add(toks[head].key)
            self.actor(self.rule_actor(toks[head].key, ActorKind.PERSON, None, None),
                       toks[head - 1].start, toks[head].end)
        for k in range(1, len(toks)):  # "confronted by the gunman": the same person
            if toks[k].key in made and toks[k - 1].key == "the" and self._sp(k) and \
                    not self._covered(toks[k - 1].start, toks[k].end):
                self.actor(self.rule_actor(toks[k].key, ActorKind.PERSON, None, None),
                           toks[k - 1].start, toks[k].end)

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
            name = trim_name(self.text[start:end])
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

    def name_pass(self) -> None:
        """People named without a title or a verb: a known given name before capitalised
        words ("Neil Hauer"), or a capitalised word before a surname of the region's
        forms ("Bako Sahakyan", "Irakli Okruashvili")."""
        toks = self.tokens
        n = len(toks)
        i = 0
        while i < n - 1:
            tok = toks[i]
            if (not capword(tok.text) or not self._sp(i + 1) or not self._free_word(i)
                    or (i > 0 and self._gap(i) in ("-", "‑", "–"))):
                i += 1  # not the second half of a compound: "Visa-Free Travel"
                continue
            given = tok.key in GIVEN_MALE or tok.key in GIVEN_FEMALE
            second = toks[i + 1]
            regional = (not given and len(second.key) > 4
                        and second.key.endswith(SURNAME_SUFFIXES))
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

    def surname_pass(self) -> None:
        """Every later "Iskenderov" of a rule-found "Vugar Iskenderov"."""
        by_surname: dict[str, list[Entity]] = {}
        for ent in list(self.actors.values()):
            rec = ent.record
            if not isinstance(rec, Actor) or rec.kind is not ActorKind.PERSON or rec.in_gazetteer:
                continue
            words = rec.name.split()
            if len(words) < 2:
                continue
            surname = words[-1]
            if TOKEN_RE.fullmatch(surname):
                by_surname.setdefault(surname, []).append(ent)
                continue
            for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text):
                if not self._covered(m.start(), m.end()):
                    self._add_mention(ent, m.start(), m.end())
        if by_surname:
            for tok in self.tokens:
                for ent in by_surname.get(tok.text, ()):
                    if not self._covered(tok.start, tok.end):
                        self._add_mention(ent, tok.start, tok.end)
        self._surname_variants()

    def _surname_variants(self) -> None:
        """A capitalised word no list knows that spells a person's surname another way
        ("Callas" after "Kaja Kalas", "Aliev" after "Ilham Aliyev"): the same person, when
        the spelling key (see :func:`spelling_key`) is that of one person's surname only."""
        variants: dict[str, list[Entity]] = {}
        for ent in self.actors.values():
            rec = ent.record
            words = rec.name.split() if isinstance(rec, Actor) else []
            if isinstance(rec, Actor) and rec.kind is ActorKind.PERSON and len(words) >= 2 \
                    and len(words[-1]) >= _MIN_VARIANT:
                variants.setdefault(spelling_key(words[-1]), []).append(ent)
        if not variants:
            return
        for i, tok in enumerate(self.tokens):
            if len(tok.text) < _MIN_VARIANT or not self._free_word(i):
                continue
            found = variants.get(spelling_key(tok.text), [])
            if len(found) != 1 or self.g.place(tok.text) is not None or \
                    self.g.polity(tok.text) is not None or self.g.actor(tok.text) is not None:
                continue
            self._add_mention(found[0], tok.start, tok.end)

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
            if not (tok.key in GIVEN_MALE or tok.key in GIVEN_FEMALE) or not capword(
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
            inside = [i for i in found if i > 0 and not SENTENCE_GAP.search(self._gap(i))
                      and not capword(toks[i - 1].text) and toks[i - 1].key not in TITLE_WORDS]
            if people or len(inside) < 2:
                continue
            person = self.rule_actor(toks[found[0]].text, ActorKind.PERSON, None, None,
                                     settled=True)  # a given name tells no country
            for i in found:
                self.actor(person, toks[i].start, toks[i].end)

    def lone_surname_pass(self) -> None:
        """A surname written alone ("the visit of Gavrilov"): a capitalised word no list
        knows, with a surname ending (``surname_suffix``), coming back at least twice
        mid-sentence and never after a capitalised word, is a person named by it."""
        toks = self.tokens
        lone: dict[str, list[int]] = {}
        for i, tok in enumerate(toks):
            if len(tok.text) < _MIN_LONE or not tok.key.endswith(SURNAME_SUFFIXES) or \
                    tok.text.isupper() or not self._free_word(i) or self._in_name(i) or \
                    i == 0 or SENTENCE_GAP.search(self._gap(i)) or capword(toks[i - 1].text):
                continue
            if i + 1 < len(toks) and capword(toks[i + 1].text) and self._sp(i + 1):
                continue  # part of a longer name
            if self.g.place(tok.text) is not None or self.g.polity(tok.text) is not None or \
                    self.g.actor(tok.text) is not None:
                continue
            lone.setdefault(tok.text, []).append(i)
        for word, found in lone.items():
            if len(found) < 2:
                continue
            person = self.rule_actor(word, ActorKind.PERSON, None, None)
            self._lone_surnames.add(person.id)
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
                    or SENTENCE_GAP.search(self._gap(i)) or capword(toks[i - 1].text)
                    or self.g.place(tok.text) is not None or self.g.polity(tok.text)):
                continue  # a capitalised word mid-sentence, no place, no polity
            name = f"{tok.text} {other.name.split()[-1]}"
            self.actor(self.rule_actor(name, ActorKind.PERSON, None, other.country),
                       tok.start, tok.end)

    def _in_name(self, i: int) -> bool:
        """Whether token i stands next to another capitalised word on its line (part of a
        longer name or a headline)."""
        toks = self.tokens
        before = i > 0 and self._sp(i) and capword(toks[i - 1].text)
        after = i + 1 < len(toks) and self._sp(i + 1) and capword(toks[i + 1].text)
        return before or after

    def link_surnames(self) -> None:
        """Fold a rule actor named by a surname alone into the full-name actor it shortens."""
        people = [e for e in self.actors.values() if isinstance(e.record, Actor)
                  and not e.record.in_gazetteer and e.record.kind is ActorKind.PERSON]
        full = {fold(e.record.name.split()[-1]): e for e in people if " " in e.record.name}
        for ent in people:
            target = full.get(fold(ent.record.name))
            if target is not None and target is not ent and " " not in ent.record.name:
                target.absorb(ent)
                del self.actors[ent.record.id]
