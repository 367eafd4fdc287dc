"""Statements as events: the event extractor's speech acts, their speaker, whom they
address and accuse and how what they report types them, and the events of quotes.
"""

from __future__ import annotations

import bisect
import re

from caucasus_events.models import ActorKind, EventType, Modality
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _ADJACENT,
    _AIRCRAFT,
    _EACH_OTHER,
    _MAX_SENTENCE,
    _PRONOUN,
    _SENTENCE_STOP,
    _SPEECH_ACTS,
    _SUBORDINATOR,
    _W,
)
from caucasus_events.parse._event_initiators import _Initiators
from caucasus_events.parse._event_page import _Draft
from caucasus_events.parse._event_targets import _Targets
from caucasus_events.parse._event_typing import _Typing
from caucasus_events.parse._triggers import Trigger, TriggerHit

# Reported words whose subject is "it" or "they": "warned that it would ...".
_IT_SUBJECT = re.compile(r"[\s,:]*(?:that\s+)?(?:it|they)\s+(?!is\b|was\b|are\b|were\b)",
                         re.I)
_AIRCRAFT_OPENING = re.compile(r"[\s\"“]*" + _AIRCRAFT, re.I)
# A thing as the object of a speech act's verb: "refused to accept it", "rejected it".
_IT_OBJECT = re.compile(r"\s+(?:to\s+[a-z]+\s+)?it\b", re.I)
_INVERTED = re.compile(r"^[,\s]*(?:(?:\w+ly|also)\s+)?$")
# A speaker the actors do not name: "one senior official told me", "the analyst said".
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|" + _W("speaker_quantifiers")
    + r"\s+(?:[\w-]+\s+){0,5}[\w-]+)\s+(?:(?:\w+ly|" + _W("speaker_auxiliaries")
    + r")\s+)*$")
# "what he described as", "what Baku calls": a free relative before a speech verb
_FREE_RELATIVE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}$", re.I)
# What may follow a trailing attribution's verb: one adjunct of time, place or medium,
# no "that" and no quotation ("said in a Twitter post.", "told reporters on Monday.").
_ADJUNCT_TAIL = re.compile(
    r"\s*(?:" + _W("adjunct_words") + r"\b(?:(?!\bthat\b)[^,;:“”\"])*)?[.!?]?[\s\"'”’)]*",
    re.I)
# Between an outlet's reporting verb and the source it cites: "ABC.AZ reports citing
# words of Hikmet Hajiyev", "Interfax reported, quoting the minister".
# The rest of a sentence after an inverted reporting verb that is only its speaker, a
# short noun phrase ("..., says Aliyev's representative.").
_SPEAKER_TAIL = re.compile(r"\s*(?:[\w’'.-]+\s+){0,5}[\w’'.-]+[.!?]?[\s\"'”’)]*")
_CITING = re.compile(r"\s*,?\s*" + _W("citation_leads") + r"\s+(?:the\s+)?")
# A verb whose subject undergoes the speech act, as a passive's does: "Vardanyan faces
# charges" (the one charged, not the accuser).
_UNDERGOING = re.compile(_W("undergoing_forms"), re.I)
# An apposition naming examples of the noun before it: ", including X and Y,".
_EXAMPLES = re.compile(r"\s*(?:including|such\s+as|among\s+them)\s", re.I)
_CONTENT_LEAD = re.compile(r"^\s*(?:that|:|,)?\s*", re.I)
_QUOTE_TRIGGER = Trigger(event_type=EventType.STATEMENT, priority=0, speech=True)


