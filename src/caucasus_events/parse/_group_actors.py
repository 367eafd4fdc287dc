"""Group and collective actors: armed groups, collectives, a state's public bodies,
media outlets (by name, web address or quotation) and organisations by name shape."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from caucasus_events.ids import make_id, slugify
from caucasus_events.models import Actor, ActorKind, PlaceKind
from caucasus_events.parse._actor_builder import take_mentions
from caucasus_events.parse._actor_countries import CountryRules
from caucasus_events.parse._actor_words import (
    BARE_GROUPS,
    BODY_SITES,
    COUNT_WORDS,
    DEFINITE_GROUPS,
    DIGIT,
    DOTTED,
    FORCE_HEADS,
    GOV_HEADS,
    GROUP_MODIFIERS,
    HOME_BODIES,
    HOME_MODIFIERS,
    HOME_POSSESSORS,
    KIN_NOUNS,
    LIST_GAP,
    MEDIA_WORKERS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_JOINERS,
    ORGAN_GROUPS,
    OUTLET_TAIL,
    OWNER_WORDS,
    PRESS_GROUPS,
    QUOTED,
    REGION_ADJECTIVES,
    REPORTING,
    STATE_ORG_HEADS,
    SUBJECT_GROUPS,
    VERB_GAP,
    WEB_DOMAINS,
    capword,
    domain_case,
)
from caucasus_events.parse._scan import Hit, filter_spans, word_key
from caucasus_events.parse._triggers import TriggerTable

# Body nouns a definite description refers back with ("the ministry", "the embassy").
DEFINITE_HEADS = frozenset({"ministry", "embassy", "consulate", "court", "office",
                            "administration", "service", "agency", "committee", "commission",
                            "council", "directorate", "inspectorate", "prosecutor's"})
# How many body mentions back a definite description looks for its body.
_BODY_LOOK_BACK = 50
_PREPOSITIONS = frozenset({"of", "to", "in", "at", "on", "by", "for", "from", "with", "near",
                           "outside", "inside", "against", "about", "into", "toward"})
_PASSIVE_NEXT = re.compile(r"\s+(?:was|were|is|are|been|being|had\s+been|have\s+been)\b")
# Bodies a person leads, written with "his" or "her" ("her administration").
PERSONAL_BODIES = frozenset({"administration", "office", "government", "cabinet", "team",
                             "staff", "campaign", "party"})
# Quotation marks that may open a quotation right before its verb.
_OPENERS = frozenset("\"“„«'‘")
# Words of quantity before "of" and a people ("thousands of Armenians").
PEOPLE_QUANTITIES = frozenset({"group", "groups", "thousands", "hundreds", "dozens",
                               "millions", "crowds", "number", "tens", "scores"})
# Body nouns a place after "in" makes that place's own body ("a court in Tbilisi"); the
# police or the authorities in a town are the state's ("police in Yerevan").
LOCATED_HEADS = frozenset({"court", "prosecutor", "prosecutors", "municipality",
                           "governor", "mayor"})
# A finite verb: a past, a present in -s, or an auxiliary.
FINITE_VERB = re.compile(r"(?:[a-z]+(?:ed|s)|said|told|wrote|have|were|are|will|would|can|could"
                         r"|may|might|must|should)\b")
# The words of the press a demonym before them qualifies ("by Azerbaijani media").
PRESS_WORDS = frozenset({"media", "press", "outlets", "newspapers", "journalists", "sources",
                         "reports", "television", "tv", "channels", "bloggers", "users"})


def _agent_participles() -> frozenset[str]:
    return frozenset(TriggerTable.default().grammar_words["agent_participles"])

__all__ = ["GroupPasses"]


class GroupPasses(CountryRules):
    """The passes that find groups, public bodies, outlets and organisations."""

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

    def group_pass(self) -> None:
        """Unnamed collectives that take part in events: a plural noun for people
        ("protesters", "refugees", "MPs"), with the demonym, place or "pro-" word written
        before it ("Pro-EU protesters", "Karabakh refugees", "Russian MPs"), the body whose
        people they are ("special forces officers") or the place after it ("residents of
        Goris"); one group per name, of the country of its demonym or place, mentioned as
        written (with "the").  A noun written alone refers back to the group of that noun
        named last before it ("Karabakh Armenian defendants ... the defendants")."""
        toks = self.tokens
        outlets = {h.first for h in self.sc.hits("media_noun")}
        bodies = {h.stop: h for h in filter_spans(self.sc.hits("body_group"))}
        last: dict[str, Actor] = {}  # the group of each noun named last
        for h in filter_spans(self.sc.hits("group_noun")):
            if self._covered(h.start, h.end):
                continue
            noun = " ".join(word_key(w) for w in h.value.split())
            first = h.first
            country = None
            settled = True
            prev = toks[first - 1] if first > 0 and self._sp(first) else None
            home = self._home_owned(first)
            if home is not None:
                # "the country's ambassadors": the group of the state the text is about
                self._home_group(h, home)
                continue
            if prev is not None and (prev.key in OWNER_WORDS or self._possessive(first - 1)):
                continue  # "her supporters": someone's, not a collective of their own
            if noun in DEFINITE_GROUPS and (prev is None or prev.key != "the"):
                continue  # "opposition voices": bare, an abstract noun
            if noun in PRESS_GROUPS and h.stop in outlets and self._sp(h.stop):
                continue  # "Russian media outlet Sputnik": an outlet's description
            kind = ActorKind.GROUP
            pol = self._polity_before(first)
            body = self._body_polity(pol)
            if pol is not None and pol.label == "demonym":
                state = self._state_of(pol)
                country = state.country if state is not None else None
                first = self.sc.token_at(pol.start)
            elif pol is not None and body is not None:
                # "EU ministers", "NATO diplomats": the body's people, not the body (its
                # organ when they act together: "EU ministers decided")
                take_mentions(self.actors, [body.id], pol.start, pol.end)
                country, first = body.country, self.sc.token_at(pol.start)
                if h.value in ORGAN_GROUPS:
                    kind = ActorKind.ORGANIZATION
            elif prev is not None and prev.key in HOME_MODIFIERS and noun in PRESS_GROUPS:
                # "local media": the press of the country the document is about
                about = self._home_of_bodies()
                country, settled, first = about, about is not None, first - 1
            elif prev is not None and prev.key in REGION_ADJECTIVES and capword(prev.text):
                first -= 1  # "European leaders": a group of a region, of no one country
            elif prev is not None and prev.key in GROUP_MODIFIERS and prev.text.islower() and (
                    first < 2 or self._gap(first - 1) not in ("-", "‑")) and (
                    self._alone(h, noun, first)):
                # "opposition protesters": a group made anyway keeps its modifier in its name
                first -= 1
            elif first in bodies and self.text[bodies[first].start:h.start].islower() and (
                    self._polity_before(bodies[first].first) is None) and (
                    prev is None or prev.key not in GROUP_MODIFIERS):
                # "special forces officers", "embassy employees": a body's people (a
                # state's body is its own: "Iranian law enforcement officials")
                first, settled = bodies[first].first, False
            elif prev is not None and capword(prev.text):
                where = self.g.place(prev.text)
                if where is not None and where.kind is not PlaceKind.COUNTRY:
                    country, first = where.country, first - 1  # "Karabakh refugees"
                elif first >= 2 and toks[first - 2].key == "pro" and self._gap(first - 1) in (
                        "-", "‑"):
                    first -= 2  # "Pro-EU protesters"
            end = h.end
            of_state = self._of_state(h.stop) if first == h.first else None
            placed = self._of_place(h.stop) if first == h.first and noun not in (
                BARE_GROUPS) else None
            if of_state is not None and self._acts(self.tokens[of_state[0] - 1].end):
                # "the leaders of Georgia met": the group of that state
                end, country = self.tokens[of_state[0] - 1].end, of_state[1]
            elif placed is not None:
                end, country = placed  # "residents of Goris", "leaders from Artsakh"
            elif first == h.first and noun in PRESS_GROUPS:
                continue  # "the media": whose, the text does not say
            elif first == h.first and not self._alone(h, noun, first) and (
                    self._counted(first) is None):
                continue  # "officials", "experts": too vague alone
            start = toks[first].start
            name = " ".join(self.text[start:end].split())
            name = name[:1].lower() + name[1:] if not capword(toks[first].text) or (
                first == h.first) else name
            counted = self._counted(first) if first == h.first else None
            if counted is not None:
                start = toks[counted].start  # "two employees": mentioned with the count
            elif first > 0 and toks[first - 1].key == "the" and self._sp(first):
                start = toks[first - 1].start
            self._claim(start, end)
            if first == h.first and end == h.end and noun in last:
                record = last[noun]  # "the defendants": the defendants named before
            else:
                record = self.rule_actor(name, kind, None, country, settled=settled)
            last[noun] = record
            self.actor(record, start, end)

    def _home_owned(self, first: int) -> int | None:
        """Where "the country's" (a `home_possessor` noun with "the" and a possessive)
        begins right before token ``first``, or None."""
        toks = self.tokens
        k = first - 3
        if k < 0 or not self._possessive(first - 1) or toks[k + 1].key not in (
                HOME_POSSESSORS) or toks[k].key != "the" or not (
                self._sp(k + 1) and self._sp(first)):
            return None
        return k

    def _home_group(self, h: Hit, k: int) -> None:
        """The group of noun hit ``h`` owned by "the country's" at token ``k``: of the
        state the document is about, named "<noun> of <state>"; none when that is
        unclear."""
        home = self._home_of_bodies()
        state = self.g.actor(f"state:{home}") if home else None
        if state is None or state.kind is not ActorKind.STATE:
            return
        name = f"{' '.join(self.text[h.start:h.end].split())} of {state.name}"
        self.actor(self.rule_actor(name, ActorKind.GROUP, None, state.country, settled=True),
                   self.tokens[k].start, h.end)

    def _counted(self, first: int) -> int | None:
        """The token where a count before the noun phrase opening at token ``first``
        begins ("two employees", "38 people", "hundreds of journalists"), or None."""
        toks = self.tokens
        j = first - 1
        if j >= 1 and toks[j].key == "of" and self._sp(first) and self._sp(j):
            j -= 1  # "hundreds of journalists"
        if j < 0 or (j != first - 1 and toks[j].key not in PEOPLE_QUANTITIES):
            return None
        if self._sp(j + 1) and (toks[j].key in COUNT_WORDS or (
                j == first - 1 and toks[j].text.isdigit())):
            return j
        return None

    def _alone(self, h: Hit, noun: str, first: int) -> bool:
        """Whether the group noun of ``h`` (folded: ``noun``) opening at token ``first``
        names a group with no word that says whose: a noun that always does
        ("protesters", "the defendants"), one that does with "the" ("the opposition"),
        one that acts ("activists held a rally") or the "by" agent of a passive."""
        if noun in BARE_GROUPS or (noun in SUBJECT_GROUPS and self._acts(h.end)):
            return True
        if noun in DEFINITE_GROUPS and first > 0 and self.tokens[first - 1].key == "the":
            return True
        return self._agent(first)

    def _of_place(self, k: int) -> tuple[int, str | None] | None:
        """After a group noun ending before token ``k``: "of" or "from" and a place that is
        no country ("residents of Goris", "leaders from Artsakh"), as (the end of
        the place's name, its country; none for a de facto state's), or None."""
        toks = self.tokens
        if k + 1 >= len(toks) or toks[k].key not in ("of", "from") or not (
                self._sp(k) and self._sp(k + 1)):
            return None
        stop = self._name_stop(k + 1)
        while stop is not None and stop > k + 1:
            written = self.text[toks[k + 1].start:toks[stop - 1].end]
            where = self.g.place(written)
            if where is not None:
                if where.kind is PlaceKind.COUNTRY:
                    return None
                return toks[stop - 1].end, None if self._de_facto(written) else where.country
            stop -= 1
        return None

    def _of_state(self, k: int) -> tuple[int, str] | None:
        """After a group noun ending before token ``k``: "of" and a state's name ("the
        leaders of Georgia", "citizens of Armenia"), as (the token after the name, the
        state's country), or None."""
        toks = self.tokens
        if k + 1 >= len(toks) or toks[k].key != "of" or not (self._sp(k) and self._sp(k + 1)):
            return None
        pol = self.polity_start.get(k + 1)
        state = self._state_of(pol) if pol is not None and pol.label != "demonym" else None
        if pol is None or state is None or state.country is None:
            return None
        return pol.stop, state.country

    def people_pass(self) -> None:
        """A nation's people written as a plural demonym with "ethnic", a number or a
        quantity before it ("homes of ethnic Azerbaijanis", "Thousands of Armenians fled")
        or that acts ("Azerbaijanis blocked the road"): a group of that country, named by
        the demonym (with "ethnic"), mentioned with the quantity before it."""
        toks = self.tokens
        for k, tok in enumerate(toks):
            if not (tok.text.endswith("s") and capword(tok.text) and len(tok.text) > 4) or \
                    self._covered(tok.start, tok.end):
                continue
            polity = self.g.polity(tok.text[:-1])
            state = self.g.actor(polity) if polity and polity.startswith("state:") else None
            if state is None or self.g.polity(tok.text) is not None:
                continue
            first = k
            if k >= 1 and toks[k - 1].key == "ethnic" and self._sp(k):
                first = k - 1
            core = first
            if first >= 1 and self._sp(first) and DIGIT.search(toks[first - 1].text):
                first -= 1  # "100,000 ethnic Armenians"
                while first >= 1 and self._gap(first) == "," and DIGIT.search(
                        toks[first - 1].text):
                    first -= 1
            elif first >= 2 and toks[first - 1].key == "of" and self._sp(first) and \
                    toks[first - 2].key in PEOPLE_QUANTITIES and self._sp(first - 1):
                first -= 2  # "thousands of Armenians", "a group of Azerbaijanis"
                if first >= 1 and toks[first - 1].key in ("a", "an") and self._sp(first):
                    first -= 1
            if first == k and not self._acts(tok.end):
                continue  # "Armenians" alone may be the state's side; "ethnic Armenians" not
            name = " ".join(self.text[toks[core].start:tok.end].split())
            start = toks[first].start
            self._claim(start, tok.end)
            self.actor(self.rule_actor(name[:1].lower() + name[1:] if core < k else name,
                                       ActorKind.GROUP, None, state.country, settled=True),
                       start, tok.end)

    def _body_polity(self, pol: Hit | None) -> Actor | None:
        """The organisation or alliance a polity hit names, or None (also after "pro-":
        "pro-EU protesters" are for the body, not its people)."""
        if pol is None or pol.label != "actor":
            return None
        k = self.sc.token_at(pol.start)
        if k >= 1 and self.tokens[k - 1].key == "pro" and self._gap(k) in ("-", "‑"):
            return None
        body = self.g.actor(pol.value)
        return body if body is not None and body.kind in (
            ActorKind.ALLIANCE, ActorKind.ORGANIZATION) else None

    def _agent(self, first: int) -> bool:
        """Whether the noun phrase opening at token ``first`` is the "by" agent of a
        passive ("captured by soldiers", "are accused by human rights organizations"):
        whoever a passive says acts is an actor, however vaguely named."""
        toks = self.tokens
        j = first - 1
        if j >= 1 and toks[j].key == "the" and self._sp(j + 1):
            j -= 1
        return j >= 1 and toks[j].key == "by" and self._sp(j + 1) and \
            toks[j - 1].key.endswith(("ed", "en", "wn", "ght"))

    def _acts(self, end: int, *, quoted: bool = False) -> bool:
        """An event trigger's verb follows the noun ending at ``end`` (the noun is its
        subject): "activists held a rally", "residents have blocked the road" (with
        ``quoted``, also after an opening quotation mark: his wife "went")."""
        at = self._verb_at(end, quoted)
        if at is None:
            return False
        hits = TriggerTable.default().find(self.text, at, at + 40)
        return bool(hits) and hits[0].start == at and not hits[0].nominal

    def _verb_at(self, end: int, quoted: bool) -> int | None:
        """Where the verb of a subject ending at ``end`` would stand, past the adverbs and
        auxiliaries between (and an opening quotation mark when ``quoted``)."""
        gap = VERB_GAP.match(self.text, end)
        if gap is None:
            return None
        at = gap.end()
        return at + 1 if quoted and self.text[at:at + 1] in _OPENERS else at

    def agent_polity_pass(self) -> None:
        """A demonym stands for its state where the grammar makes the state an agent:
        before a participle of agency ("a Russian-brokered agreement", event pattern
        list ``agent_participles``) or as the "by" agent of a passive ("shot down by a
        Russian missile"); not before a word for the press ("by Azerbaijani media")."""
        toks = self.tokens
        agency = _agent_participles()
        for h in filter_spans(self.sc.hits("demonym")):
            if self._covered(h.start, h.end):
                continue
            k = h.stop
            if k < len(toks) and self._gap(k) in ("-", "‑") and toks[k].key in agency:
                pass  # "Moscow-brokered", "Russian-backed"
            else:
                j = h.first - 1
                if j >= 1 and toks[j].key in ("a", "an", "the") and self._sp(j + 1):
                    j -= 1
                nxt = toks[k].key if k < len(toks) and self._sp(k) else None
                if j < 0 or toks[j].key != "by" or not self._sp(j + 1) or nxt is None or (
                        nxt in PRESS_WORDS or nxt in MEDIA_WORKERS):
                    continue
            state = self._state_of(h)
            if state is not None:
                self.actor(state, h.start, h.end)

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
            if h.value not in HOME_BODIES or self._covered(h.start, h.end):
                continue
            prev = toks[h.first - 1] if h.first > 0 else None
            if prev is not None and self._sp(h.first) and (
                    prev.key in OWNER_WORDS or (capword(prev.text) and prev.key != "the")
                    or self._possessive(h.first - 1)):
                continue  # "his government", "Adjara government", "Baku's police"
            local = prev is not None and self._sp(h.first) and prev.key in HOME_MODIFIERS
            if prev is not None and self._sp(h.first) and prev.text.islower() and not (
                    prev.key in NOT_NAMES or prev.key in REPORTING or prev.key.endswith("ed")
                    or local):
                continue  # "aviation authorities", "the central government": another body
            nxt = toks[h.stop] if h.stop < len(toks) and self._sp(h.stop) else None
            if nxt is not None and nxt.key in BODY_SITES:
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
            if prev is not None and (prev.key == "the" or local) and self._sp(h.first):
                start = prev.start  # "the parliament", "local police": how the text names it
            if body is None and not known:
                body = self._home_body(h.value, start, h.end)
            if body is not None:
                self.actor(body, start, end)

    def definite_body_pass(self) -> None:
        """A definite body noun as a verb's subject ("the ministry added", "the Azerbaijani
        ministry alleged", "the embassy said") refers back to the nearest public body
        named before it whose name has that head (of the demonym's country, when one is
        written): a definite description names what the reader already knows."""
        toks = self.tokens
        index: list[tuple[int, int, Actor]] | None = None
        for k, tok in enumerate(toks):
            if tok.key not in DEFINITE_HEADS or not tok.text.islower() or k == 0 or \
                    self._covered(tok.start, tok.end):
                continue
            first = k - 1
            country = None
            pol = self._polity_before(k)
            if pol is not None and pol.label == "demonym":
                state = self._state_of(pol)
                if state is None:
                    continue
                country, first = state.country, self.sc.token_at(pol.start) - 1
            if first < 0 or toks[first].key != "the" or not self._sp(first + 1) or \
                    (k + 1 < len(toks) and toks[k + 1].key == "of") or \
                    (first > 0 and toks[first - 1].key in _PREPOSITIONS) or \
                    not self._acts_any(tok.end):
                continue  # "guards of the embassy were": not the subject
            if index is None:
                index = self._body_mentions()
            found = self._body_before(index, tok.key, country, toks[first].start)
            if found is not None:
                self.actor(found, toks[first].start, tok.end)

    def _acts_any(self, end: int) -> bool:
        """A verb follows the noun ending at ``end``: "the ministry added", "the court has
        ruled"."""
        at = self._verb_at(end, False)
        return at is not None and bool(FINITE_VERB.match(self.text, at))

    def _body_mentions(self) -> list[tuple[int, int, Actor]]:
        """Every mention of a public body as (start, end, record), by start."""
        return sorted(((s, e, ent.record) for ent in self.actors.values()
                       if isinstance(ent.record, Actor)
                       and ent.record.kind is ActorKind.GOVERNMENT_BODY
                       for s, e in ent.mentions), key=lambda m: (m[0], m[1], m[2].id))

    def _body_before(self, index: list[tuple[int, int, Actor]], head: str,
                     country: str | None, pos: int) -> Actor | None:
        """The body of the nearest mention before ``pos`` whose name has ``head`` (and is
        of ``country``); a bounded look back."""
        i = bisect.bisect_left(index, (pos, -1)) - 1
        floor = max(0, i - _BODY_LOOK_BACK)
        while i >= floor:
            rec = index[i][2]
            if (country is None or rec.country == country) and \
                    head in {word_key(w) for w in rec.name.split()}:
                return rec
            i -= 1
        return None

    def owned_body_pass(self) -> None:
        """A person's body or relative as a verb's subject ("Her administration said",
        "his office announced", "his Azeri wife went"): the body the person last named
        before it leads, of their country, or that person's relative (`kin_noun`), of the
        demonym written with it."""
        toks = self.tokens
        people: list[tuple[int, Actor]] | None = None
        for k, tok in enumerate(toks):
            kin = tok.key in KIN_NOUNS
            if not (kin or tok.key in PERSONAL_BODIES) or k == 0 or \
                    self._covered(tok.start, tok.end):
                continue
            j, state = k - 1, None
            pol = self._polity_before(k) if kin else None
            if pol is not None and pol.label == "demonym":
                state = self._state_of(pol)
                j = self.sc.token_at(pol.start) - 1  # "his Azeri wife"
            if j < 0 or toks[j].key not in ("his", "her") or not self._sp(j + 1) or not (
                    self._acts(tok.end, quoted=True) if kin else self._acts_any(tok.end)):
                continue
            if people is None:
                people = sorted(((s, ent.record) for ent in self.actors.values()
                                 if isinstance(ent.record, Actor)
                                 and ent.record.kind is ActorKind.PERSON
                                 for s, _ in ent.mentions), key=lambda m: (m[0], m[1].id))
            i = bisect.bisect_left(people, (toks[j].start,)) - 1
            if i < 0:
                continue
            person = people[i][1]
            if kin:
                record = self.rule_actor(f"{person.name}'s {tok.key}", ActorKind.PERSON,
                                         None, state.country if state else None,
                                         settled=True)  # no guess: a relative's is unknown
            else:
                record = self.rule_actor(f"{tok.key[:1].upper()}{tok.key[1:]} of {person.name}",
                                         ActorKind.GOVERNMENT_BODY, None, person.country,
                                         settled=True)
            self.actor(record, toks[j].start, tok.end)

    def its_body_pass(self) -> None:
        """"its forces", "its embassy": the body of the state the "its" refers to, the
        state (or a public body's state) named last before it in its paragraph."""
        toks = self.tokens
        owners: list[tuple[int, str]] | None = None
        for h in filter_spans(self.sc.hits("body_group")):
            k = h.first
            if k == 0 or toks[k - 1].key != "its" or not self._sp(k) or \
                    self._covered(h.start, h.end) or not self._acts_any(h.end) or \
                    _PASSIVE_NEXT.match(self.text, h.end):
                continue  # only as the subject of an active verb: "its forces repelled"
            if owners is None:
                owners = sorted((s, ent.record.country) for ent in self.actors.values()
                                if isinstance(ent.record, Actor) and ent.record.country
                                and ent.record.kind in (ActorKind.STATE,
                                                        ActorKind.GOVERNMENT_BODY)
                                for s, _ in ent.mentions)
            i = bisect.bisect_left(owners, (toks[k - 1].start, "")) - 1
            if i < 0 or "\n\n" in self.text[owners[i][0]:toks[k - 1].start]:
                continue
            state = self.g.actor(f"state:{owners[i][1]}")
            if state is None or state.kind is not ActorKind.STATE:
                continue
            name = f"{h.value[:1].upper()}{h.value[1:]} of {state.name}"
            self.actor(self._state_body(state, h.value, toks[k - 1].start, h.end, name=name),
                       toks[k - 1].start, h.end)

    def located_body_pass(self) -> None:
        """A court, prosecutor or mayor placed in a town or region ("a court in Tbilisi")
        is that place's body: a public body of the place's country, named and mentioned as
        written."""
        toks = self.tokens
        n = len(toks)
        for k, tok in enumerate(toks):
            if tok.key not in LOCATED_HEADS or not tok.text.islower() or k + 2 >= n or \
                    toks[k + 1].key != "in" or not (self._sp(k + 1) and self._sp(k + 2)) or \
                    self._covered(tok.start, tok.end):
                continue
            stop = self._name_stop(k + 2)
            if stop is None:
                continue
            where = self.g.place(self.text[toks[k + 2].start:toks[stop - 1].end])
            if where is None or where.kind is PlaceKind.COUNTRY or not where.country:
                continue
            start = tok.start
            if k > 0 and toks[k - 1].key in ("a", "an", "the") and self._sp(k):
                start = toks[k - 1].start
            end = toks[stop - 1].end
            name = f"{tok.text} in {where.name}"
            self._claim(start, end)
            self.actor(self.rule_actor(name, ActorKind.GOVERNMENT_BODY, None, where.country,
                                       settled=True), start, end)

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
            # "the Tbilisi Life Telegram channel": the platform in the outlet noun is the
            # outlet's medium, no actor of its own there
            take_mentions(self.actors, [aid for aid, ent in self.actors.items()
                                        if isinstance(ent.record, Actor)
                                        and ent.record.kind is ActorKind.COMPANY],
                          h.start, h.end)
            known = self.g.actor(name)
            self.actor(known if known is not None else self.rule_actor(
                name, ActorKind.MEDIA, None, country, settled=settled), start, end)

    def domain_pass(self) -> None:
        """A word written as a web address ("Qazet.az reports", "www.bbc.com") names a news
        outlet: the gazetteer's outlet of that domain, else one named as written, of the
        country of a country-code domain."""
        toks = self.tokens
        n = len(toks)
        # Only words with a dot and a letter right after them can start an address.
        starts = sorted({self.sc.token_at(m.start()) for m in DOTTED.finditer(self.text)})
        floor = 0
        for i in starts:
            if i < floor or i >= n - 1:
                continue
            j = i
            while (j + 1 < n and self._gap(j + 1) == "." and toks[j + 1].key in WEB_DOMAINS
                   and domain_case(toks[j + 1].text, toks[i].text)):
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
                code = WEB_DOMAINS.get(toks[j].key, "")
                country = code if code.isupper() else None  # generic: the word itself
                actor = self.rule_actor(name, ActorKind.MEDIA, None, country)
            self.actor(actor, start, end)

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
        for m in QUOTED.finditer(self.text):
            if run and not LIST_GAP.fullmatch(self.text, run[-1].end(), m.start()):
                self._quoted_list(run)
                run = []
            run.append(m)
            after = OUTLET_TAIL.match(self.text, m.end())
            if after is None:
                continue
            i = self.sc.token_at(m.end())
            while i < len(self.tokens) and self.tokens[i].start <= after.end():
                tok = self.tokens[i]
                if tok.start in media_at or tok.key in MEDIA_WORKERS:
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

    def org_pass(self) -> None:
        """Public bodies and organisations named by capitalised words around a head noun:
        "Tbilisi City Court", "the Ministry of Internal Affairs of Georgia", "Carnegie
        Endowment for International Peace"."""
        toks = self.tokens
        n = len(toks)
        last = -1
        for h in range(n):
            tok = toks[h]
            if h <= last or tok.key not in ORG_HEADS or not capword(tok.text):
                continue
            lo = h
            while lo > 0 and self._sp(lo) and capword(toks[lo - 1].text) and toks[
                    lo - 1].key not in NOT_NAMES:
                lo -= 1
            hi = h + 1
            while hi < n and self._sp(hi):
                j = hi
                while j < n and toks[j].key in ORG_JOINERS and toks[j].text.islower() and (
                        self._sp(j + 1)) and (j > hi or hi > h + 1 or toks[j].key in (
                            "of", "for")):
                    j += 1  # "Court of ...", "Endowment for ...", then "... and ..."
                if ((j == hi and hi == h + 1) or j >= n or not capword(toks[j].text)
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
                kind = (ActorKind.GOVERNMENT_BODY if tok.key in GOV_HEADS or (
                    country is not None and tok.key in STATE_ORG_HEADS)
                        else ActorKind.ORGANIZATION)
                if stateless and tok.key in FORCE_HEADS:
                    kind = ActorKind.ARMED_GROUP  # "Artsakh Defense Army": no state's army
                known = self.rule_actor(name, kind, None, country, settled=settled)
            self.actor(known, start, end)
