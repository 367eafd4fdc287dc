"""Reference across clauses for the event extractor: each sentence's subject and the
happenings told so far, what a "he"/"she"/"it"/"they", a co-ordinated name or a definite
noun refers back to.
"""

from __future__ import annotations

import bisect
import itertools
import re

from caucasus_events.models import ActorKind, EventType, Quote
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _AND_VERB,
    _CONJUNCTION,
    _COORDINATION,
    _DEFINITE,
    _HOSTILE,
    _JOINT,
    _MAX_SENTENCE,
    _OBJECT_PRONOUN,
    _PRONOUN,
    _SETTING,
    _SUBJECT_REACH,
    _THAT,
    _TOLD_REACH,
    _W,
    _noun_forms,
)
from caucasus_events.parse._event_page import _Draft, _EventPage, _Mention, _Told
from caucasus_events.parse._triggers import TriggerHit, TriggerTable

_CLAUSE_PRONOUN = re.compile(r"\W{0,3}(?:that\s+)?(?:he|she)\b", re.I)
# "it" or "they" right before a verb: the verb's subject.
_IT_THEY = re.compile(r"(?<![\w-])(?P<p>[Ii]t|[Tt]hey)\s+(?:(?:\w+ly|" + _W("pronoun_adverbs")
                      + r")\s+)*$")
# What may stand before a sentence's subject: quotes, a leading conjunction or adverb, the
# word capitalised as it opens the sentence (the word lists load lower-case).
_SENTENCE_OPENING = re.compile(r"[\s\"“‘']*(?:(?:" + "|".join(
    re.escape(w.capitalize()) for w in TriggerTable.default().grammar_words["sentence_openers"])
    + r")\b,?\s*)?")
_IT_KINDS = frozenset({ActorKind.STATE, ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION,
                       ActorKind.ALLIANCE, ActorKind.MEDIA, ActorKind.COMPANY})
_THEY_KINDS = frozenset({ActorKind.GROUP, ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT_BODY})
# A "he" or "she" and the past verb it is the subject of: "he used", "she also asked".
_PRONOUN_VERB = re.compile(r"(?<![\w-])(?P<p>[Hh]e|[Ss]he)\s+(?:(?:\w+ly|"
                           + _W("pronoun_adverbs") + r")\s+)*[a-z]+ed\b")
_RELATIVE = re.compile(r"(?:who|which)\b", re.I)


