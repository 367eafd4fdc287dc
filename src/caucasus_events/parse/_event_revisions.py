"""Revisions over a document's drafts once every clause is read: the event extractor's
passes that fill or correct roles by what the page tells elsewhere.
"""

from __future__ import annotations

import bisect
import re

from caucasus_events.models import ActorKind, EventType
from caucasus_events.parse._event_grammar import (
    _DEFINITE,
    _HOSTILE,
    _ITS_OBJECT,
    _MAX_SENTENCE,
    _MAX_TARGETS,
    _OBJECT_PRONOUN,
    _SUBJECT_REACH,
    _THAT,
    _TOLD_REACH,
    _W,
)
from caucasus_events.parse._event_initiators import _Initiators
from caucasus_events.parse._event_page import _Draft
from caucasus_events.parse._triggers import TriggerHit

_TRUCE = re.compile(r"\b" + _W("truce_nouns") + r"\b", re.I)
# Speech acts a later rejection answers.
_ANSWERED = frozenset({EventType.ACCUSE, EventType.DEMAND, EventType.PROPOSAL,
                       EventType.THREAT})
# A capitalised word (with "of", "for", "and" between name words) right before a
# capitalised trigger: the trigger is part of the name ("United States").
_NAME_BEFORE = re.compile(r"(?<![.!?:\"“]\s)(?<![.!?:\"“])\b[A-Z][\w’'-]*\s+"
                          r"(?:(?:of|for|and|the)\s+)?$")
# An absolute phrase: "with" and a noun phrase before a participle ("..., with nine
# people detained").
_WITH_ABSOLUTE = re.compile(r",\s*with\s+(?:[\w,-]+\s+){1,4}$", re.I)