class _Speech(_Initiators, _Targets, _Typing):
    """Makes events of speech acts and quotes."""

    # -- speech ------------------------------------------------------------------------
    def _speech(self, hit: TriggerHit, clause: tuple[int, int], sentence: tuple[int, int],
                p_index: int, clauses: list[tuple[int, int]]) -> list[_Draft]:
        text = self.text
        c_start, c_end = clause
        s_start, s_end = sentence
        before = [m for m in self._mentions_in(c_start, hit.start)]
        after = self._mentions_in(hit.end, c_end)
        speaker: list[str] = []
        passive = _clauses.is_passive(text, c_start, hit.start, hit.end) or \
            _clauses.reduced_passive(text, hit.start, hit.end) or \
            bool(_UNDERGOING.fullmatch(text, hit.start, hit.end))
        phrase = text[hit.start:hit.end].lower()
        addressed = False
        inverted_end = 0  # where a speaker named after the verb ends
        passive_subject: list[str] = []
        if _FREE_RELATIVE.search(text, max(c_start, hit.start - 30), hit.start):
            return []  # "what he described as a provocation": a name for a thing, not a say
        if phrase.startswith("according to"):
            if re.match(r"\s+(?:which|whom)\b", text[hit.end:hit.end + 7]):
                return []  # "the reports according to which ...": the reports' claim
            if after and after[0].start - hit.end < 4:
                speaker = [after[0].actor.id]
                after = after[1:]
            elif re.match(r"\s+(?:him|her)\b", text[hit.end:hit.end + 5]):
                person = self._last_person_before(hit.start)
                speaker = [person] if person else []
        elif passive:
            by = [m for m in after if _clauses.by_agent(text, m.start, hit.end)]
            speaker = [m.actor.id for m in by[:1]]
            # "Russia, which has been accused of sending fighters": the subject is the one
            # the speech act is about
            passive_subject = [a for a in self._subject(before, hit, c_start)
                               if a not in speaker]
            if not _clauses.is_passive(text, c_start, hit.start, hit.end) and not (
                    before and _ADJACENT.fullmatch(text, before[-1].end, hit.start)):
                # "Iran opposes the corridor demanded by Baku": a reduced passive's
                # subject is the noun it follows, not the clause's subject
                passive_subject = []
            after = [m for m in after if m not in by]
            before = []
        else:
            comma = text.rfind(",", c_start, hit.start)
            main: list[str] = []
            if comma >= 0 and _ADJACENT.fullmatch(text, comma + 1, hit.start) and \
                    phrase.split()[0].endswith("ing"):
                # "The PM defended the police's actions, insisting ...": a participle after
                # a comma shares the subject of the verb it follows
                main = self._main_subject(hit, c_start, comma)
            if comma >= 0 and _ADJACENT.fullmatch(text, comma + 1, hit.start):
                # "Rasim Musabekov, an Azeri lawmaker, called on": the subject stands
                # before the apposition.
                opening = text.rfind(",", c_start, comma)
                near = [m for m in before if m.end <= opening] if opening >= 0 else before
                if opening >= 0 and not near and _EXAMPLES.match(text, opening + 1):
                    # "Several defendants, including Ghukasyan and Sahakyan, have
                    # requested": the subject is named only by its examples
                    near = [m for m in before if opening < m.start and m.end <= comma]
                if opening < 0 and hit.trigger.reporting and after and \
                        _INVERTED.match(text[hit.end:after[0].start]):
                    # "Diplomats went to the offices, said Simonyan": no apposition, the
                    # speaker stands after the verb
                    near = []
            else:
                near = [m for m in before if m.start > comma] if comma >= 0 else before
            speaker = main or self._titled_subject(hit, c_start) or \
                self._shared_subject(before, hit, c_start) or \
                self._pronoun_subject(near, hit, c_start) or \
                self._subject(near, hit, c_start)
            # (the clause of "cited" may be cut at the comma: the subordinate clause is
            # then the one before it)
            prior = [c for c in clauses if c[1] <= c_start]
            sub_start = c_start if text[c_start:hit.start].strip(" ,") or not prior \
                else prior[-1][0]
            closing = text.rfind(",", sub_start, hit.start)
            if sub_start > s_start and closing >= 0 and \
                    _ADJACENT.fullmatch(text, closing + 1, hit.start) and \
                    _SUBORDINATOR.match(text, sub_start):
                # "Pashinyan, in response to a question whether ... and when Azerbaijan
                # plans to withdraw, cited ...": the verb after the comma closing a
                # subordinate clause is the sentence's; its subject heads the sentence
                speaker = self._sentence_head(s_start, c_start) or speaker
            # "he tells Reuters", "told Trend": an outlet after the verb is whom it is told
            addressed = bool(after) and after[0].actor.kind is ActorKind.MEDIA and \
                not text[hit.end:after[0].start].strip()
            if not speaker and after and hit.trigger.reporting and not addressed and \
                    _INVERTED.match(text[hit.end:after[0].start]):
                # "..., said Aliyev" / "said Foreign Minister Jeyhun Bayramov"
                speaker = [after[0].actor.id]
                inverted_end = after[0].end
                after = after[1:]
            if not speaker and (not text[c_start:hit.start].strip(" ,")
                                or _ADJACENT.fullmatch(text, c_start, hit.start)):
                speaker = self._apposed(s_start, c_start, hit)
            if not speaker and c_start > s_start and not text[c_start:hit.start].strip(" ,") \
                    and phrase.split()[0].endswith("ing"):
                # "Aliyev accused Armenia of sabotage, adding that ...": a participle clause
                # shares the speaker of the clause it hangs on
                prior = [c for c in clauses if c[1] <= c_start]
                speaker = list(self._main_speaker) or (self._main_subject(
                    hit, prior[-1][0], c_start) if prior else [])
            if not speaker:
                pronoun = _PRONOUN.search(text, max(c_start, hit.start - 40), hit.start) or \
                    self._coordinated_pronoun(hit, c_start)
                if pronoun is not None:
                    person = self._last_person_before(pronoun.start("p"))
                    speaker = [person] if person else []
        if speaker and not passive and phrase in self._undergoing_phrases:
            # "Vardanyan faces charges": the subject undergoes the accusation, no one named
            # makes it
            passive_subject, speaker = speaker, []
        cited = False
        if self._outlet(speaker) and after and after[0].actor.kind is not ActorKind.MEDIA \
                and _CITING.fullmatch(text, hit.end, after[0].start):
            # the outlet cites its source: the source is the speaker, of the words before
            speaker = [after[0].actor.id]
            after = []  # what follows the source describes it
            cited = True
        quotes = self._quote_at(s_start, s_end)
        if not speaker and not passive and not passive_subject:
            for q in quotes:
                if q.speaker is not None:
                    speaker = [q.speaker]
                    break
        specific = passive_subject and hit.trigger.event_type in _SPEECH_ACTS
        if not speaker and not addressed and not specific and not _UNNAMED_SPEAKER.search(
                text, max(c_start, hit.start - 60), hit.start):
            return []  # no one says it: "it is said", a noun phrase without a verb
        # The reported words: the rest of the sentence after the verb, or (for "..., X
        # said.") the clauses before it.
        lead = _CONTENT_LEAD.match(text, hit.end, s_end)
        content_start = lead.end() if lead else hit.end
        if after:
            content_start = max(content_start, after[0].start) if after[0].start - hit.end < 4 \
                else content_start
        content: tuple[int, int] | None = (content_start, s_end)
        tail = text[max(hit.end, inverted_end):s_end]
        if after and not after[0].start - hit.end > 4:
            tail = text[after[0].end:s_end]
        inverted = not text[c_start:hit.start].strip(" ,\"'”’")
        if len(tail.strip(" .,;:!?\"'”’)")) < 3 or (
                c_start > s_start and (_ADJUNCT_TAIL.fullmatch(tail) or (
                    inverted and _SPEAKER_TAIL.fullmatch(tail)))):
            # ("..., says Aliyev's representative.": a speaker named after the verb)
            # "..., officials said.", "..., he told Reuters.", "..., Hajiyev said in an
            # interview with TRT World.": the words stand before
            content = (s_start, c_start) if c_start > s_start else None
        elif content_start >= s_end - 2:
            content = None
        if cited:
            content = (s_start, hit.start)
        etype = hit.trigger.event_type
        typed = False
        if self._outlet(speaker) and not any(q.speaker in speaker for q in quotes):
            # an outlet reports: what it reports is typed by its own events (an outlet
            # quoted in its own words speaks, like any speaker)
            pass
        elif etype is EventType.STATEMENT and content is not None:
            etype = self._content_type(content[0], content[1]) or etype
            typed = True
            if etype is EventType.STATEMENT and speaker:
                # "..., Kobakhidze said." closing a quote of several sentences: what the
                # quote says where it opens and in the sentences before the attribution
                for q in self._quote_at(*content):
                    if q.speaker in (None, speaker[0]) and q.span.start < content[0] and \
                            q.span.end <= hit.start:
                        lo = max(q.span.start, self._sentence_before(p_index, s_start))
                        stop = _SENTENCE_STOP.search(self.text, q.span.start,
                                                     min(lo, q.span.start + _MAX_SENTENCE))
                        first = (q.span.start, stop.end() if stop else lo)
                        etype = self._content_type(*first) or \
                            self._content_type(lo, content[1]) or etype
                        break
        elif etype is EventType.STATEMENT and speaker:
            # "Pashinyan said in a Twitter post." after or before his quoted words: what
            # they say types the statement.
            for q in self._paragraph_quotes(s_start, speaker[0]):
                etype = self._content_type(q.span.start, q.span.end) or etype
                if etype is not EventType.STATEMENT:
                    break
        modality = self._modality(hit, c_start)
        if modality is Modality.DENIED and not hit.nominal:
            if self.text[hit.start:hit.end].lower() not in self._opinion_verbs:
                return []  # "did not say whether", "did not respond to requests"
            # "does not consider that the minister should resign": he rejects it
            etype, modality = EventType.REJECT, Modality.ASSERTED
        targets = [] if etype is EventType.STATEMENT else \
            passive_subject or self._object_pronoun(hit.end, speaker) or (
                self._said_owner(hit, c_end, speaker) if etype in _SPEECH_ACTS else []) or \
            self._speech_targets(self._with_countries(after, hit.end, c_end), content,
                                 speaker, hit.end)
        if etype is EventType.ACCUSE and not passive_subject:
            doer = self._condemned(hit, c_end, speaker)
            if doer is not None:
                # "condemned the attack on Ukraine": who is accused is who attacked, not
                # whom the attack struck
                targets = doer
        if not targets and etype in _SPEECH_ACTS and content is not None and \
                content[0] >= hit.end and _IT_SUBJECT.match(text, content[0]):
            # "accused Azerbaijan of provoking the clashes and warned that it would bear
            # responsibility": "it" is the side last named, not the speaker's
            targets = self._last_other_side(hit.start, max(s_start, hit.start - 300),
                                            speaker)
        if not targets and _IT_OBJECT.match(text, hit.end):
            # "The plane crashed after airports refused to accept it": "it" is the thing
            # the sentence opens with; an aircraft stands for its airline
            targets = self._airline(_AIRCRAFT_OPENING.match(text, s_start, hit.start), speaker)
        if len(speaker) > 1 and _EACH_OTHER.match(text, hit.end):
            # "Armenia and Azerbaijan blamed each other": the first blames the others
            speaker, targets = speaker[:1], speaker[1:]
        draft = _Draft(
            hit=hit, event_type=etype, clause=(c_start, max(c_end, content[1]) if content
                                               else c_end),
            sentence=sentence, paragraph=p_index, initiators=speaker, targets=targets,
            modality=modality, speech=True, content=content,
            typed=typed)
        if content is not None and content[0] < c_start:
            draft.clause = (content[0], c_end)
        for q in quotes:
            if q.speaker is None or q.speaker in speaker:
                draft.quotes.append(q.id)
                draft.extra_evidence.append((q.span.start, q.span.end))
                if q.date is not None and draft.quote_date is None:
                    draft.quote_date = q.date
        del clauses
        return [draft]

    def _quote_events(self, drafts: list[_Draft]) -> list[_Draft]:
        """An event for every quote with a speaker that no speech event already covers."""
        covered = {q for d in drafts for q in d.quotes}
        out = []
        paragraphs = self.paragraphs()
        p_starts = [p[0] for p in paragraphs]
        h_start, h_end = self._headline
        speakers = {a for d in drafts if d.speech for a in d.initiators}
        speakers |= {q.speaker for q in self.quotes if q.speaker is not None
                     and not h_start <= q.span.start < h_end}
        for q in self.quotes:
            if q.id in covered or (q.speaker is None and not q.speaker_text):
                continue
            if h_start <= q.span.start < h_end and (q.speaker is None or q.speaker in speakers):
                continue  # a headline quote restates what its speaker says in the body
            start, end = q.span.start, q.span.end
            evidence = [(start, end)]
            if q.speaker_span is not None:
                evidence.append((q.speaker_span.start, q.speaker_span.end))
            etype = self._content_type(start, end) or EventType.STATEMENT
            targets = self._cue_targets(etype, start, end, [q.speaker] if q.speaker else []) \
                if etype not in (EventType.STATEMENT, EventType.REJECT) else []
            hit = TriggerHit(start, start, _QUOTE_TRIGGER, True)
            p_index = max(0, bisect.bisect_right(p_starts, start) - 1)
            lo = min(s for s, _ in evidence)
            hi = max(e for _, e in evidence)
            out.append(_Draft(hit=hit, event_type=etype, clause=(lo, hi), sentence=(lo, hi),
                              paragraph=p_index,
                              initiators=[q.speaker] if q.speaker else self._quote_pronoun(q),
                              targets=targets,
                              modality=Modality.ASSERTED, speech=True,
                              extra_evidence=evidence, quotes=[q.id], quote_date=q.date))
        return out
