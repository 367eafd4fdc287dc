"""Events of one document: who did what to whom, when and where, clause by clause.

The trigger lexicon (``data/event_patterns.json``, :class:`TriggerTable`) finds the words
that name happenings.  Each sentence is cut into clauses (:mod:`._clauses`); a clause with a
trigger gives an event whose evidence is the clause and whose trigger span is the word.

- **Statements are events.**  A speech trigger ("said", "accused", "urged", "according
  to") makes an event of its speaker, typed by the speech act, or for a plain "said" by
  what the reported words say (content cues and speech triggers in them).  Every quote
  with a speaker that no such event covers gets its own event, linked to the quote.
- **Grammar, not proximity.**  The initiator is the subject of an active verb (with the
  actors co-ordinated with it; a "he"/"she", a sentence-opening "it"/"they" or "who"
  resolved; shared by co-ordinated verbs, an elided ", and then" verb and a participle
  after a comma), the "by" agent of a passive one (reduced passives too), the owner of a noun
  trigger ("Armenia's boycott", "his visit"); targets are the object group after the
  trigger, never an outlet, a locative state or the speaker's own state.  Joint
  happenings take the first co-subject as initiator and the others as targets; the sides
  of a fight and whose plane crashed are participants.  An outlet's report is attribution.
  The place is the one a locative preposition attaches to the clause, else the place the
  happening acts on or goes to.
- **Modality** records whether the text asserts, denies, plans, hedges or demands it.
- **Dates** come from the one resolver (:func:`caucasus_events.dates.find_dates`) against
  the publication date: the clause's own date, else the sentence's, else the quote's; a
  current report without one takes the publication date (its month when the day is
  known), flagged inferred; a background noun ("after the 2020 war") stays undated.

This module owns the sentence and clause passes and the built events; the roles live in
modules of their own, each a layer of the extractor: the page read (:mod:`._event_page`),
reference across clauses (:mod:`._event_reference`), initiators (:mod:`._event_initiators`),
targets (:mod:`._event_targets`), typing and modality (:mod:`._event_typing`), speech acts
(:mod:`._event_speech`), a happening's roles (:mod:`._event_happening`) and the passes over
a document's drafts (:mod:`._event_revisions`); shared patterns are in
:mod:`._event_grammar`.  See ``docs/actors-and-events.md`` for the rules and their limits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from caucasus_events.dates import PartialDate
from caucasus_events.dates import find_dates as _resolver_find_dates
from caucasus_events.ids import make_id
from caucasus_events.models import (
    Actor,
    ActorKind,
    Citation,
    Document,
    Event,
    EventActor,
    EventType,
    Modality,
    Place,
    Quote,
    Role,
    Span,
)
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _AND_OWN_VERB,
    _AND_VERB,
    _BACKGROUND,
    _CONCRETE,
    _FROM,
    _HOSTILE,
    _JOINT,
    _MAX_SENTENCE,
    _MEDIUM,
    _RELATIVE_SUBJECT,
    _SETTING,
    _SPEECH_ACTS,
    _THAT,
    _THAT_CLAUSE,
    _W,
    _noun_forms,
)
from caucasus_events.parse._event_happening import _HappeningRoles
from caucasus_events.parse._event_page import _Draft
from caucasus_events.parse._event_revisions import _Revisions
from caucasus_events.parse._event_speech import _Speech
from caucasus_events.parse._triggers import Trigger, TriggerHit, TriggerTable
from caucasus_events.parse.text import sentence_spans

__all__ = ["Trigger", "TriggerTable", "extract_events", "find_dates"]

# Hostile happenings a speaker blames on someone by naming them in what he says.
_BLAMED = frozenset({EventType.ATTACK, EventType.ARREST})
# Speech acts whose object is a happening that has not taken place ("demanded sanctions").
_ASKING = frozenset({EventType.DEMAND, EventType.PROPOSAL})
# Types whose event needs a named participant to be worth recording.
_NEEDS_ACTOR = frozenset({EventType.STATEMENT, EventType.OTHER, EventType.COOPERATE,
                          EventType.MEET})
_SUMMARY_CHARS = 200
# "a skirmish that left one soldier dead took place on Monday": a happening noun that is
# the subject of a verb of occurrence is told as a fact, not the topic of a verb before it
_OCCURRED = re.compile(r"[^.;:!?\"“”]{0,80}?\b" + _W("occurrence_verbs") + r"\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:\w+ly|" + _W("first_person_adverbs")
                           + r")\s+)*$")
# A decision taken: what it decides is reported as the decided act ("EU ministers decided
# to suspend visa liberalisation" is a sanction, not a speaker's claim).
_DECIDED = re.compile(r"\b" + _W("decision_leads") + r"\s+(?:\w+ly\s+)?$", re.I)
# A condition named by a happening noun: "a state of war", "the state of emergency".
_STATE_OF = re.compile(r"\bstate\s+of\s+$", re.I)
# A source adjunct ("according to Reuters") attributes its clause; a verb of relaying
# ("quoted", "cited") reports another's words.
_SOURCE_ADJUNCT = re.compile(_W("source_adjuncts"), re.I)
_RELAYING = re.compile(_W("relaying_verbs"), re.I)
# A noun naming what someone said as a claim: "Tehran's claim that", "his version".
_CLAIM_NOUN = re.compile(_W("claim_nouns"), re.I)
# An adjective of a standing condition right before a happening noun.
_STANDING = re.compile(r"\b" + _W("standing_adjectives") + r"\s+$", re.I)
# A modal perfect right before a verb: what could or would have happened, and did not
# ("could have traveled there", "would not have signed").
_COUNTERFACTUAL = re.compile(r"\b(?:could|would)\s+(?:not\s+|never\s+)?have\s+(?:\w+ly\s+)?$",
                             re.I)
# A past participle: a regular one or a listed irregular past.
_PARTICIPLE = re.compile(r"[A-Za-z]+ed|" + _W("irregular_past_verbs"), re.I)
_MODIFIES = re.compile(r"[ \t]+(?!" + _W("function_words") + r"\b)[a-z][\w-]*")
_NOUN_AND = re.compile(r"\s+(?:or|and)\s+")
# Between a demand or proposal and the happening it asks for, its object: "requested house
# arrest", "a request for sanctions", "proposed a new round of talks".
_ASKED_FOR = re.compile(r"\s+(?:for\s+)?(?:(?:" + _W("articles") + "|"
                        + _W("third_person_possessives") + r")\s+)?(?:[a-z][\w-]*\s+){0,2}")
# "the initiative about a global ceasefire", "a proposal on the withdrawal": what a
# proposal or demand noun is about is asked for, not done
_PROPOSED_ABOUT = re.compile(r"\s+" + _W("proposal_prepositions") + r"\s+(?:(?:"
                             + _W("articles") + "|" + _W("third_person_possessives")
                             + r")\s+)?(?:[a-z][\w-]*\s+){0,2}")
_ASKED_FOR_NEXT = re.compile(r"\s+(?:for\s+)?(?:" + _W("articles") + r"\s+)?")
_PAST = re.compile(r"ed$")
_TRIM = " \t\n,;:—–-\"'“”‘’"


def find_dates(text: str, reference: PartialDate | None, start: int = 0,
               end: int | None = None) -> list[tuple[int, int, PartialDate]]:
    """The date expressions of ``text[start:end]`` as ``(start, end, date)``, resolved
    against ``reference`` by the one date resolver (kept for callers of the old API; see
    :func:`caucasus_events.dates.find_dates`)."""
    return [(m.start, m.end, m.date) for m in _resolver_find_dates(text, reference, start, end)]


class _Extractor(_Speech, _HappeningRoles, _Revisions):
    """Reads one document sentence by sentence, clause by clause, into events."""

    def run(self) -> list[Event]:
        drafts: list[_Draft] = []
        self._paragraph_spans = self.paragraphs()
        self._paragraph_starts = [p[0] for p in self._paragraph_spans]
        hits = [attrs.evolve(h, nominal=True) if not h.nominal and self._noun_form(h) else h
                for h in self.table.find(self.text) if not self._in_name(h)]
        hits = [h for h in self._compound_heads(hits) if not self._no_act(h)
                # "is in a state of war": a standing condition, no happening
                and not (h.nominal and _STATE_OF.search(self.text, max(0, h.start - 20),
                                                         h.start))
                # "a longstanding demand of Baku", "their decades-long conflict": a
                # standing condition (the adjective makes the word a noun), no happening
                and not _STANDING.search(self.text, max(0, h.start - 30), h.start)]
        nouns = _noun_forms(self.table)
        # "an initial step", "the alleged attack": a verb form made a noun by its
        # determiner that is no noun of the lexicon and stands before a content word
        # modifies it
        hits = [h for h in hits if not (
            h.nominal and self.text[h.start:h.end].lower() not in nouns
            and (_MODIFIES.match(self.text, h.end)
                 # "some of the accused", "the detained": a participle made a noun names
                 # the people the happening befell, not the happening
                 or _PARTICIPLE.fullmatch(self.text, h.start, h.end)))]
        hits = self._attending(self.table.retyped(self.text, hits))
        hits = self._linked(hits)
        hits = self._characterised(hits)
        hits = self._halted(hits)
        for i in range(1, len(hits)):
            # "for an interview or comment": a verb form co-ordinated with a noun is a noun,
            # except a past ("provoking the clashes and warned")
            if hits[i - 1].nominal and not hits[i].nominal and _NOUN_AND.fullmatch(
                    self.text, hits[i - 1].end, hits[i].start) and \
                    not _PAST.search(self.text, hits[i].start, hits[i].end):
                hits[i] = attrs.evolve(hits[i], nominal=True)
        hit_starts = [h.start for h in hits]
        title = " ".join((self.doc.title or "").split())
        for p_index, (p_start, p_end) in enumerate(self.paragraphs()):
            if title and " ".join(self.text[p_start:p_end].split()) == title:
                self._headline = (p_start, p_end)
                continue  # the headline restates the body; its events come from the body
            for s_start, s_end in _chunks(self.text, sentence_spans(self.text, p_start, p_end)):
                lo = bisect.bisect_left(hit_starts, s_start)
                hi = bisect.bisect_left(hit_starts, s_end)
                sentence_hits = [h for h in hits[lo:hi] if h.end <= s_end]
                if sentence_hits:
                    self._sentence_span = (s_start, s_end)
                    found = self._sentence(s_start, s_end, p_index, sentence_hits)
                    self._sentence_span = (0, 0)
                    drafts.extend(found)
                    self._note_subject(found, s_start)
                    self._note_told(found)
        drafts.extend(self._quote_events(drafts))
        drafts.sort(key=lambda d: (d.clause[0], d.hit.start))
        for d in drafts:
            if d.speech and d.typed and d.event_type is EventType.REJECT:
                # a denial typed by its words names what is denied, not whose claim it
                # answers ("According to Ivanishvili, Kobakhidze did not commit a crime"),
                # unless its object names the claim's owner ("not buying Tehran's claim")
                d.targets = self._said_owner(d.hit, d.clause[1], d.initiators)
        self._answer_targets(drafts)
        self._not_the_reporter(drafts)
        self._accused_by_reference(drafts)
        self._truce_addressees(drafts)
        self._protest_by_reference(drafts)
        self._tried_by_the_court(drafts)
        self._absolute_participles(drafts)
        self.placing.settle(drafts, self._paragraph_spans)
        events = []
        for d, date in zip(drafts, self.dating.dates_of(drafts, self._paragraph_spans),
                           strict=True):
            event = self._event(d, date)
            if event is not None:
                events.append(event)
        return events

    def _sentence(self, s_start: int, s_end: int, p_index: int,
                  hits: list[TriggerHit]) -> list[_Draft]:
        out: list[_Draft] = []
        hits = self._without_light_verbs(hits)
        attributions = tuple(h.start for h in hits if h.trigger.reporting and not h.nominal)
        clauses = _clauses.clauses(self.text, s_start, s_end, attributions)
        speech: list[_Draft] = []
        # Speech acts first: their content is what the speaker says.
        for c_start, c_end in clauses:
            said = -1  # where the clause's last speech verb ends
            for h in hits:
                if c_start <= h.start < c_end and h.trigger.speech and not h.nominal \
                        and self._in_quote(h.start) is None:
                    if said >= 0 and h.start - said < 60 and \
                            _MEDIUM.match(self.text, h.start, h.end):
                        continue  # "told AFP in an interview": the medium of the verb
                    self._main_speaker = next(
                        (d.initiators for d in speech if d.initiators and d.clause[0] < c_start),
                        [])
                    speech.extend(self._speech(h, (c_start, c_end), (s_start, s_end),
                                               p_index, clauses))
                    said = h.end
        speech = [d for d in speech if not self._relative_of_speaker(d, speech)]
        speech = self._retype_around_inner_speech(speech)
        speech = _one_per_clause(speech, self.text)
        out.extend(speech)
        contents = [(d.content, d) for d in speech if d.content is not None]
        for c_start, c_end in clauses:
            verbs = [h.start for h in hits if c_start <= h.start < c_end and not h.nominal
                     and h.start not in self._naming
                     and not _SOURCE_ADJUNCT.fullmatch(self.text, h.start, h.end)]
            in_clause = [h for h in hits if c_start <= h.start < c_end
                         and not (h.trigger.speech and not h.nominal)
                         and not h.trigger.reporting
                         # a noun after a verb trigger is its topic ("condemned the arrests")
                         and not (h.nominal and h.trigger.priority < _CONCRETE
                                  and self._governed(h, hits, c_start)
                                  and not self._participants_follow(h)
                                  and not self._possessed(h)
                                  and not self._occurred(h)
                                  and not self._sourced(h)
                                  # "called for a ceasefire during a phone call": the
                                  # setting is a happening of its own
                                  and not _SETTING.search(self.text, max(c_start, h.start - 40),
                                                          h.start))]
            # "requested house arrest", "a request for sanctions": what is asked for has
            # not happened; the demand is the event
            in_clause = [h for h in in_clause if not self._asked_for(h, hits)]
            if not in_clause:
                continue
            quote = self._in_quote(in_clause[0].start)
            if quote is None:
                in_clause = self._opening_quote_act(in_clause, (c_start, c_end),
                                                    (s_start, s_end), p_index, verbs,
                                                    contents, out)
                if not in_clause:
                    continue
            own = self._first_person_act(in_clause, quote, c_start) \
                if quote is not None else None
            if quote is not None and (own is not None or not quote.partial):
                # the quote is the speaker's claim: its event is the quote's, except what
                # the speaker says he did ("We also met with the Presidents ..."); words
                # quoted inside the writer's sentence ('the EU had "downgraded contacts"')
                # report a happening
                if own is not None:
                    draft = self._clause_event(own, (c_start, c_end), (s_start, s_end),
                                               p_index, verbs, contents)
                    if draft is not None and quote.speaker is not None:
                        draft.initiators = [quote.speaker]
                        draft.targets = [t for t in draft.targets if t != quote.speaker]
                        out.append(draft)
                else:
                    # a happening the speaker asserts with its actor named ("Georgia signed
                    # the Association Agreement", "he founded the party in 2012") is a fact
                    # told; a hostile one stays the speaker's claim (an accusation)
                    for best in in_clause:
                        if (best.nominal or best.trigger.event_type in _HOSTILE or
                                best.trigger.speech) and not self._agented(best):
                            continue
                        draft = self._clause_event(best, (c_start, c_end), (s_start, s_end),
                                                   p_index, verbs, contents)
                        if draft is not None and draft.initiators and \
                                draft.modality is Modality.ASSERTED:
                            out.append(draft)
                        break
                continue
            ranked = sorted(in_clause, key=lambda h: (
                h.nominal, self._background(h, c_start), -h.trigger.priority, h.start))
            seen: set[EventType] = set()
            for best in ranked:
                if best.trigger.event_type in seen:
                    continue
                seen.add(best.trigger.event_type)
                draft = self._clause_event(best, (c_start, c_end), (s_start, s_end), p_index,
                                           verbs, contents)
                if draft is not None:
                    out.append(draft)
        return [d for d in out if not (d.speech and d.content is not None
                                       and self._outlet(d.initiators)
                                       and any(o is not d and d.content[0] <= o.hit.start
                                               < d.content[1] for o in out)
                                       and not self._own_report(d))]

    def _own_report(self, d: _Draft) -> bool:
        """Whether an outlet reports a happening as its own finding ("RIA Novosti reported
        that the secretariat had not received notification"): a verb with the outlet as
        subject, and no one else's words in what it says.  An outlet relaying another's
        words ("IRNA quoted Kanaani as saying", "Reuters reported that Baku believes") or
        attributing with "according to" only says where the news comes from."""
        if d.content is None or d.hit.nominal or \
                _SOURCE_ADJUNCT.fullmatch(self.text, d.hit.start, d.hit.end) or \
                _RELAYING.fullmatch(self.text, d.hit.start, d.hit.end):
            return False
        lo, hi = d.content
        if self._quote_at(lo, hi):
            return False
        return not any(h.trigger.speech and h.start != d.hit.start
                       for h in self.table.find(self.text, lo, hi))

    def _relative_of_speaker(self, d: _Draft, speech: list[_Draft]) -> bool:
        """Whether a speech verb whose subject is a relative pronoun stands in what
        another speech act of the same speaker says ("Hajiyev said Armenia follows a
        doctrine that calls for new territories"): the doctrine calls, the speaker only
        tells of it."""
        if d.hit.nominal or not _RELATIVE_SUBJECT.search(
                self.text, max(0, d.hit.start - 30), d.hit.start):
            return False
        return any(e is not d and e.content is not None
                   and e.content[0] <= d.hit.start < e.content[1]
                   and e.initiators == d.initiators for e in speech)

    def _governed(self, noun: TriggerHit, hits: list[TriggerHit], c_start: int) -> bool:
        """Whether a verb trigger of the clause before a noun trigger governs it as its
        object or topic ("condemned the arrests"); a speech verb does not govern what it
        reports after "that" or a colon ("notified Congress that he is extending a
        waiver")."""
        for v in hits:
            if v.start >= noun.start:
                break
            if v.start < c_start or v.nominal or v.start in self._naming or \
                    _SOURCE_ADJUNCT.fullmatch(self.text, v.start, v.end):
                continue  # a verb of naming characterises a happening, which took place;
                # "according to" attributes the clause
            if v.trigger.speech and _THAT.search(self.text, v.end, noun.start):
                continue
            return True
        return False

    def _asked_for(self, noun: TriggerHit, hits: list[TriggerHit]) -> bool:
        """Whether a noun trigger is the object of the demand or proposal right before it
        ("requested house arrest", "a request for sanctions", "proposed talks"): a
        happening asked for, which the demand stands for, not one that took place."""
        if noun.trigger.event_type in _SPEECH_ACTS:
            return False
        i = bisect.bisect_left([h.start for h in hits], noun.start)
        if i == 0:
            return False
        prev = hits[i - 1]
        if prev.trigger.event_type not in _ASKING or prev.end > noun.start:
            return False
        # a verb form right after it is a noun phrase of the lexicon ("house arrest")
        gap = _ASKED_FOR if noun.nominal else _ASKED_FOR_NEXT
        return bool(gap.fullmatch(self.text, prev.end, noun.start)) or (
            prev.nominal
            and _PROPOSED_ABOUT.fullmatch(self.text, prev.end, noun.start) is not None)

    def _opening_quote_act(self, in_clause: list[TriggerHit], clause: tuple[int, int],
                           sentence: tuple[int, int], p_index: int, verbs: list[int],
                           contents: list[tuple[tuple[int, int], _Draft]],
                           out: list[_Draft]) -> list[TriggerHit]:
        """A quotation opening inside a clause ("Stoltenberg - We agreed to ... "We also
        met with the Presidents"): what its speaker says "we" or "I" did is his act (added
        to ``out``); the clause's other hits are returned, the quoted ones being the
        speaker's words."""
        quoted = [h for h in in_clause if self._in_quote(h.start) is not None]
        if not quoted:
            return in_clause
        quote = self._in_quote(quoted[0].start)
        assert quote is not None
        lo = max(clause[0], quote.span.start)
        own = self._first_person_act(quoted, quote, lo)
        if own is None or quote.speaker is None:
            return in_clause
        draft = self._clause_event(own, (lo, clause[1]), sentence, p_index, verbs, contents)
        if draft is not None:
            draft.initiators = [quote.speaker]
            draft.targets = [t for t in draft.targets if t != quote.speaker]
            out.append(draft)
        return [h for h in in_clause if h not in quoted]

    def _first_person_act(self, hits: list[TriggerHit], quote: Quote,
                          c_start: int) -> TriggerHit | None:
        """The verb a quote's "we" or "I" is the subject of, if any."""
        if quote.speaker is None:
            return None
        for h in hits:
            if not h.nominal and _FIRST_PERSON.search(
                    self.text, max(c_start, h.start - 30), h.start):
                return h
        return None

    def _clause_event(self, best: TriggerHit, clause: tuple[int, int],
                      sentence: tuple[int, int], p_index: int, verbs: list[int],
                      contents: list[tuple[tuple[int, int], _Draft]]) -> _Draft | None:
        """The event a happening trigger of a clause makes, or None when it is only what
        a speaker says or the topic of another verb."""
        owner = next((d for (lo, hi), d in contents if lo <= best.start < hi
                      and not self._outlet(d.initiators)), None)
        # "called for a ceasefire during a phone call": the setting took place, with the
        # clause's subject in it; the modal of the verb is not its own
        setting = best.nominal and bool(
            _SETTING.search(self.text, max(clause[0], best.start - 40), best.start))
        topic = best.nominal and not setting and not self._occurred(best) and \
            any(v < best.start for v in verbs)
        draft = self._happening(best, clause, sentence, p_index, topic=topic)
        if not draft.initiators and not draft.targets and best.nominal and not topic:
            draft.initiators = self._set_in_told(best, clause)
        if setting:
            draft.modality, draft.background = Modality.ASSERTED, False
            if draft.participants and self._venue(best, clause[0]):
                pass  # "spoke at the meeting": the subject attends it (see _venue)
            elif not draft.initiators:
                draft.initiators = self._subject(self._mentions_in(clause[0], best.start),
                                                 best, clause[0])
                if draft.event_type in _JOINT and len(draft.initiators) > 1:
                    draft.initiators, draft.targets = \
                        draft.initiators[:1], draft.initiators[1:] + draft.targets
        if owner is not None and draft.event_type not in _JOINT and self._occurred(best):
            # "the ministry said a skirmish took place": who tells of a happening the noun
            # names is no actor in it (one met "with" someone may be: "the meeting with")
            draft.initiators = [a for a in draft.initiators if a not in owner.initiators]
        one_sided = best.trigger.event_type is EventType.FIGHT and bool(draft.initiators) \
            and not draft.targets  # "the clashes were started by the Armenian side"
        if owner is not None and owner.event_type is EventType.STATEMENT and \
                (best.trigger.event_type in _BLAMED or one_sided) and (topic or (
                    draft.initiators and not self._relayed(owner, best))) and \
                not self._own_side(owner.initiators, draft.initiators):
            # "Baku believes the cause of the crash was an attack by ...", "the clashes
            # were started by the Armenian side": a speaker who names another's hostile
            # act blames them for it.
            owner.event_type = EventType.ACCUSE
            owner.targets = owner.targets or [
                a for a in draft.initiators + draft.targets if a not in owner.initiators][:1]
        if topic and not (
                draft.initiators or draft.targets):
            return None  # "condemned the arrests": the topic of the verb, told before
        decided = draft.initiators and _DECIDED.search(
            self.text, max(clause[0], best.start - 40), best.start)
        if owner is not None and owner.initiators and \
                draft.modality is not Modality.ASSERTED and not decided and \
                not self._own_side(owner.initiators, draft.initiators):
            # A claimed or expected happening is what the speaker says: the speech
            # event carries it (as an accusation when it is hostile).  Words no one is
            # named as saying keep their happening.
            if owner.event_type is EventType.STATEMENT and \
                    draft.modality is Modality.DENIED:
                owner.event_type = EventType.REJECT
            elif owner.event_type is EventType.STATEMENT and \
                    best.trigger.event_type in _HOSTILE:
                owner.event_type = EventType.ACCUSE
                owner.targets = owner.targets or draft.initiators or draft.targets
            if best.nominal and best.trigger.speech and draft.initiators and \
                    self._possessed(best) and _THAT_CLAUSE.match(self.text, best.end):
                # "not buying Tehran's claim that ...": the claim was made, whatever the
                # speaker makes of it; a claim noun states (CAMEO 01)
                draft.modality = Modality.ASSERTED
                if _CLAIM_NOUN.fullmatch(self.text, best.start, best.end):
                    draft.event_type = EventType.STATEMENT
                return draft
            if (best.trigger.event_type in _HOSTILE or draft.modality is Modality.PLANNED) \
                    and draft.initiators and not best.nominal:
                # "the ministry alleged that Armenian forces opened fire": the claimed act
                # of a named actor is an event too, with the claim's modality; so is the
                # act a speaker announces a named actor will do ("Kallas added that the EU
                # would redirect funding"), planned
                return draft
            return None
        if owner is None and not best.nominal and not best.trigger.speech and \
                _COUNTERFACTUAL.search(self.text, max(clause[0], best.start - 30), best.start):
            return None  # "he could have traveled there easily": it did not happen
        if draft.event_type in _SPEECH_ACTS and best.nominal and owner is None and \
                not draft.initiators and not self._proceeding(best):
            # "the accusations", "a proposal" with no one behind them; a trial or a
            # lawsuit takes place with its court or plaintiff unnamed
            return None
        return draft

    def _sourced(self, hit: TriggerHit) -> bool:
        """Whether a speech noun names its speaker right after it with "from" ("opened an
        embassy despite warnings from Iran", "ignored criticism from Brussels"): the speech
        act is a happening of its own, not only the topic of the verb before it."""
        if not (hit.nominal and hit.trigger.speech):
            return False
        m = _FROM.match(self.text, hit.end)
        if m is None:
            return False
        i = bisect.bisect_left(self.mention_starts, m.end())
        return i < len(self.mentions) and self.mentions[i].start == m.end() and \
            self.mentions[i].actor.kind is not ActorKind.MEDIA

    def _proceeding(self, hit: TriggerHit) -> bool:
        """Whether a noun trigger names legal proceedings ("the trial of former leaders
        continued"): a happening in a court, an event even with no accuser named."""
        return hit.nominal and \
            " ".join(self.text[hit.start:hit.end].lower().split()) in \
            self.table.grammar_words.get("proceeding_nouns", ())

    def _occurred(self, hit: TriggerHit) -> bool:
        """Whether a happening noun is the subject of a verb of occurrence after it ("said a
        skirmish that left one soldier dead took place on Monday", "the meeting took place
        in Brussels"): the noun is told as a fact, not the object of the verb before it."""
        return hit.nominal and not hit.trigger.speech and \
            _OCCURRED.match(self.text, hit.end) is not None

    def _possessed(self, hit: TriggerHit) -> bool:
        """Whether an actor's possessive stands right before a noun trigger ("referring to
        Armenia's boycott of the summit"), or a polity before a participle of agency ("praised
        a Turkish-brokered agreement"): the noun names its actor, a happening of its own
        even as the object of another verb."""
        i = bisect.bisect_left(self.mention_starts, hit.start) - 1
        if i < 0:
            return False
        m = self.mentions[i]
        return hit.start - m.end < 30 and self.text[m.end:m.end + 1] in "'’-‑" and \
            _clauses.owner_gap(self.text, m.end, hit.start)

    def _background(self, hit: TriggerHit, c_start: int) -> bool:
        """Whether a noun trigger names an earlier happening the clause refers back to
        ("despite recent fighting", "after the war")."""
        return hit.nominal and bool(
            _BACKGROUND.search(self.text, max(c_start, hit.start - 80), hit.start))

    # -- building ----------------------------------------------------------------------
    def _event(self, d: _Draft, date: PartialDate | None) -> Event | None:
        if not d.speech and not d.initiators and not d.targets and not d.participants and \
                d.event_type in _NEEDS_ACTOR and (
                d.place is None and (date is None or not date.text)):
            return None  # no one, no place, no day stated: background, not an event
        roles: dict[str, Role] = {}
        for a in d.initiators:
            roles.setdefault(a, Role.INITIATOR)
        for a in d.targets:
            roles.setdefault(a, Role.TARGET)
        for a in d.participants:
            roles.setdefault(a, Role.PARTICIPANT)
        c_start, c_end = _trimmed(self.text, *d.clause)
        spans = {(c_start, c_end), *(_trimmed(self.text, s, e) for s, e in d.extra_evidence)}
        evidence = tuple(Span(doc_id=self.doc.id, start=s, end=e) for s, e in sorted(spans)
                         if e > s)
        trigger = Span(doc_id=self.doc.id, start=d.hit.start, end=d.hit.end) \
            if d.hit.end > d.hit.start else None
        fatalities = None
        if d.event_type in (EventType.ATTACK, EventType.FIGHT, EventType.CRASH,
                            EventType.OTHER):
            fatalities = _clauses.death_toll(self.text, c_start, c_end,
                                             self.table.fatality_nouns,
                                             self.table.fatality_verbs)
        source = self.doc.source.id if self.doc.source is not None else None
        event_id = make_id("event", d.event_type.value, self.doc.id, d.hit.start, c_start)
        return Event(
            id=event_id, event_type=d.event_type, date=date,
            actors=tuple(EventActor(actor_id=a, role=r) for a, r in roles.items()),
            place=d.place or d.setting, summary=_summary(self.text, c_start, c_end),
            evidence=evidence, documents=(self.doc.id,), quotes=tuple(d.quotes),
            modality=d.modality, fatalities=fatalities, trigger=trigger,
            sources=(source,) if source else (), num_mentions=1, num_documents=1,
            num_sources=1 if source else 0)


def _one_per_clause(drafts: list[_Draft], text: str) -> list[_Draft]:
    """The speech events of a clause and speaker: each distinct speech act once, a plain
    statement only when the speaker performs no more specific one or it is a verb of its
    own co-ordinated after the first ("denounced ... and vowed to protect")."""
    best: dict[tuple[tuple[int, int], tuple[str, ...]], list[_Draft]] = {}
    for d in drafts:
        key = (d.clause, tuple(d.initiators))
        kept = best.setdefault(key, [])
        if d.event_type is EventType.STATEMENT:
            if not kept or (
                    all(k.hit.start < d.hit.start and k.event_type is not EventType.STATEMENT
                        for k in kept)
                    and _AND_VERB.search(text, max(0, d.hit.start - 30), d.hit.start)):
                kept.append(d)
        elif kept and kept[0].event_type is EventType.STATEMENT:
            if kept[0].content is not None and kept[0].hit.start < d.hit.start and \
                    _AND_OWN_VERB.search(text, max(0, d.hit.start - 12), d.hit.start):
                # "said that the clashes were started by ... and denied any casualties":
                # what is said, then another act of the speaker's own
                kept.append(d)
            else:
                kept[0] = d
        elif all(k.event_type is not d.event_type for k in kept):
            # "denounced the action and called on her supporters": two speech acts
            kept.append(d)
    return [d for kept in best.values() for d in kept]


def _chunks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with any longer than news prose has (a list, a page without full stops)
    cut at white space into pieces of at most ``_MAX_SENTENCE`` characters, so every rule
    reads a bounded window and extraction stays linear in the page length."""
    out = []
    for start, end in sentences:
        while end - start > _MAX_SENTENCE:
            cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut if cut > start else start + _MAX_SENTENCE
            out.append((start, cut))
            start = cut + 1 if text[cut:cut + 1] == " " else cut
        if end > start:
            out.append((start, end))
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM and text[end - 1] not in "\"”’'":
        end -= 1
    return start, end


def _summary(text: str, start: int, end: int) -> str:
    """The clause as one line: white space collapsed, leading conjunctions dropped, cut at
    a word near 200 characters."""
    line = " ".join(text[start:end].split())
    line = re.sub("^" + _W("leading_conjunctions") + r"\s+", "", line,
                  flags=re.I)
    if len(line) > _SUMMARY_CHARS:
        line = line[:_SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
    return line[:1].upper() + line[1:] if line else line


def extract_events(document: Document, *, actors: Sequence[Actor] = (),
                   places: Sequence[Place] = (), quotes: Sequence[Quote] = (),
                   citations: Sequence[Citation] = (),
                   table: TriggerTable | None = None) -> list[Event]:
    """The events ``document`` reports, one per happening: clause-level events found with
    the trigger lexicon, then merged where the page reports one happening twice."""
    from caucasus_events.parse.corpus import merge_events

    raw = _Extractor(document, actors, places, quotes, citations,
                     table or TriggerTable.default()).run()
    return merge_events(raw)