class _References(_EventPage):
    """What earlier clauses told: sentence subjects and happenings a pronoun or noun refers to."""

    def _note_subject(self, drafts: list[_Draft], s_start: int) -> None:
        """Remember the first person who acts or speaks in a sentence: a later "he" or
        "she" refers back to the last such subject before any person merely named."""
        main = [d for d in sorted(drafts, key=lambda d: d.hit.start)
                if d.initiators and not d.hit.nominal]
        if main:
            d = main[0]
            sides = d.initiators + d.targets if d.event_type in _JOINT else d.initiators
            self._agents.append((s_start, list(sides)))
        for d in sorted(drafts, key=lambda d: d.hit.start):
            if _clauses.reduced_passive(self.text, d.hit.start, d.hit.end):
                continue  # "the reply reported by Mirzoyan": a modifier's agent, no subject
            for a in d.initiators[:1]:
                if self.kinds.get(a) is ActorKind.PERSON:
                    self._subjects.append((s_start, a))
                    return

    def _note_told(self, drafts: list[_Draft]) -> None:
        """Remember who did each happening a sentence tells (a verb or a noun with its
        actor; not what is merely said): a later definite noun ("during the raids", "said
        the attack was a provocation") refers back to it (see _told_by)."""
        for d in drafts:
            if d.initiators and not d.speech:
                k = bisect.bisect_right(self._told_starts, d.hit.start)
                self._told_starts.insert(k, d.hit.start)
                self._told.insert(k, _Told(d.hit.start, d.event_type, tuple(d.initiators),
                                           tuple(d.targets)))

    def _last_person_before(self, pos: int) -> str | None:
        s_start, s_end = self._sentence_span
        if s_start <= pos < s_end:
            own = self._sentence_subject(s_start, pos)
            if own is not None:
                return own
        k = bisect.bisect_left(self._subjects, (pos, "")) - 1
        if k >= 0 and pos <= self._subjects[k][0] + _SUBJECT_REACH:
            return self._subjects[k][1]
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        floor = max(0, i - 60)
        while i >= floor:
            m = self.mentions[i]
            if m.actor.kind is ActorKind.PERSON:
                return m.actor.id
            i -= 1
        return None

    def _sentence_head(self, s_start: int, pos: int) -> list[str]:
        """The actor heading the sentence before ``pos``: its first mention outside a
        prepositional phrase, or a person right after the country of their title ("The
        Prime Minister of Armenia Nikol Pashinyan")."""
        i = bisect.bisect_left(self.mention_starts, s_start)
        prev: _Mention | None = None
        while i < len(self.mentions) and self.mentions[i].end <= pos:
            m = self.mentions[i]
            titled = prev is not None and m.actor.kind is ActorKind.PERSON and \
                not self.text[prev.end:m.start].strip()
            if titled or not _clauses.prepositional(self.text, m.start, s_start):
                return [m.actor.id]
            prev = m
            i += 1
        return []

    def _sentence_subject(self, s_start: int, pos: int) -> str | None:
        """The person heading the sentence before ``pos``: the first one named outside a
        prepositional phrase.  A "he" or "she" later in the sentence refers to them before
        anyone named in an earlier sentence ("Aliyev reaffirmed his stance when he met
        Pashinyan")."""
        i = bisect.bisect_left(self.mention_starts, s_start)
        while i < len(self.mentions) and self.mentions[i].end <= pos:
            m = self.mentions[i]
            if m.actor.kind is ActorKind.PERSON and \
                    not _clauses.prepositional(self.text, m.start, s_start):
                return m.actor.id
            i += 1
        return None

    def _set_in_told(self, hit: TriggerHit, clause: tuple[int, int]) -> list[str]:
        """Who takes part in a happening set in a told one ("Bilateral meetings are
        expected on the sidelines of the visit"): the actor of the happening the setting's
        definite noun refers back to."""
        for h in self.table.find(self.text, hit.end, clause[1]):
            if not h.nominal and self.text[h.start:h.end].lower() not in _noun_forms(
                    self.table):
                continue
            lo = max(hit.end, h.start - 40)
            if _SETTING.search(self.text, lo, h.start) and \
                    _DEFINITE.search(self.text, lo, h.start):
                return self._told_by(h.trigger.event_type, h.start)
            return []
        return []

    def _told_happening(self, hit: TriggerHit, at: int, end: int) -> list[str]:
        """Who did the happening a definite noun at ``at`` refers back to ("were killed
        during the raids" after "police raided the homes"): the actor of the last
        happening of that kind told before."""
        for h in self.table.find(self.text, at, min(end, at + 40)):
            if h.start != at or h.trigger.event_type not in _HOSTILE:
                return []
            return self._told_by(h.trigger.event_type, hit.start)
        return []

    def _told_by(self, kinds: EventType | frozenset[EventType], before: int,
                 reach: int = _TOLD_REACH) -> list[str]:
        """Who did the last happening of a kind told before ``before`` and at most
        ``reach`` characters back: what a definite noun ("the raids", "the attack")
        refers back to.  The record grows sentence by sentence, so during the pass it
        holds the sentences before the current one and after it the whole page."""
        told = self._last_told(kinds, before, reach)
        return list(told.initiators) if told is not None else []

    def _last_told(self, kinds: EventType | frozenset[EventType], before: int,
                   reach: int = _TOLD_REACH) -> _Told | None:
        """The last happening of a kind told before ``before``, within ``reach``."""
        wanted = kinds if isinstance(kinds, frozenset) else frozenset((kinds,))
        k = bisect.bisect_left(self._told_starts, before) - 1
        while k >= 0 and before - self._told[k].start <= reach:
            if self._told[k].event_type in wanted:
                return self._told[k]
            k -= 1
        return None

    def _told_targets(self, hit: TriggerHit, c_start: int, initiators: list[str]
                      ) -> list[str]:
        """Whom a definite hostile noun with no object struck, from the happening it
        refers back to ("the provocation committed by Armenia against Azerbaijan ...
        this provocation by the Armenian side": Azerbaijan), when that one was done by
        the same actors (or the noun names none)."""
        if not _DEFINITE.search(self.text, max(c_start, hit.start - 30), hit.start):
            return []
        told = self._last_told(hit.trigger.event_type, hit.start)
        if told is None or (initiators and set(initiators) != set(told.initiators)):
            return []
        return [t for t in told.targets if t not in initiators]

    def _object_pronoun(self, verb_end: int, subject: list[str]) -> list[str]:
        """The person a "him" or "her" right after a verb stands for ("accused him of",
        "detained her"): the last person acting or named before, unless the subject."""
        if _OBJECT_PRONOUN.match(self.text, verb_end) is None:
            return []
        person = self._last_person_before(verb_end)
        return [person] if person and person not in subject else []

    def _quote_pronoun(self, q: Quote) -> list[str]:
        """The person a quote's "he" or "she" stands for: the last person named before."""
        if (q.speaker_text or "").strip().lower() not in ("he", "she") or q.speaker_span is None:
            return []
        person = self._last_person_before(min(q.span.start, q.speaker_span.start))
        return [person] if person else []

    def _coordinated_pronoun(self, hit: TriggerHit, c_start: int) -> re.Match[str] | None:
        """The "he" or "she" a verb after "and" shares as its subject with the verb before
        it in the clause ("he used his right to the last word and asked his friends"),
        with no "that" or quotation opening another clause between."""
        if not _AND_VERB.search(self.text, max(c_start, hit.start - 30), hit.start):
            return None
        found = None
        for m in _PRONOUN_VERB.finditer(self.text, max(c_start, hit.start - _MAX_SENTENCE),
                                        hit.start):
            found = m
        if found is None or _THAT.search(self.text, found.end(), hit.start):
            return None
        return found

    def _pronoun_subject(self, before: list[_Mention], hit: TriggerHit,
                         c_start: int) -> list[str]:
        """The person a "he" or "she" right before a verb stands for, when no actor is
        named between the pronoun and the verb ("Khamenei reaffirmed Tehran's stance when
        he met ..."): the pronoun, not an earlier name, is the verb's subject."""
        pronoun = _PRONOUN.search(self.text, max(c_start, hit.start - 40), hit.start)
        if pronoun is None or pronoun.group("p").lower() in ("him", "her") or \
                any(m.end > pronoun.start("p") for m in before):
            return []
        person = self._last_person_before(pronoun.start("p"))
        return [person] if person else []

    def _it_subject(self, before: list[_Mention], hit: TriggerHit, c_start: int,
                    s_start: int) -> list[str]:
        """Who an "it" or "they" opening a sentence, right before its verb, stands for:
        the subject of the last sentence before it whose verb had one, within reach, when
        it fits ("it": one state, body or organisation; "they": several, or a group or
        body).  Inside a sentence "it" is its own subject's ("X said that it would")."""
        m = _IT_THEY.search(self.text, max(c_start, hit.start - 40), hit.start)
        if m is None or any(b.end > m.start("p") for b in before) or \
                not _SENTENCE_OPENING.fullmatch(self.text, s_start, m.start("p")):
            return []
        pos = m.start("p")
        k = bisect.bisect_left(self._agents, (pos, [])) - 1
        if k < 0 or pos - self._agents[k][0] > _SUBJECT_REACH:
            return []
        agents = self._agents[k][1]
        kinds = [self.kinds.get(a) for a in agents]
        if m.group("p").lower() == "it":
            return agents[:1] if len(agents) == 1 and kinds[0] in _IT_KINDS else []
        if len(agents) > 1 or kinds[0] in _THEY_KINDS:
            return list(agents)
        return []

    def _pronoun(self, c_start: int) -> list[str]:
        """The person a clause-initial "he" or "she" refers to: the last person named."""
        m = _CLAUSE_PRONOUN.match(self.text, c_start)
        if m is None:
            return []
        person = self._last_person_before(c_start)
        return [person] if person else []

    def _antecedent(self, c_start: int) -> list[str]:
        """The actor a relative clause's "who" stands for ("Elchin Amirbayov, who is on a
        visit to the Vatican, said"): the one named right before it."""
        if not _RELATIVE.match(self.text, c_start):
            return []
        i = bisect.bisect_left(self.mention_starts, c_start) - 1
        if i >= 0 and not self.text[self.mentions[i].end:c_start].strip(" ,"):
            return [self.mentions[i].actor.id]
        return []

    def _titled(self, before: list[_Mention], k: int) -> bool:
        """Whether a person follows the country of their title with nothing between
        ("Prime Minister of Armenia Nikol Pashinyan"): the preposition governs the
        country, and the person heads the phrase."""
        m = before[k]
        return k > 0 and m.actor.kind is ActorKind.PERSON and \
            not self.text[before[k - 1].end:m.start].strip()

    def _coordinated(self, before: list[_Mention], head: _Mention) -> list[str]:
        i = before.index(head)
        group = [head]
        while i > 0 and _COORDINATION.fullmatch(self.text, before[i - 1].end, before[i].start):
            i -= 1
            group.insert(0, before[i])
        if len(group) > 1 and not any(
                _CONJUNCTION.search(self.text, a.end, b.start)
                for a, b in itertools.pairwise(group)):
            # commas alone make no list ("According to the ministry, Azerbaijani forces
            # shelled"): a list ends in "and" ("Aliyev, Orban and Pashinyan")
            return [head.actor.id]
        return list(dict.fromkeys(m.actor.id for m in group))
