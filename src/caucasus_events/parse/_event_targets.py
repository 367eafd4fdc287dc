"""Whom it was done to: the event extractor's grammar for a happening's targets and
participants (the object group after the trigger, recipients, the sides of a fight).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from caucasus_events.models import ActorKind, EventType
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _ADJUNCT_BOUNDARY,
    _CONJUNCTION,
    _COORDINATION,
    _FROM,
    _HOSTILE,
    _MAX_TARGETS,
    _OWNER_POSSESSIVE,
    _PARTICIPANTS,
    _PHRASE_BREAK,
    _SENTENCE_STOP,
    _TOLD_REACH,
    _W,
)
from caucasus_events.parse._event_page import _Mention
from caucasus_events.parse._event_reference import _References
from caucasus_events.parse._triggers import TriggerHit
from caucasus_events.parse.gazetteer import Gazetteer

_ENDS_LOCATIVE = re.compile(r"\s" + _W("locative_prepositions") + "$", re.I)
_WITH = re.compile(r"\b(?:with|against)\s+(?:the\s+)?$", re.I)
# An actor naming the medium or occasion of a speech act, not whom it addresses: "said in
# a Twitter post", "told a NATO press conference".
_SPEECH_MEDIUM = re.compile(r"\b(?:in|at|during|via|on)\s+(?:a|an|the|his|her|its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
# A platform a speech act is posted on: "wrote on Twitter", "said via Telegram".
_ON_PLATFORM = re.compile(r"\b(?:via|on)\s+$", re.I)
# A co-ordinated clause with a subject pronoun of its own: "returned to politics and in two
# years it ended with ...".
_NEW_SUBJECT = re.compile(r"\b(?:and|but)\b[^.;:!?]{0,40}?\b(?:it|they|he|she|we)\s+"
                          r"(?!(?:to|and|or|of|in|on|at|with|for|from|by)\b)[a-z]+", re.I)
# What a protest is against, a definite hostile happening: "indignation at the harsh
# sentence", "rallied against the arrests".
_GRIEVANCE = re.compile(r"\b" + _W("grievance_prepositions") + r"\s+(?:the|this|that|these"
                        r"|those|such)\s+(?:[\w-]+\s+)?$", re.I)
_COMPOUND_DASHES = frozenset({"-", "–", "‑"})
# A possessive pronoun right before a mention: "his government", "their forces".
_OWN_POSSESSED = re.compile(r"\b(?:his|her|its|their|our|my)\s+$", re.I)
_OWN_POSSESSOR = re.compile(r"(?:his|her|its|their|our|my)\s", re.I)
# A role of a state's official: whose own government his words do not accuse.
_OFFICIAL_ROLE = re.compile(r"\b(?:president|prime\s+minister|premier|minister|spokes\w*"
                            r"|ambassador|chancellor|secretary|government)\b", re.I)
_SOURCE_BEFORE = re.compile(r"\b" + _W("source_prepositions") + r"\s+(?:the\s+)?"
                            r"(?:[a-z][\w-]*\s+)?$", re.I)
_FINITE_VERB = re.compile(r"\b" + _W("finite_verb_words") + r"\b", re.I)
# How far before a content cue its owner may stand ("Russia's continued threats").
_CUE_REACH = 30
# A preposition placing a happening beside a body, not acting on it.
_BESIDE = re.compile(r"\b" + _W("beside_prepositions") + r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
                     re.I)
# A possessor and the lower-case words before the actor it qualifies: "'s archrival ".
_POSSESSOR_OF_HEAD = re.compile(
    r"['’]s\s+(?:(?!(?:to|of|and|or|with|for|in|on|at|by|from|the|a|an|that|which|who)\b)"
    r"[a-z][\w-]*\s+){1,3}")
# Between a verb and its object: "called on Russia", "urged the EU".
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
# "to" before whom something is given or sent: "to Baku", "to the Armenian army".
_TO_RECIPIENT = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# "on" right after a trigger: what it acts on ("sanctions on Russia"), not where.
_ACTED_ON = re.compile(r"\s+on\s+(?:the\s+)?", re.I)
# A comma and the determiner of the subject of the next clause: ", the United States".
_NEXT_SUBJECT = re.compile(r",\s*(?:the\s+)?", re.I)
# A diplomatic mission and the place it is in: "embassy in ", "consulate in the ".
_MISSION_IN = re.compile(r"\b" + _W("mission_nouns") + r"\s+(?:in|to)\s+(?:the\s+)?", re.I)
# A polity's combatants struck by a violent act: "claiming the life of another Armenian
# soldier", "repel Azerbaijani military units", "fired on Georgian positions".
_COMBATANTS = re.compile(r"\b(?P<d>[A-Z][\w.-]+?)(?:['’]s)?\s+(?:(?:[a-z][\w-]*)\s+)?"
                         + _W("combatant_nouns") + r"\b")
# What may stand between a verb and its direct object: "repelled two Azerbaijani units".
_DIRECT_OBJECT = re.compile(r"\s+(?:(?:on|at|against|upon)\s+)?(?:(?:the|a|an|another|its"
                            r"|their|\d+|two|three|four|five|several|some|many|dozens\s+of)"
                            r"\s+)?")
# Combatants struck where they are, right after a violent verb: "opened fire on positions
# in the Kalbajar district", "shelled posts near Sotk".
_POSITIONS_IN = re.compile(r"\s+(?:(?:on|at|against|upon)\s+)?(?:the\s+|its\s+|their\s+)?"
                           r"(?:[a-z][\w-]*\s+)?" + _W("combatant_nouns")
                           + r"\s+(?:in|near|around|at|along|outside)\s+(?:the\s+)?"
                           r"(?:(?:village|city|town|district|region|area)\s+of\s+)?")
# A polity's places or people struck, named by its demonym: "shelled the Armenian village of
# Sotk", "attacks on Georgian territory", "fired at Azerbaijani civilians".
_DEMONYM_PLACE = re.compile(r"\b(?P<d>[A-Z][\w.-]+)\s+(?:[a-z][\w-]*\s+)?"
                            + _W("struck_place_nouns") + r"\b")
# A verb of giving right before its indirect object: "have given (Tehran assurances)".
_GIVEN_TO = re.compile(r"\b" + _W("giving_verbs") + r"\s+(?:\w+ly\s+)?$", re.I)
# A comma or stop before an outlet named after a verb: the outlet signs the report ("...,
# to kill civilians, ABC.az"), it is not struck by the act.
_SIGNED = re.compile(r"[,.;!?]")
# An outlet named as premises: "went to the Sputnik offices", "the offices of Meydan TV";
# the outlet is where a happening goes, and whom it concerns.
_PREMISES_AFTER = re.compile(r"\s+" + _W("premises_nouns") + r"\b", re.I)
_AT_PREMISES = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.I)
_PREMISES_BEFORE = re.compile(r"\b" + _W("premises_nouns") + r"\s+of\s+(?:the\s+)?"
                              r"(?:[\w’'-]+\s+){0,4}$", re.I)
# The words that make an outlet after a verb its source, not its object ("according to
# Reuters", "as reported by APA", "told AFP").
_REPORTED = re.compile(r"\b" + _W("source_leads") + r"\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# A relative pronoun opening a clause of its own inside an object ("the proposals which he
# presented to Bayramov"): what stands past it is that clause's, not the verb's.
_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])" + _W("relative_pronouns") + r"(?![\w-])")


@functools.lru_cache(maxsize=8)
@functools.lru_cache(maxsize=512)
def _state_country(word: str) -> str | None:
    """The country of the state a demonym or state name stands for ("Armenian": ARM), or
    None when it names no state."""
    gazetteer = Gazetteer.default()
    polity = gazetteer.polity(word)
    if polity is None:
        return None
    actor = next((a for a in gazetteer.actors if a.id == polity), None)
    return actor.country if actor is not None and actor.kind is ActorKind.STATE else None


class _Targets(_References):
    """Finds whom a happening was done to, and its participants."""

    def _after_with(self, after: list[_Mention], actor: str) -> bool:
        """Whether an actor of ``after`` is named right after "with" ("met with Dedov")."""
        return any(m.actor.id == actor and _WITH.search(self.text, max(0, m.start - 12),
                                                         m.start) for m in after)

    def _with_countries(self, after: list[_Mention], start: int, end: int,
                        goers: Sequence[str] | None = None) -> list[_Mention]:
        """``after`` with the countries named as places in ``text[start:end]`` as their
        states ("demanded an apology from Russia", "a visit to Kazakhstan"); with
        ``goers`` (who acts), a capital named after "to" too, as its state's metonym,
        unless it is their own ("sent fighters to Baku", "flew to Moscow"; not "returned
        to Yerevan", nor "a meeting in the Turkish capital of Ankara")."""
        i = bisect.bisect_left(self.place_starts, start)
        extra = []
        own = {self.countries.get(a) for a in goers or ()}
        while i < len(self.places) and self.places[i][0] < end:
            p_start, p_end, place = self.places[i]
            state = self.country_states.get(place.id)
            if state is None and place.id in self.region_ids:
                state = self.named_states.get(self.text[p_start:p_end].lower())
            if state is None and goers is not None and place.country not in own and \
                    _TO_RECIPIENT.search(self.text, max(start, p_start - 12), p_start):
                state = self.capital_states.get(place.id)
            if state is not None and p_end <= end and not any(
                    m.start < p_end and p_start < m.end for m in after):
                extra.append(_Mention(p_start, p_end, state))
            i += 1
        return sorted([*after, *extra], key=lambda m: m.start) if extra else after

    def _before_adjunct(self, after: list[_Mention], floor: int) -> list[_Mention]:
        """``after`` up to a preposition opening an adjunct of cause, concession or time:
        no object lies past it ("opened its embassy in Israel despite warnings from
        Iran", "was closed after a group of farmers blocked it")."""
        boundary = _ADJUNCT_BOUNDARY.search(self.text, floor, after[-1].start) \
            if after else None
        return after if boundary is None else [m for m in after
                                               if m.start < boundary.start()]

    def _object(self, after: list[_Mention], initiators: list[str], floor: int,
                hostile: bool = False) -> list[str]:
        """The actors a verb acts upon: those after it, except a place named as where
        it happened ("crashed in western Kazakhstan") and an outlet, unless the act is
        hostile (``hostile``) and the outlet is what it strikes ("police raided the offices
        of Meydan TV", "blocked the news outlet Sputnik")."""
        # the locative preposition may close the trigger itself ("arrived in Georgia")
        if _ENDS_LOCATIVE.search(self.text, max(0, floor - 8), floor):
            floor -= 4
        after = self._before_adjunct(after, floor)
        comma = self.text.find(",", floor, after[0].start) if after else -1
        if comma >= 0 and _NEXT_SUBJECT.fullmatch(self.text, comma, after[0].start):
            # "Speaking after the council meeting, Kallas condemned": a comma closes the
            # phrase before it names anyone, and the actor right after it is the subject
            # of the next clause, no object
            return []
        pool = [m for m in self._heads(after) if m.actor.id not in initiators
                and (m.actor.kind is not ActorKind.MEDIA or self._premises(m, floor) or (
                    hostile and not _REPORTED.search(self.text, max(floor, m.start - 20),
                                                     m.start)
                    and _SIGNED.search(self.text, floor, m.start) is None))
                and not (m.actor.kind is ActorKind.STATE
                         and _clauses.locative(self.text, m.start, floor)
                         # "sanctions on Russia", "attacks on Armenia": what the act is on
                         and not _ACTED_ON.fullmatch(self.text, floor, m.start))
                # "protesters outside the Parliament": where, not whom
                and not _BESIDE.search(self.text, max(floor, m.start - 40), m.start)]
        if not pool:
            return []
        group = self._listed(pool, 0)
        return list(dict.fromkeys(m.actor.id for m in group))[:_MAX_TARGETS]

    def _listed(self, mentions: list[_Mention], k: int) -> list[_Mention]:
        """``mentions[k]`` and the mentions co-ordinated with it after it ("Russia, Iran
        and Belarus").  A list closes at its conjunction: a bare comma after "and" ends it
        ("between protesters and police in Yerevan, Natalia Nozadze, ... said": the
        comma closes the phrase, and the next name is no member)."""
        group = [mentions[k]]
        closed = False
        for nxt in mentions[k + 1:]:
            if self.text[group[-1].end:nxt.start] in _COMPOUND_DASHES:
                # "the Azerbaijan-Morocco commission": a compound of the parties
                group.append(nxt)
                continue
            gap = _COORDINATION.match(self.text, group[-1].end, nxt.start)
            if gap is None or gap.end() != nxt.start:
                break
            joined = _CONJUNCTION.search(self.text, group[-1].end, nxt.start) is not None
            if closed and not joined:
                break
            closed = closed or joined
            group.append(nxt)
        return group

    def _grievance(self, hit: TriggerHit, end: int, initiators: list[str]) -> list[str]:
        """Who did the definite hostile happening a protest is against ("indignation at
        the harsh sentence", "rallied against the arrests"): its "by" agent, else the
        actor of the last such happening told before; [] when none or the protesters'."""
        for h in self.table.find(self.text, hit.end, min(end, hit.end + 120)):
            if h.trigger.event_type not in _HOSTILE:
                continue
            # (the determiner makes a verb form a noun: "at the harsh sentence")
            if not _GRIEVANCE.search(self.text, max(hit.end, h.start - 40), h.start):
                return []
            by = [m for m in self._mentions_in(h.end, end)
                  if _clauses.by_agent(self.text, m.start, h.end)
                  and not _PHRASE_BREAK.search(self.text, h.end, m.start)]
            doers = [by[0].actor.id] if by else self._told_by(h.trigger.event_type,
                                                               hit.start)
            return [a for a in doers if a not in initiators][:_MAX_TARGETS]
        return []

    def _before_finite(self, after: list[_Mention], start: int) -> list[_Mention]:
        """``after`` up to the first finite verb after ``start``: an object stands in the
        verb's or noun's own phrase ("elections the opposition says were rigged with
        Moscow's help": no object of the elections)."""
        if not after:
            return after
        stops = [m.start() for m in (_FINITE_VERB.search(self.text, start, after[-1].start),
                                     _NEW_SUBJECT.search(self.text, start, after[-1].start))
                 if m is not None]
        return after if not stops else [m for m in after if m.start < min(stops)]

    def _premises(self, m: _Mention, floor: int) -> bool:
        """Whether an outlet is named as its premises ("went to the Sputnik offices",
        "the headquarters of Meydan TV"), with no clause break since ``floor``."""
        if _SIGNED.search(self.text, floor, m.start) is not None:
            return False
        before = _PREMISES_BEFORE.search(self.text, max(floor, m.start - 60), m.start)
        if _PREMISES_AFTER.match(self.text, m.end):
            lead = self.text.rfind(" ", floor, max(floor, m.start - 1))
            opening = self.text[max(floor, lead - 12):m.start]
        elif before is not None:
            opening = self.text[max(floor, before.start() - 12):before.start()]
        else:
            return False
        # "met at the Reuters offices": where it happened, not whom it concerns
        return not _AT_PREMISES.search(opening)

    def _heads(self, mentions: list[_Mention]) -> list[_Mention]:
        """``mentions`` without a state that only qualifies the person named right after
        it ("met with President of Azerbaijan Ilham Aliyev": Aliyev is met) and without a
        possessor of the actor named after it ("with Iran's archrival Israel")."""
        return [m for k, m in enumerate(mentions) if not (k + 1 < len(mentions) and (
            (m.actor.kind is ActorKind.STATE
             and mentions[k + 1].actor.kind is ActorKind.PERSON
             and not self.text[m.end:mentions[k + 1].start].strip())
            # "Iran's archrival Israel": the possessor qualifies the head named after it
            or _POSSESSOR_OF_HEAD.fullmatch(self.text, m.end, mentions[k + 1].start)))]

    def _speech_targets(self, after: list[_Mention], content: tuple[int, int] | None,
                        speaker: list[str], verb_end: int | None = None) -> list[str]:
        """Whom a speech act addresses or is about: the first actor after the verb with
        those co-ordinated with it ("urged Armenia and Azerbaijan", "demanded an apology
        from Russia"), else the first actor its words name ("said that Armenia violated").
        An outlet it is told to, the speaker and the speaker's own state are not targets,
        except as the verb's object ("Musabekov called on Russia": whatever his country)."""
        sides = {self.countries.get(a) for a in speaker} - {None}

        def eligible(m: _Mention) -> bool:
            a = m.actor
            lo = max(verb_end or 0, m.start - 30)
            if a.kind is ActorKind.MEDIA or a.id in speaker or _SPEECH_MEDIUM.search(
                    self.text, lo, m.start) or (a.kind is ActorKind.COMPANY and
                                                _ON_PLATFORM.search(self.text, lo, m.start)):
                return False
            if verb_end is not None and _OBJECT_GAP.fullmatch(self.text, verb_end, m.start):
                return True
            if _OWN_POSSESSED.search(self.text, max(0, m.start - 8), m.start) or \
                    _OWN_POSSESSOR.match(self.text, m.start, m.end):
                return False  # "his government does not renounce": the speaker's own
            return not (a.kind is ActorKind.STATE and self.countries.get(a.id) in sides)

        words = self._with_countries(self._mentions_in(*content), *content) \
            if content is not None else []
        if verb_end is not None:
            after = self._before_relative(after, verb_end)
            if content is not None and content[0] <= verb_end + 4:
                words = self._before_relative(words, verb_end)
        official = any(_OFFICIAL_ROLE.search(self._roles.get(a, "")) for a in speaker)
        for pool in (after, words):
            pool = [m for m in self._heads(pool) if m.actor.kind is not ActorKind.MEDIA]
            if official and any(eligible(m) and self.countries.get(m.actor.id) not in sides
                                for m in pool):
                # an official's words about another side and his own government: the
                # other side ("it was unpleasant for the Georgian government to hear
                # statements from the Ukrainian government")
                pool = [m for m in pool if not (
                    m.actor.kind is ActorKind.GOVERNMENT_BODY
                    and self.countries.get(m.actor.id) in sides
                    and not (verb_end is not None
                             and _OBJECT_GAP.fullmatch(self.text, verb_end, m.start)))]
            for k, m in enumerate(pool):
                if eligible(m):
                    ids = [g.actor.id for g in self._listed(pool, k) if eligible(g)]
                    return list(dict.fromkeys(ids))[:_MAX_TARGETS]
        return []

    def _before_relative(self, mentions: list[_Mention], start: int) -> list[_Mention]:
        """``mentions`` up to a relative pronoun after ``start`` that opens a restrictive
        clause inside the object ("declined to disclose the proposals which he presented to
        Bayramov"): past it the actors are that clause's own, not the verb's, except its
        subject right after the pronoun ("the demands which Moscow made")."""
        if not mentions:
            return mentions
        rel = _RELATIVE_CLAUSE.search(self.text, start, mentions[-1].start)
        while rel is not None and self.text[start:rel.start()].rstrip().endswith(","):
            # ", which ..." adds to what is named before; its own objects are not the
            # verb's either, but the verb's may follow its closing comma
            close = self.text.find(",", rel.end(), mentions[-1].start)
            if close < 0:
                return [m for m in mentions if m.start < rel.start()]
            mentions = [m for m in mentions if m.start < rel.start() or m.start > close]
            rel = _RELATIVE_CLAUSE.search(self.text, close, mentions[-1].start)
        if rel is None:
            return mentions
        # "rejected the demands which Moscow made": the relative clause's subject is
        # whose the object is, and stays
        return [m for m in mentions if m.start < rel.start()
                or _OBJECT_GAP.fullmatch(self.text, rel.end(), m.start)]

    def _last_other_side(self, pos: int, floor: int, speaker: list[str]) -> list[str]:
        """The last state or body named in ``text[floor:pos]`` that is not the speaker's
        side: what a reported "it" or "they" stands for."""
        sides = {self.countries.get(a) or a for a in speaker}
        for m in reversed(self._mentions_in(floor, pos)):
            a = m.actor
            if a.kind in (ActorKind.PERSON, ActorKind.MEDIA) or a.id in speaker:
                continue
            if (self.countries.get(a.id) or a.id) not in sides:
                return [a.id]
        return []

    def _cue_targets(self, etype: EventType, start: int, end: int,
                     speaker: list[str]) -> list[str]:
        """Whom the words ``text[start:end]`` of a speech act of type ``etype`` are about:
        the actor owning or right before the cue that types them ("Russia's threats"),
        else the first actor after it in its sentence, else the first they name; never the
        speaker or the speaker's own state."""
        sides = {self.countries.get(a) or a for a in speaker}

        def eligible(m: _Mention) -> bool:
            a = m.actor
            return a.kind is not ActorKind.MEDIA and a.id not in speaker and \
                (self.countries.get(a.id) or a.id) not in sides

        cues = [at for at, cue in self.table.content_cue_hits(self.text, start, end)
                if cue is etype]
        words = [m for m in self._mentions_in(start, end) if eligible(m)]
        if cues and words:
            at = cues[0]
            near = [m for m in words if m.end <= at and at - m.end <= _CUE_REACH]
            if near:
                return [near[-1].actor.id]
            stop = _SENTENCE_STOP.search(self.text, at, end)
            after = [m for m in words if at <= m.start < (stop.start() if stop else end)]
            if after:
                return [after[0].actor.id]
        return list(dict.fromkeys(m.actor.id for m in words))[:2]

    def _combatants(self, start: int, end: int, initiators: list[str],
                    direct: bool = False) -> list[str]:
        """The armed forces (else the state) of the first polity whose combatants
        ``text[start:end]`` names by a demonym ("claiming the life of another Armenian
        soldier", "repel Azerbaijani military units"), when on the page and not the
        initiators' own side; with ``direct``, only as the object right at ``start``."""
        for m in _COMBATANTS.finditer(self.text, start, end):
            if direct and not _DIRECT_OBJECT.fullmatch(self.text, start, m.start()):
                return []
            if _state_country(m.group("d")) is None:
                continue
            return self._side_forces(m, initiators)
        return self._positions_in(start, end, initiators)

    def _side_forces(self, m: re.Match[str] | None, initiators: list[str]) -> list[str]:
        """The armed forces (else the state) of the polity whose demonym opens ``m``
        (group "d"), when on the page and not the initiators' own side."""
        country = _state_country(m.group("d")) if m is not None else None
        forces = self.forces.get(country) if country else None
        own = {self.countries.get(a) or a for a in initiators}
        if forces is None or country in own or forces in initiators:
            return []
        return [forces]

    def _demonym_place(self, start: int, end: int, initiators: list[str]) -> list[str]:
        """The state whose places or people a violent act strikes, named by its demonym
        as the act's object ("shelled the Armenian village of Sotk", "attacks on Georgian
        territory"), when that state is on the page and is not the initiators' own."""
        return self._demonym_object(_DEMONYM_PLACE, start, end, initiators)

    def _demonym_object(self, pattern: re.Pattern[str], start: int, end: int,
                        initiators: list[str]) -> list[str]:
        """The state of the demonym opening the object ``pattern`` matches right at
        ``start`` ("the Armenian village of", "Georgian wine"), when on the page and not
        the initiators' own."""
        m = pattern.search(self.text, start, end)
        if m is None or not _DIRECT_OBJECT.fullmatch(self.text, start, m.start()):
            return []
        country = _state_country(m.group("d"))
        state = self.states.get(country) if country else None
        own = {self.countries.get(a) or a for a in initiators}
        if state is None or country in own or state in initiators:
            return []
        return [state]

    def _positions_in(self, start: int, end: int, initiators: list[str]) -> list[str]:
        """The armed forces (else the state) of the country whose place the combatants a
        violent verb strikes are in ("opened fire on positions in the Kalbajar district":
        Azerbaijan's), when on the page and not the initiators' own side."""
        m = _POSITIONS_IN.match(self.text, start, end)
        if m is None:
            return []
        i = bisect.bisect_left(self.place_starts, m.end())
        if i == len(self.places) or self.places[i][0] != m.end() or self.places[i][1] > end:
            return []
        country = self.places[i][2].country
        forces = self.forces.get(country) if country else None
        own = {self.countries.get(a) or a for a in initiators}
        if forces is None or country in own or forces in initiators:
            return []
        return [forces]

    def _recipients(self, before: list[_Mention], owner: list[_Mention],
                    c_start: int) -> list[str]:
        """The indirect object of a verb of giving right before a noun trigger ("have
        given Tehran assurances", "offered Armenia and Azerbaijan talks"): the actors
        that stand between the verb and the noun receive it, they do not own it."""
        if not owner or _OWNER_POSSESSIVE.match(self.text, owner[-1].end):
            return []
        group = self._coordinated(before, owner[-1])
        first = next(m for m in before if m.actor.id == group[0])
        if not _GIVEN_TO.search(self.text, max(c_start, first.start - 30), first.start):
            return []
        return group[:_MAX_TARGETS]

    def _mission_host(self, hit: TriggerHit, initiators: list[str]) -> list[str]:
        """The state hosting the initiators' mission named last before a recall of its
        own diplomats ("the attack on Azerbaijan's embassy in Tehran ... Baku withdrew
        its diplomatic staff": Iran), within reach; not the initiators' own."""
        if not initiators:
            return []
        own = {self.countries.get(a) or a for a in initiators}
        lo = max(0, hit.start - _TOLD_REACH)
        for m in reversed(list(_MISSION_IN.finditer(self.text, lo, hit.start))):
            i = bisect.bisect_left(self.place_starts, m.end())
            if i < len(self.places) and self.places[i][0] == m.end():
                state = self.place_states.get(self.places[i][2].id)
                if state is not None and state.id not in initiators and \
                        state.country not in own:
                    return [state.id]
        return []

    def _host(self, hit: TriggerHit, end: int, initiators: list[str]) -> list[str]:
        """The state hosting a diplomatic mission a verb acts on ("opened its embassy in
        Israel", "closing an embassy in Tel Aviv"): the host is whom it concerns."""
        m = _MISSION_IN.search(self.text, hit.start, min(end, hit.end + 60))
        if m is None:
            return []
        i = bisect.bisect_left(self.place_starts, m.end())
        if i < len(self.places) and self.places[i][0] == m.end():
            state = self.place_states.get(self.places[i][2].id)
            if state is not None and state.id not in initiators:
                return [state.id]
        return []

    def _not_sources(self, targets: list[str], after: list[_Mention], start: int
                     ) -> list[str]:
        """``targets`` without those named after "from": where aid comes from is not
        whom it goes to ("redirect funding from the government to civil society")."""
        sources = {m.actor.id for m in after
                   if _SOURCE_BEFORE.search(self.text, max(start, m.start - 20), m.start)}
        return [t for t in targets if t not in sources]

    def _recipients_after(self, after: list[_Mention], start: int, end: int,
                          initiators: list[str]) -> list[str]:
        """Whom aid goes to: the actors after "to" ("sent weapons from Libya to Baku",
        "the delivery of fuel to Armenia and Georgia"), a country or capital as its state;
        not where it comes from."""
        after = self._before_adjunct(self._with_countries(after, start, end, initiators),
                                     start)
        for m in after:
            if m.actor.id not in initiators and m.actor.kind is not ActorKind.MEDIA and \
                    _TO_RECIPIENT.search(self.text, max(start, m.start - 12), m.start):
                return self._coordinated_after(after, m)[:_MAX_TARGETS]
        return []

    def _source_place(self, hit: TriggerHit) -> list[str]:
        """The state of the place a speech noun comes from ("official protests from Baku"),
        when the place is named right after "from" and its state is on the page."""
        m = _FROM.match(self.text, hit.end)
        if m is None:
            return []
        i = bisect.bisect_left(self.place_starts, m.end())
        if i < len(self.places) and self.places[i][0] == m.end():
            state = self.place_states.get(self.places[i][2].id)
            return [state.id] if state is not None else []
        return []

    def _participants_follow(self, hit: TriggerHit) -> bool:
        """Whether a noun trigger names its own participants ("recalled the meeting of
        Aliyev and Pashinyan", "the talks between Baku and Yerevan"): then it is a
        happening, not only the topic of the verb before it."""
        m = _PARTICIPANTS.match(self.text, hit.end)
        if m is None:
            return False
        i = bisect.bisect_left(self.mention_starts, m.end())
        return i < len(self.mentions) and self.mentions[i].start == m.end()

    def _coordinated_after(self, after: list[_Mention], head: _Mention) -> list[str]:
        """``head`` and the actors of ``after`` co-ordinated with it ("by Armenia and
        Azerbaijan")."""
        return list(dict.fromkeys(m.actor.id for m in self._listed(after, after.index(head))))
