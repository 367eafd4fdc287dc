"""What kind of event it is and how it is asserted: the event extractor's retyping of a
trigger by its context (noun forms, light verbs, halts, content) and its modality.
"""

from __future__ import annotations

import bisect
import re

import attrs

from caucasus_events.models import ActorKind, EventType, Modality
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _AND_OWN_VERB,
    _HOSTILE,
    _MAX_SENTENCE,
    _MEDIUM,
    _RELATIVE_SUBJECT,
    _SPEECH_ACTS,
    _VIOLENT,
    _W,
    _noun_forms,
)
from caucasus_events.parse._event_page import _Draft, _EventPage
from caucasus_events.parse._triggers import TriggerHit, inflect

# Hostile nouns that, as what a verb of naming calls its object, only characterise it.
_PREDICATED = frozenset({EventType.ATTACK, EventType.FIGHT, EventType.THREAT})
# A verb of naming, its object (no clause break) and the determiner and modifiers of the
# noun it names the object: "called Armenia the “biggest", "described the shelling as an".
_CHARACTERISED = re.compile(
    r"(?<![\w-])(?P<verb>" + _W("characterising_verbs") + r")\s+(?!(?:for|on|upon|off|in|out|up)\b)"
    r"[^.;:!?,]{1,60}?\s+(?:as\s+)?(?:a|an|the)\s+(?:[\w“”\"'’-]+\s+){0,3}[“\"']?$", re.I)
# Between a light verb and its object noun: a determiner and up to two modifiers.
_LIGHT_GAP = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|new)\s+)?(?:[\w-]+\s+){0,2}",
                        re.I)
_OWN_NOUN = re.compile(r"\s*(?:\w+\s+)?(?:its|his|her|their|our|my)\s+(?:[\w-]+\s+){0,2}", re.I)
_PLANNED_PREDICATE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:will\s+(?:be\s+)?(?:held|take\s+place|begin|start|open)|(?:is|are)"
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:set|due)\s+(?:to|for)\b|(?:expected|scheduled|planned)\b))",
    re.I)
# Between an agentless passive and the noun of the happening it happened in.
_IN_HAPPENING = re.compile(r"\s+(?:in|during|amid)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}",
                           re.I)
# Between the two nouns of a compound: one space or hyphen.
_COMPOUND_GAP = re.compile(r"[ \u00a0-]")
# A verb that ends what its object names, before the object noun ("end the talks").
_HALTING = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?P<verb>" + _W("halting_verbs")
                      + r")(?!\s+(?:of|to|up|in|with)\b)(?:\s+(?:the|its|their|all|further|"
                      r"a|an)\b)?(?:\s+[\w-]+){0,2}\s+$", re.I)
# Happenings whose end is a cut in relations.
_RELATIONS = frozenset({EventType.MEET, EventType.COOPERATE})
_AFTER_COPULA = re.compile(r"\b" + _W("copulas") + r"\s+(?:\w+ly\s+)?$", re.I)
_STATUS = re.compile(r"\b(?:" + _W("copulas") + r"\s+(?:\w+ly\s+)?|" + _W("status_adverbs")
                     + r"\s+)$", re.I)
_BY = re.compile(r"\s+by\b", re.I)
_ACKNOWLEDGED = re.compile(r"\s+" + _W("acknowledged_objects") + r"\b", re.I)
# "suggest (that) the region is being emptied": a finite clause after "suggest"
_INFERRED = re.compile(r"(?:\s+that)?\s+(?:[\w’'-]+\s+){1,4}?" + _W("finite_auxiliaries")
                       + r"\b(?!\s+(?:be\s+)?(?:should|must))", re.I)
# Verb forms that name no act in some contexts (see _no_act): recognising a status or a
# fact, arriving with no destination, perpetrating an offence, suggesting a finite clause.
_RECOGNISING = re.compile(_W("recognising_verbs") + r"\b", re.I)
_ARRIVING = re.compile(_W("arriving_verbs") + r"\b", re.I)
_PERPETRATING = re.compile(_W("perpetrating_verbs") + r"\b", re.I)
_INFERRING = re.compile(_W("inferring_verbs") + r"\b", re.I)
# A speech trigger that is a preposition leading its source: "according to".
_ATTRIBUTION = re.compile(_W("attribution_prepositions") + r"\b", re.I)
# An offence as what is committed: "commit a crime", "committed war crimes".
_OFFENCE = re.compile(r"\s+(?:(?:a|an|the|any|such|these|those|this|that|no)\s+)?"
                      r"(?:[\w-]+\s+){0,2}?" + _W("offence_nouns") + r"\b", re.I)