class _Revisions(_Initiators):
    """Document-level passes over the drafts."""

    def _in_name(self, hit: TriggerHit) -> bool:
        """Whether a trigger word is part of a name: inside an actor's or place's mention
        ("Organization for Security and Cooperation in Europe"), or capitalised after a
        capitalised word in running text ("United States", "War Veterans")."""
        for starts, spans in ((self.mention_starts, self.mentions), (self.place_starts, None)):
            i = bisect.bisect_right(starts, hit.start) - 1
            for k in range(max(0, i - 2), i + 1):
                if spans is not None:
                    if spans[k].actor.kind is ActorKind.GROUP:
                        continue  # "pro-EU protesters": the noun names a collective
                    lo, hi = spans[k].start, spans[k].end
                else:
                    lo, hi = self.places[k][0], self.places[k][1]
                if lo <= hit.start and hit.end <= hi:
                    return True
        if not self.text[hit.start:hit.start + 1].isupper():
            return False
        m = _NAME_BEFORE.search(self.text, max(0, hit.start - 40), hit.start)
        if m is None:
            return False
        # a title-case line after a name ("Armenia And Azerbaijan Sign Deal") keeps its verb
        i = bisect.bisect_right(self.mention_starts, hit.start) - 1
        return not (i >= 0 and m.start() < self.mentions[i].end <= hit.start)

    def _answer_targets(self, drafts: list[_Draft]) -> None:
        """A rejection that names no one answers the last claim, demand or proposal
        another side made before it ("Aliyev complained that ... Mirzoyan dismissed the
        claim"; "Azerbaijan demanded an apology ... the Kremlin refused to give one")."""
        claims: list[tuple[int, list[str]]] = []
        for d in drafts:
            if d.event_type is EventType.REJECT and not d.targets and d.initiators:
                sides = {self.countries.get(a) or a for a in d.initiators}
                # the last claim of another side: the rejecting side's own accusation
                # right before ("said the clashes were started by ... and denied any
                # casualties") answers no one
                for at, who in reversed(claims[-4:]):
                    if d.hit.start - at >= _SUBJECT_REACH * 2:
                        break
                    other = [a for a in who if (self.countries.get(a) or a) not in sides]
                    if other:
                        d.targets = other
                        break
            if d.event_type in _ANSWERED and d.initiators:
                claims.append((d.hit.start, d.initiators[:1]))

    def _not_the_reporter(self, drafts: list[_Draft]) -> None:
        """Whoever reports a happening in a sentence is not what it acts on ("The army
        has been using drones against Armenia, Hajiyev said in an interview", "forces went
        to the offices, said Simonyan"); an object pronoun or possessive names whom it acts
        on anyway ("Baku said Armenia shelled its positions")
        ("Aliyev said they had attacked him"), and speakers of their own joint happening
        stay its parties ("Putin and Macron called for a ceasefire during a phone call")."""
        speakers: dict[tuple[int, int], list[_Draft]] = {}
        for d in drafts:
            if d.speech and d.initiators:
                speakers.setdefault(d.sentence, []).append(d)
        for d in drafts:
            if d.speech or not d.targets or d.sentence not in speakers or \
                    _OBJECT_PRONOUN.match(self.text, d.hit.end) is not None or \
                    _ITS_OBJECT.match(self.text, d.hit.end) is not None:
                continue
            # what the speech reports, or a clause before its trailing attribution
            said = {a for s in speakers[d.sentence] if self._attributes(s, d) or (
                s.content is not None and s.content[0] <= d.hit.start < s.content[1])
                for a in s.initiators}
            if said and not said & set(d.initiators):
                d.targets = [t for t in d.targets if t not in said]
                if not d.targets and d.event_type is EventType.ATTACK:
                    d.targets = self._place_owner(d.hit, d.clause[1], d.initiators)

    def _accused_by_reference(self, drafts: list[_Draft]) -> None:
        """An accusation that names no one but refers back to a happening ("Pashinyan
        said the attack was a provocation", "denounced the arrests as political") accuses
        whoever the page said did it: the initiators of the last such happening before."""
        for d in drafts:
            if d.event_type is not EventType.ACCUSE or d.targets or not d.initiators:
                continue
            end = d.content[1] if d.content is not None and d.content[0] >= d.hit.end \
                else d.clause[1]
            sides = {self.countries.get(a) or a for a in d.initiators}
            for h in self.table.find(self.text, d.hit.end, min(end, d.hit.end + 200)):
                if h.trigger.speech or not _DEFINITE.search(
                        self.text, max(d.hit.end, h.start - 20), h.start):
                    continue
                d.targets = [a for a in self._told_by(h.trigger.event_type, d.hit.start)
                             if (self.countries.get(a) or a) not in sides]
                break

    def _protest_by_reference(self, drafts: list[_Draft]) -> None:
        """A protest no one is named as holding ("a rally was held outside the court",
        "the demonstration continued") is held by whoever the page last said protested:
        the initiators of the last protest told before it, within reach."""
        for d in drafts:
            if d.event_type is not EventType.PROTEST or d.initiators or d.speech or \
                    d.participants:
                continue
            told = [a for a in self._told_by(EventType.PROTEST, d.hit.start)
                    if a not in d.targets]
            d.initiators = told

    def _absolute_participles(self, drafts: list[_Draft]) -> None:
        """A participle in an absolute phrase after the sentence's happening ("police
        raided the homes, with nine people detained") is done by whoever does that
        happening: the first hostile happening of the sentence with an actor, when the
        participle's is hostile too ("protesters blocked the road, with three detained"
        says nothing of who detained them)."""
        for d in drafts:
            if d.initiators or d.speech or d.hit.nominal or \
                    d.event_type not in _HOSTILE or not _WITH_ABSOLUTE.search(
                        self.text, max(d.sentence[0], d.hit.start - 60), d.hit.start):
                continue
            main = next((e for e in drafts if e.sentence == d.sentence and e is not d
                         and not e.speech and e.initiators and e.hit.start < d.hit.start
                         and e.event_type in _HOSTILE), None)
            if main is not None:
                d.initiators = [a for a in main.initiators if a not in d.targets]

    def _tried_by_the_court(self, drafts: list[_Draft]) -> None:
        """A trial no one is named as holding ("the trial of former leaders continued") is
        held by the court the document names, when it names one court only (a public body
        named by ``court_words``; the trial nouns are ``trial_nouns``)."""
        words = self.table.grammar_words
        trials = [d for d in drafts if not d.initiators and not d.speech and self._trial(d.hit)]
        if not trials:
            return
        court_words = frozenset(words.get("court_words", ()))
        courts = [a for a, kind in self.kinds.items() if kind is ActorKind.GOVERNMENT_BODY
                  and court_words & {w.lower() for w in self.names.get(a, "").split()}]
        if len(courts) != 1:
            return
        for d in trials:
            d.initiators = courts
            d.targets = [t for t in d.targets if t not in courts]

    def _truce_addressees(self, drafts: list[_Draft]) -> None:
        """A call or offer for a ceasefire that names no one addresses the sides of the
        fighting told last before it ("Heavy fighting between Armenian and Azerbaijani
        forces ... Putin and Macron called for an immediate ceasefire": Armenia and
        Azerbaijan, as states where the page names them), never the speakers."""
        fights = [d for d in drafts if d.event_type is EventType.FIGHT]
        for d in drafts:
            if not d.speech or d.targets or not d.initiators or \
                    d.event_type not in (EventType.DEMAND, EventType.PROPOSAL) or \
                    not _TRUCE.search(self.text, d.hit.end, min(d.clause[1], d.hit.end + 60)):
                continue
            before = [f for f in fights if f.hit.start < d.hit.start
                      and d.hit.start - f.hit.start <= _TOLD_REACH
                      and len(f.initiators + f.participants + f.targets) > 1]
            if not before:
                continue
            last = before[-1]
            sides = [self.states.get(self.countries.get(a) or "", a)
                     for a in last.initiators + last.participants + last.targets]
            own = {self.countries.get(a) or a for a in d.initiators}
            d.targets = [a for a in dict.fromkeys(sides)
                         if (self.countries.get(a) or a) not in own][:_MAX_TARGETS]

    def _attributes(self, speech: _Draft, d: _Draft) -> bool:
        """Whether a speech verb after a happening is its trailing attribution: after a
        comma, no "that" or quotation between ("..., said Simonyan", "..., Hajiyev said
        in an interview")."""
        if speech.hit.start <= d.hit.end or speech.hit.start - d.hit.end > _MAX_SENTENCE:
            return False
        between = self.text[d.hit.end:speech.hit.start]
        return "," in between and _THAT.search(between) is None