# Words that make the act after them impossible: "it is impossible to deny".
_IMPOSSIBLE = re.compile(r"\b" + _W("impossibility_words") + r"(?![\w'])", re.I)
# How far after "arrived" its destination may be named (characters), and where a clause
# stops short of it.
_DESTINATION_REACH = 60
_STOP = re.compile(r"[.;!?]")
# A length of time after "over" ("took over half an hour", "took over two weeks").
_DURATION = re.compile(r"\s+(?:half\s+)?(?:\d[\d,.]*|" + _W("duration_quantities")
                       + r")\s+(?:[a-z]+\s+)?" + _W("duration_units") + r"\b", re.I)
# A verb's particle that may be a length of time's preposition: "took over (two weeks)".
_DURATION_PARTICLE = re.compile(r"\s" + _W("duration_particles") + r"$", re.I)
_RISK = re.compile(r"\s+to\s+" + _W("risk_verbs") + r"\b", re.I)
# Between a verb of coming and the meeting it comes for: "arrived in Baku in November for
# the U.N. climate conference".
_PURPOSE = re.compile(r"[^.;:!?\"“”]{0,60}?\bfor\s+(?:(?:a|an|the|its|their)\s+)?"
                      r"(?:[\w.-]+\s+){0,3}", re.I)
# A verb tying its object to someone, before the object: "is linking the "treacherous"".
_LINKING = re.compile(r"\b(?P<verb>" + _W("linking_verbs") + r")\s+(?:the|a|an|this|that|"
                      r"these|its|their|last|recent)\s+(?:[\w\"“”'’-]+\s+){0,3}$", re.I)
_TO = re.compile(r"\s+(?:[\w\"“”'’-]+\s+){0,4}?to\b", re.I)
_ONE_WORD = re.compile(r"[\w-]+")
# A conditional: "If Armenia does not like the word, other terms could be used" offers (a
# modal of possibility in the main clause); "if they do not withdraw, we will respond"
# threatens (a negated or persisting condition and a future).
_CONDITIONAL = re.compile(
    r"\bif\b(?P<condition>[^.;:!?]{1,160}?),\s*(?:[^.;:!?,]{0,80}?\s)?"
    r"(?:(?P<offer>" + _W("offer_modals") + r")|(?P<future>" + _W("threat_modals") + r"))\b",
    re.I)
_NEGATED = re.compile(r"(?<![\w-])" + _W("negations") + r"(?![\w-])", re.I)


class _Typing(_EventPage):
    """Types and retypes a trigger by its context, and reads its modality."""

    def _retype_around_inner_speech(self, speech: list[_Draft]) -> list[_Draft]:
        """A statement typed by what it says is typed only by the words before another
        speaker's speech act in them ("Hajiyev said that the Armenian prime minister asked
        for time": Hajiyev states, Pashinyan asks).  A speech act of the speaker's own
        state in his words is his ("Tehran remains opposed to ..., Araghchi stressed")."""
        absorbed: set[int] = set()
        for d in speech:
            if d.content is None or not d.initiators or \
                    self.kinds.get(d.initiators[0]) is not ActorKind.PERSON:
                continue
            lo, hi = d.content
            for e in speech:
                if e is d or id(e) in absorbed or not e.initiators or \
                        not lo <= e.hit.start < hi or \
                        any(self.kinds.get(a) is ActorKind.PERSON for a in e.initiators) or \
                        not self._own_side(d.initiators, e.initiators):
                    continue
                absorbed.add(id(e))
                if d.event_type is EventType.STATEMENT and \
                        e.event_type is not EventType.STATEMENT:
                    d.event_type, d.targets = e.event_type, e.targets
                    d.typed = False
        speech = [d for d in speech if id(d) not in absorbed]
        for d in speech:
            if not d.typed or d.content is None:
                continue
            lo, hi = d.content
            inner = [e.hit.start for e in speech if e is not d and e.initiators
                     and e.initiators != d.initiators and lo <= e.hit.start < hi]
            if inner:
                d.event_type = self._content_type(lo, min(inner)) or EventType.STATEMENT
                if d.event_type is EventType.STATEMENT:
                    d.targets = []
        return speech

    def _no_act(self, h: TriggerHit) -> bool:
        """Whether a verb form names a state or an inference, not an act: a bare verb
        form after a copula is an adjective ("is close to being finalised"); a status
        ("is internationally recognized as part of", "internationally recognized
        borders"); acknowledging a fact ("we recognise the importance of"); "suggest" with
        a finite clause infers ("the scenes suggest the region is being emptied"); a
        "threaten to" of a process is a risk ("threatening to escalate into a war"); "took
        over" a length of time is no takeover ("took over half an hour to arrive")."""
        if h.nominal:
            return False
        text, start, end = self.text, h.start, h.end
        word = text[start:end].lower()
        if " " not in word and inflect(word)[2] in h.trigger.verbs and \
                _AFTER_COPULA.search(text, max(0, start - 30), start):
            return True  # a base form (its regular past is a form of the same entry)
        if h.trigger.event_type is EventType.AGREE and _RECOGNISING.match(word) and (
                (_STATUS.search(text, max(0, start - 40), start)
                 and not _BY.match(text, end))
                or _ACKNOWLEDGED.match(text, end)):
            return True
        if h.trigger.event_type is EventType.VISIT and _ARRIVING.match(word) and \
                not self._named_after(end):
            return True  # "6,650 people had arrived so far": no one visits anywhere
        if h.trigger.event_type is EventType.AGREE and _PERPETRATING.match(word) and \
                _OFFENCE.match(text, end):
            return True  # "did not commit a crime": perpetrating is no pledge (CAMEO 03)
        if _DURATION_PARTICLE.search(word) and _DURATION.match(text, end):
            return True  # "took over half an hour to arrive": a length of time, no takeover
        if h.trigger.event_type is EventType.THREAT and _RISK.match(text, end):
            return True  # "the fighting is threatening to escalate": a risk, no one threatens
        return h.trigger.event_type is EventType.PROPOSAL and \
            _INFERRING.match(word) is not None and _INFERRED.match(text, end) is not None

    def _named_after(self, end: int) -> bool:
        """Whether an actor or a place is named in the clause right after ``end`` (within
        ``_DESTINATION_REACH`` characters, before a sentence stop): where one arrives."""
        stop = _STOP.search(self.text, end, end + _DESTINATION_REACH)
        limit = stop.start() if stop else end + _DESTINATION_REACH
        for starts in (self.mention_starts, self.place_starts):
            i = bisect.bisect_left(starts, end)
            if i < len(starts) and starts[i] < limit:
                return True
        return False

    def _attending(self, hits: list[TriggerHit]) -> list[TriggerHit]:
        """A trip whose purpose is a meeting is taking part in it ("arrived in Baku for the
        climate conference"): the meeting names the happening, the verb its coming."""
        out: list[TriggerHit] = []
        for i, h in enumerate(hits):
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            if nxt is not None and not h.nominal and h.trigger.event_type is EventType.VISIT \
                    and nxt.trigger.event_type is EventType.MEET and \
                    _PURPOSE.fullmatch(self.text, h.end, nxt.start):
                out.append(attrs.evolve(h, trigger=nxt.trigger))
                continue
            out.append(h)
        return out

    def _linked(self, hits: list[TriggerHit]) -> list[TriggerHit]:
        """The hits with the verbs that tie a hostile happening to someone ("Baku is
        linking the attack to an anti-Azerbaijani campaign", "officials tied the bombing
        to the rebels"): an accusation (CAMEO 11) by the verb's subject."""
        accuse = self.table.strongest(EventType.ACCUSE)
        if accuse is None:
            return hits
        nouns = _noun_forms(self.table)
        out: list[TriggerHit] = []
        for i, h in enumerate(hits):
            noun = h.nominal or self.text[h.start:h.end].lower() in nouns
            m = _LINKING.search(self.text, max(0, h.start - 80), h.start) \
                if noun and h.trigger.event_type in _HOSTILE else None
            if m is not None and _TO.match(self.text, h.end) and \
                    not any(m.start("verb") < o.start < h.start for o in hits[:i]):
                verb = TriggerHit(m.start("verb"), m.end("verb"), accuse, False)
                out = [o for o in out if o.end <= verb.start or o.start >= verb.end]
                out.append(verb)
                h = attrs.evolve(h, nominal=True)  # the object of the verb
            out.append(h)
        return sorted(out, key=lambda h: (h.start, -h.end))

    def _characterised(self, hits: list[TriggerHit]) -> list[TriggerHit]:
        """A hostile noun a verb of naming applies to its object characterises it, it
        reports no happening ("Turkey called Armenia the biggest threat to peace", "she
        branded the raid an act of aggression"): the verb accuses its object (CAMEO 11),
        its subject speaks."""
        accuse = self.table.strongest(EventType.ACCUSE)
        if accuse is None:
            return hits
        nouns = _noun_forms(self.table)
        out: list[TriggerHit] = []
        for h in hits:
            m = _CHARACTERISED.search(self.text, max(0, h.start - 100), h.start) if \
                h.trigger.event_type in _PREDICATED and (
                    h.nominal or self.text[h.start:h.end].lower() in nouns) else None
            if m is not None:
                verb = TriggerHit(m.start("verb"), m.end("verb"), accuse, False)
                out = [o for o in out if o.end <= verb.start or o.start >= verb.end]
                out.append(verb)
                continue
            out.append(h)
        # "called the closure a gross violation", "described the verdict as a sham": an
        # accusation word the verb of naming gives its object accuses the object's owner,
        # though the word names no happening of the lexicon
        for at, cue in self.table.content_cue_hits(self.text, 0, len(self.text)):
            m = _CHARACTERISED.search(self.text, max(0, at - 100), at) \
                if cue is EventType.ACCUSE else None
            if m is None or any(o.start < m.end("verb") and m.start("verb") < o.end
                                and o.trigger.event_type is EventType.ACCUSE for o in out):
                continue
            verb = TriggerHit(m.start("verb"), m.end("verb"), accuse, False)
            out = [o for o in out if o.end <= verb.start or o.start >= verb.end]
            out.append(verb)
            self._naming.add(verb.start)
        return sorted(out, key=lambda h: (h.start, -h.end))

    def _halted(self, hits: list[TriggerHit]) -> list[TriggerHit]:
        """Talks or cooperation a verb ends are a cut in relations (CAMEO 16: "decided to
        end EU accession talks", "froze its partnership"): the verb is a sanction trigger,
        so its subject acts and the object's owner is the target; the noun is its object."""
        sanction = self.table.strongest(EventType.SANCTION)
        if sanction is None:
            return hits
        nouns = _noun_forms(self.table)
        out: list[TriggerHit] = []
        for h in hits:
            noun = h.nominal or self.text[h.start:h.end].lower() in nouns
            m = _HALTING.search(self.text, max(0, h.start - 60), h.start) \
                if noun and h.trigger.event_type in _RELATIONS else None
            if m is None:
                out.append(h)
                continue
            verb = TriggerHit(m.start("verb"), m.end("verb"), sanction, False)
            if out and out[-1].start == verb.start:
                out[-1] = verb  # "suspend the talks": the verb's own hit
            elif not out or out[-1].end <= verb.start:
                out.append(verb)
            else:
                out.append(h)
        return out

    def _compound_heads(self, hits: list[TriggerHit]) -> list[TriggerHit]:
        """The hits without a noun trigger that modifies the noun trigger right after it:
        a noun-noun compound names the happening its head (last) noun names ("a cease-fire
        deal" is an agreement, "ceasefire talks" are talks, "a protest rally" a rally)."""
        nouns = _noun_forms(self.table)
        out = []
        for i, h in enumerate(hits):
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            if nxt is not None and _COMPOUND_GAP.fullmatch(self.text, h.end, nxt.start) and \
                    _ONE_WORD.fullmatch(self.text, h.start, h.end) and \
                    self.text[h.start:h.end].lower() in nouns and \
                    " ".join(self.text[nxt.start:nxt.end].lower().split()) in nouns and \
                    nxt.trigger.event_type is not h.trigger.event_type:
                continue
            out.append(h)
        return out

    def _without_light_verbs(self, hits: list[TriggerHit]) -> list[TriggerHit]:
        """The hits without a light verb whose object is a noun trigger ("launched a
        full-scale offensive"): the noun names the happening, and as no verb stands before
        it, its initiator is the clause's subject."""
        light = self.table.light_verbs
        out = []
        for i, h in enumerate(hits):
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            if nxt is not None and not h.nominal and (
                    (nxt.nominal and self.text[h.start:h.end].lower() in light
                     and _LIGHT_GAP.fullmatch(self.text, h.end, nxt.start))
                    or (nxt.trigger.event_type in _VIOLENT
                        and _IN_HAPPENING.fullmatch(self.text, h.end, nxt.start)
                        and _clauses.is_passive(self.text, max(0, h.start - 40), h.start,
                                                h.end))):
                # "launched an offensive"; "were killed in Armenian shelling", "killed in
                # four days of fighting": the noun names the happening
                continue
            out.append(h)
        return out

    def _relayed(self, owner: _Draft, hit: TriggerHit) -> bool:
        """Whether a speech noun or "according to" stands between a speech verb and a
        happening in what it says ("commented on the reports according to which forces
        opened fire"): the happening is another's report, which the speaker does not
        assert."""
        for h in self.table.find(self.text, owner.hit.end, hit.start):
            if _MEDIUM.match(self.text, h.start, h.end):
                continue  # "said in a statement that": the medium of the verb
            if h.trigger.speech and (h.nominal or self._noun_form(h) or _ATTRIBUTION.match(
                    self.text, h.start, h.end)):
                return True  # "the reports", "according to which"
        return False

    def _content_type(self, start: int, end: int) -> EventType | None:
        """The speech act the reported words perform: a speech trigger or content cue in
        them, the strongest first; None for a plain statement."""
        # What is said is typed by how it opens: a run-on text stays linear.
        end = min(end, start + _MAX_SENTENCE)
        for h in self.table.find(self.text, start, end):
            if h.trigger.speech and not h.nominal and h.start > start and \
                    _AND_OWN_VERB.search(self.text, max(start, h.start - 12), h.start):
                # "said that the clashes were started by ... and denied any casualties":
                # a speech verb co-ordinated with no subject of its own is the speaker's
                # next act, not what he says
                end = h.start
                break
        found: list[EventType] = []
        for h in self.table.find(self.text, start, end):
            if h.trigger.event_type not in _SPEECH_ACTS or self._no_act(h):
                continue  # only a speech act types what is said
            if not h.nominal and self._act_negated(max(start, h.start - 40), h.start):
                continue  # "it is impossible to deny it": a denied act is not performed
            if not h.nominal and _RELATIVE_SUBJECT.search(self.text, max(start, h.start - 30),
                                                          h.start):
                continue  # "the doctrine that calls for new wars": the doctrine's act
            lo = max(0, h.start - 40)
            noun = h.nominal or self._noun_form(h)
            if not noun or _OWN_NOUN.fullmatch(self.text, max(start, lo), h.start):
                # a speech noun counts only as the speaker's own ("reaffirmed its strong
                # opposition to"), not as a topic ("reviewing Baku's proposals")
                found.append(h.trigger.event_type)
        for at, cue in self.table.content_cue_hits(self.text, start, end):
            if self._inside_mention(at):
                continue  # "a criminal court prosecutor": a word of a name types nothing
            if cue is EventType.ACCUSE and self.denied.search(
                    " ".join(self.text[max(start, at - 40):at].split()[-3:])):
                # "Kobakhidze did not commit a crime": denying a charge rejects it
                cue = EventType.REJECT
            found.append(cue)
        conditional = _CONDITIONAL.search(self.text, start, end)
        if conditional is not None:
            if conditional.group("offer"):
                found.append(EventType.PROPOSAL)
            elif _NEGATED.search(conditional.group("condition")):
                found.append(EventType.THREAT)
        if not found:
            return None
        order = [EventType.THREAT, EventType.DEMAND, EventType.REJECT, EventType.ACCUSE,
                 EventType.PROPOSAL]
        return min(found, key=order.index)

    def _act_negated(self, lo: int, at: int) -> bool:
        """Whether the three words before a speech verb at ``at`` negate it or call it
        impossible ("did not accuse", "it is impossible to deny")."""
        words = " ".join(self.text[lo:at].split()[-3:])
        return bool(self.denied.search(words) or _IMPOSSIBLE.search(words))

    def _modality(self, hit: TriggerHit, c_start: int) -> Modality:
        found = _clauses.modality(self.text, c_start, hit.start, hit.nominal, self.denied,
                                  self.planned, self.possible, self.demanded)
        if found is Modality.ASSERTED and hit.nominal and \
                _PLANNED_PREDICATE.match(self.text, hit.end):
            # "Negotiations ... are set to begin next week": the noun's predicate plans it
            return Modality.PLANNED
        return found
