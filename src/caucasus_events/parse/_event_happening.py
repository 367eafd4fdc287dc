"""The roles of a happening named in a clause: the event extractor's choice of initiator,
targets, participants and place for a non-speech trigger, by grammar, not proximity.
"""

from __future__ import annotations

import re

from caucasus_events.models import ActorKind, EventType
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _AIRCRAFT,
    _AND_VERB,
    _BACKGROUND,
    _BLAMED_ON,
    _CONCRETE,
    _EACH_OTHER,
    _FROM,
    _HOSTILE,
    _ITS_OBJECT,
    _JOINT,
    _MAX_TARGETS,
    _OWNER_POSSESSIVE,
    _PARTICIPANTS,
    _PHRASE_BREAK,
    _SPEECH_ACTS,
    _SUBORDINATOR,
    _THAT_CLAUSE,
    _VIOLENT,
    _W,
)
from caucasus_events.parse._event_initiators import _Initiators
from caucasus_events.parse._event_page import _Draft
from caucasus_events.parse._event_targets import _Targets
from caucasus_events.parse._event_typing import _Typing
from caucasus_events.parse._triggers import TriggerHit

# Happenings whose noun's possessor undergoes them: "Vardanyan's arrest".
_PATIENT_OWNED = frozenset({EventType.ARREST})
_OF_AFTER = re.compile(r"\s+of\b", re.I)
# What opens the finite clause a passive verb stands in: a subordinator or "that" ("said
# that the plane was shot down"); its subject is not named before it.
# A preposition of time before a mention: "during Gamsakhurdia's rule", "under Aliyev".
_TIME_ADJUNCT = re.compile(r"\b" + _W("time_prepositions") + r"\s+(?:the\s+)?"
                           r"(?:[\w’'-]+\s+){0,2}$", re.I)
# A causative of undergoing before a participle: "having its licence revoked", "had their
# assets frozen", "got his visa cancelled".
_UNDERGONE = re.compile(r"\b(?:have|has|had|having|get|gets|got|getting)\s+(?:its|their|his"
                        r"|her)\s+(?:[a-z][\w-]*\s+){1,2}$", re.I)
_PARTICIPLE_ENDS = ("ed", "en", "wn", "ut", "ot", "ld", "uck")
# A verb whose subject undergoes the hostile noun after it: "faces trial", "risks arrest".
_UNDERGOES = re.compile(r"\b" + _W("undergoing_verbs") + r"\s+(?:(?:a|an|the)\s+)?"
                        r"(?:[a-z][\w-]*\s+)?$", re.I)
_UNDERGONE_KINDS = frozenset({EventType.ACCUSE, EventType.ARREST, EventType.ATTACK,
                              EventType.SANCTION})
# A state's own diplomats as what a sanction recalls: "withdrew its diplomatic staff",
# "recalled their ambassador".
_OWN_DIPLOMATS = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+)?" + _W("diplomat_nouns")
                            + r"\b(?!\s+(?:from|to|in)\b)", re.I)
_NONFINITE_PASSIVE = re.compile(r"(?:being|having\s+been)\b", re.I)
_CLAUSE_OPENER = re.compile(r"\b(?:that|" + _W("subordinators") + r")\s", re.I)
# A verb that names, judges or discusses its object noun: "called the closure".
_NAMED_OBJECT = re.compile(r"\b" + _W("naming_verbs") + r"\s+(?:(?:the|a|an|this|that|its|"
                           r"their|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# A verb of doing before a noun trigger: its subject does the happening the noun names
# ("Aliyev chaired a meeting of the Security Council", "who presided over the talks",
# "decided to impose visa restrictions", "came up with a statement"), whatever
# preposition stands before the noun.
_DONE = re.compile(r"(?<![\w-])" + _W("doing_verbs") + r"\s+(?:(?:the|a|an|its|"
                   r"their|his|her|our|this|that)\s+)?(?:(?!" + _W("noun_prepositions")
                   + r"\b|on\b|against\b|to\b|in\b|at\b)[\w-]+\s+){0,2}$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.I)
# A noun of holding someone: "in the custody of X", X holds.
_HOLDING = re.compile(r"\b" + _W("holding_nouns") + r"$", re.I)
# From a possessor to a noun co-ordinated with the noun it owns: "'s strained relations with
# Iran and blossoming ".
_SHARED_POSSESSOR = re.compile(r"['’]s\s+[^,.;:!?“”\"]{1,80}?\s(?:and|or)\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}")
# A possessive pronoun opening a hostile act's object: "shelling its positions", "fired
# on their villages".
# A concessive adjunct before a speech noun: "opened the embassy despite warnings from
# Iran"; whoever acts in spite of the words is whom they addressed.
_DEFIED = re.compile(r"\b" + _W("concessive_prepositions") + r"\s+(?:[\w’'-]+\s+){0,3}$",
                     re.I)
# A definite singular noun for a person, with up to two modifiers: "the activist", "the
# 25-year-old opposition journalist"; it refers back to the person named last.
_PERSON_NOUN = r"(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?" + _W("person_nouns") + r"\b"
# ... as the subject of a passive verb ("The activist was detained") ...
_PERSON_SUBJECT = re.compile(r"(?:^|[.!?;:]\s+|\s)" + _PERSON_NOUN + r"(?:\s+\w+ly)?\s+"
                             r"(?:was|has\s+been|had\s+been|is\s+being|was\s+being|got)\s+"
                             r"(?:\w+\s+){0,2}$", re.I)
# ... or as the object right after a verb ("police detained the journalist").
_PERSON_OBJECT = re.compile(r"\s+" + _PERSON_NOUN + r"(?!\s+(?:of|from)\b)", re.I)
# Whatever a sanction hits, named by a polity's demonym: "sanctions on Georgian wine",
# "banned Russian TV channels".
_DEMONYM_THING = re.compile(r"\b(?P<d>[A-Z][\w.-]+)\s+(?:[A-Za-z][\w-]*\s+){0,2}?"
                            r"[a-z][\w-]*\b")
# ... as the subject of a passive verb: "an Armenian soldier was killed".
_COMBATANT_SUBJECT = re.compile(r"\b(?P<d>[A-Z][\w.-]+?)(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?"
                                + _W("combatant_nouns") + r"\s+(?:were|was|have\s+been"
                                r"|has\s+been|had\s+been|got)\s+(?:\w+\s+){0,2}$")
# Members of the police, counted or definite, as a hostile act's passive subject ("three
# policemen were injured") or object ("threw stones at the officers"): the police body
# named before.
_POLICE_MEMBERS = r"(?:" + _W("member_quantifiers") + r"\s+)+(?:\d+\s+)?(?:[\w-]+\s+)?" + \
    _W("police_member_nouns") + r"\b"
_POLICE_SUBJECT = re.compile(r"(?:^|\s)" + _POLICE_MEMBERS + r"\s+(?:were|was|have\s+been"
                             r"|had\s+been|got)\s+(?:\w+\s+){0,2}$", re.I)
_POLICE_OBJECT = re.compile(r"\s+(?:(?:at|on|against|upon)\s+)?" + _POLICE_MEMBERS
                            + r"(?!\s+(?:of|from)\b)", re.I)
_AIRCRAFT_SUBJECT = re.compile(r"(?:^|\s)" + _AIRCRAFT + r"\s+(?:was|has\s+been|had\s+been"
                               r"|got)\s+(?:\w+\s+){0,2}$", re.I)
_AIRCRAFT_OBJECT = re.compile(r"\s+" + _AIRCRAFT, re.I)
# An aircraft or its loss named before a nominal attack in its clause: "the cause of the
# crash was an attack by ...".
_AIRCRAFT_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:"
                              + _W("aircraft_loss_nouns") + "|" + _W("aircraft_nouns")
                              + r")\b", re.I)
# An infinitive right after a noun: its complement ("an agreement to open", "a decision to
# suspend"), not a recipient ("aid to Armenia", "a visit to the Vatican").
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:" + _W("articles") + "|" + _W("third_person_possessives")
                         + "|" + _W("noun_phrase_openers") + r")\b)(?-i:[a-z])[a-z]+\b")
# A verb of giving as the trigger itself: "granted", "handed over".
_GIVING = re.compile(_W("giving_verbs") + r"(?:\s+over)?", re.I)
_BLAMED_NOUN = re.compile(r"\b" + _W("blame_verbs") + r"\s+(?:the|a|an|this|these|those)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.I)
# Speech acts and pledges whose noun a "that" clause follows with what they say.
_WORDED = _SPEECH_ACTS | {EventType.AGREE}
_DETERMINER = re.compile(
    r"(?:\b" + _W("determiners") + r"\s+"
    r"(?:[\w-]+\s+){0,2})$", re.I)
# "at" and the words of a noun phrase up to its head: "at the", "at the 'New South
# Caucasus' international online".
_VENUE = re.compile(r"(?<![\w-])at\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?"
                    r"(?:[\w‘’'\"“”-]+\s+){0,10}$", re.I)
# A party named after a meeting noun: "a meeting with", "talks between".
_WITH_PARTY = re.compile(r"\s+(?:\w+\s+)?(?:with|between)\b", re.I)


class _HappeningRoles(_Initiators, _Targets, _Typing):
    """Gives a non-speech clause event its roles."""

    # -- happenings --------------------------------------------------------------------
    def _happening(self, hit: TriggerHit, clause: tuple[int, int], sentence: tuple[int, int],
                   p_index: int, *, topic: bool = False) -> _Draft:
        text = self.text
        c_start, c_end = clause
        before = self._mentions_in(c_start, hit.start)
        after = self._mentions_in(hit.end, c_end)
        initiators: list[str] = []
        targets: list[str] = []
        background = False
        attended = False
        if hit.nominal:
            owner = [m for m in before if _clauses.owner_gap(text, m.end, hit.start)]
            named = self._covering(hit)
            possessive = False
            recipients = self._recipients(before, owner, c_start)
            object_end = c_end
            if (hit.trigger.event_type in _WORDED and _THAT_CLAUSE.match(text, hit.end)) or \
                    _INFINITIVE.match(text, hit.end):
                # "assurances that American forces will not ...": what is said; "an
                # agreement to open links between Azerbaijan and ...": the infinitive's
                # objects are its own, not the noun's
                after, object_end = [], hit.end
            if recipients:
                # "have given Tehran assurances": the indirect object receives the noun;
                # the subject before it gives
                first = min(m.start for m in before if m.actor.id in recipients)
                before, owner = [m for m in before if m.end <= first], []
            if named is not None:
                # "protesters", "pro-EU demonstrators": the noun names its own actors
                initiators = [named.actor.id]
            elif owner:
                initiators = self._coordinated(before, owner[-1])
                possessive = bool(_OWNER_POSSESSIVE.match(text, owner[-1].end))
            else:
                initiators = self._possessor(hit, c_start)
                owner = [m for m in before if m.actor.id in initiators][-1:] \
                    if initiators else []
                if not owner:
                    # "Azerbaijan's strained relations with Iran and blossoming friendship
                    # with Israel": co-ordinated nouns share the possessor (which does not
                    # make the second noun any less background)
                    shared = [m for m in before[-3:] if _SHARED_POSSESSOR.fullmatch(
                        text, m.end, hit.start)][:1]
                    initiators = [shared[0].actor.id] if shared else initiators
                possessive = bool(initiators)
            # the noun's own "by" agent, in its phrase: "an attack by Armenia", not
            # "the offensive, forcing a capitulation by the republic"
            by = [m for m in after if _clauses.by_agent(text, m.start, hit.end)
                  and not _PHRASE_BREAK.search(text, hit.end, m.start)]
            patients: list[str] = []
            if hit.trigger.event_type in _UNDERGONE_KINDS and named is None and \
                    _UNDERGOES.search(text, max(c_start, hit.start - 40), hit.start):
                # "Vardanyan faces trial", "stood trial", "risks arrest": the subject
                # undergoes the noun; its "by" agent, if any, does it
                patients = self._subject(before, hit, c_start)
                initiators = [] if patients else initiators
            if initiators and possessive and (
                    hit.trigger.event_type in _PATIENT_OWNED or self._trial(hit)) and \
                    not _OF_AFTER.match(text, hit.end):
                # "Vardanyan's arrest", "his detention", "his trial": who is arrested or
                # tried, unless the noun
                # names its own object ("Azerbaijan's arrests of journalists")
                patients, initiators = initiators, []
            if by and not initiators:
                initiators = [by[0].actor.id]
            # (an outlet's "requests for comment" are its reporting, no speech act)
            source = [m for m in after[:1] if _FROM.fullmatch(text, hit.end, m.start)
                      and m.actor.kind is not ActorKind.MEDIA]
            if source and not initiators:
                # "warnings from Iran", "protests from Baku": who speaks
                initiators = [source[0].actor.id]
                after = after[1:]
            elif hit.trigger.speech and not initiators:
                initiators = self._source_place(hit)
            done = self._done(hit, c_start)
            if done and not initiators:
                # "chaired a meeting of the council": the chair holds it, those after
                # "of" take part in it; "imposed sanctions": who imposes sanctions
                initiators = self._subject(before, hit, c_start) or self._pronoun(c_start)
            if not initiators and hit.trigger.priority < _CONCRETE and \
                    hit.trigger.event_type is not EventType.FIGHT and \
                    self._participants_follow(hit):
                # "the meeting of Aliyev and Pashinyan": the first named takes part as
                # initiator, the others co-ordinated with him as targets
                initiators = [after[0].actor.id]
            lo = max(c_start, hit.start - 80)
            background = bool(_BACKGROUND.search(text, lo, hit.start)) and not owner and \
                not done
            if not topic and not done and _NAMED_OBJECT.search(text, max(c_start, hit.start - 60),
                                                  hit.start):
                # "Mirzoyan called the closure of the corridor a violation": the subject
                # names or discusses the happening, it does not do it
                topic = True
            if not initiators and not background and not topic and not patients:
                # the clause's subject acts, unless the noun is another verb's object
                initiators = self._subject(before, hit, c_start) or self._pronoun(c_start)
                attended = self._venue(hit, c_start)
            goes_to = self._with_countries(after, hit.end, object_end, initiators)
            # a noun's objects stand in its own phrase: no finite verb comes between
            # ("elections the opposition says were rigged with Moscow's help": no object)
            goes_to = self._before_finite(goes_to, hit.end)
            targets = self._object([m for m in goes_to
                                    if not _clauses.by_agent(text, m.start, hit.end)],
                                   initiators, hit.end,
                                   hostile=hit.trigger.event_type in _HOSTILE)
            targets = patients + [t for t in targets if t not in patients]
            if recipients:
                targets = recipients + [t for t in targets if t not in recipients]
            elif hit.trigger.event_type is EventType.AID:
                targets = self._recipients_after(after, hit.end, c_end, initiators) or \
                    self._not_sources(targets, after, hit.end)

            if initiators and not targets and owner and \
                    hit.trigger.event_type in _SPEECH_ACTS:
                # "Yerevan is reviewing Baku's proposals", "Azerbaijan rejected Armenia's
                # accusations": whoever acts on another's speech act is whom it addresses
                head = [m for m in before if m.end <= owner[0].start]
                targets = [a for a in self._subject(head, hit, c_start)
                           if a not in initiators and (self.countries.get(a) or a) not in
                           {self.countries.get(i) or i for i in initiators}][:_MAX_TARGETS]
            if initiators and not targets and hit.trigger.event_type in _SPEECH_ACTS:
                # "protests from Baku after Russian police raided the homes": whom the
                # happening it answers names as its doer (a state's protest: that state)
                targets = self._answered_doer(hit, sentence[1], initiators)
            defied = _DEFIED.search(text, max(c_start, hit.start - 60), hit.start) \
                if initiators and not targets and hit.trigger.event_type in _SPEECH_ACTS \
                else None
            if defied is not None:
                # "Azerbaijan opened its embassy in Israel despite warnings from Iran":
                # the clause's subject acted in spite of the words, which addressed it
                head = [m for m in before if m.end <= defied.start()]
                targets = [a for a in self._subject(head, hit, c_start)
                           if a not in initiators][:_MAX_TARGETS]
            blamed = [m for m in after if _BLAMED_ON.search(text, max(hit.end, m.start - 12),
                                                            m.start)] \
                if _BLAMED_NOUN.search(text, max(c_start, hit.start - 60), hit.start) else []
            if blamed and not initiators:
                # "blamed the attack on Russia": whom it is blamed on did it (the last "on":
                # "the attacks on Kyiv on Russian forces"); it is not struck
                initiators = [blamed[-1].actor.id]
                targets = [t for t in targets if t not in initiators]
            if len(initiators) > 1 and hit.trigger.event_type in _JOINT:
                # "Aliyev and Pashinyan held talks": as for a joint verb, the first named
                # acts with the others
                initiators, targets = initiators[:1], initiators[1:] + [
                    t for t in targets if t not in initiators]
        elif not hit.nominal and text[hit.start:hit.end].split()[0].lower().endswith(
                _PARTICIPLE_ENDS) and (undergone := _UNDERGONE.search(
                    text, max(c_start, hit.start - 50), hit.start)) is not None:
            # "despite having its licence revoked", "had their accounts frozen": the owner
            # (the subject of the clause) undergoes it; a "by" agent does it
            by = [m for m in after if _clauses.by_agent(text, m.start, hit.end)]
            initiators = [m.actor.id for m in by[:1]]
            head = [m for m in before if m.end <= undergone.start()]
            targets = [a for a in self._subject(head, hit, c_start) if a not in initiators]
        elif _clauses.is_passive(text, c_start, hit.start, hit.end):
            by = [m for m in after if _clauses.by_agent(text, m.start, hit.end)]
            initiators = [m.actor.id for m in by[:1]] or self._happening_owner(
                hit, after, c_end, sentence[1])
            lo = max(c_start - 1, hit.start - 80)
            # the subject stands after the word opening the verb's own clause ("officials
            # reported that the plane was shot down": not the officials)
            openers = [o for o in _CLAUSE_OPENER.finditer(
                text, max(c_start, hit.start - 200), hit.start)
                # "after being captured": a participle clause shares the main subject
                if not _NONFINITE_PASSIVE.match(text, o.end())]
            s_floor = openers[-1].end() if openers else c_start
            # a noun for a person or for police officers right before the verb is its
            # subject ("said that three policemen were injured"), else the clause's
            subject = self._person_noun(
                _PERSON_SUBJECT.search(text, lo, hit.start), initiators) or self._police(
                _POLICE_SUBJECT.search(text, lo, hit.start), initiators) or self._airline(
                _AIRCRAFT_SUBJECT.search(text, lo, hit.start), initiators) or \
                self._subject([m for m in before if m.start >= s_floor], hit, s_floor) or \
                self._side_forces(_COMBATANT_SUBJECT.search(text, lo, hit.start),
                                  initiators) or \
                self._dashed_subject(before, hit, c_start, sentence[0])
            targets = subject + [m.actor.id for m in self._before_adjunct(after, hit.end)
                                 if m not in by
                                 and m.actor.id not in subject
                                 and m.actor.kind is not ActorKind.MEDIA
                                 and not _clauses.locative(text, m.start, hit.end)
                                 # "abolished during Gamsakhurdia's rule": time, no object
                                 and not _TIME_ADJUNCT.search(
                                     text, max(hit.end, m.start - 30), m.start)][:1]
        elif self._reduced_relative(hit):
            # "the Trilateral Declaration signed in Washington": a participle after the
            # noun it modifies, with no "by" agent: no one is said to act
            initiators, targets = [], []
        elif _clauses.reduced_passive(text, hit.start, hit.end):
            # "the corridor demanded by Baku", "an agreement signed by Armenia": the "by"
            # agent acts on the noun the participle follows
            by = [m for m in after if _clauses.by_agent(text, m.start, hit.end)]
            initiators = self._coordinated_after(after, by[0]) if by else []
            targets = [m.actor.id for m in before[-1:] if not text[m.end:hit.start].strip()]
        else:
            openers = list(_SUBORDINATOR.finditer(text, max(c_start, hit.start - 200),
                                                  hit.start))
            opener = openers[-1] if openers else None
            controller = self._controller(before, hit)
            if controller:
                # "the EU called on Azerbaijan to release the prisoners": the object of
                # the verb of control is to do what the infinitive says
                initiators = controller
            elif opener is not None and not _AND_VERB.search(
                    text, max(c_start, hit.start - 30), hit.start):
                # "X said that Y attacked", "closed after a group of men blocked the
                # road": the verb's subject stands after the word opening its clause
                inner = [m for m in before if m.start >= opener.end()]
                if not text[opener.end():hit.start].strip() and \
                        text[hit.start:hit.end].split()[0].lower().endswith("ing"):
                    # "chaired the meeting since taking office", "left after meeting
                    # Aliyev": a participle clause shares the subject of the clause it
                    # hangs on
                    initiators = self._subject(
                        [m for m in before if m.end <= opener.start()], hit, c_start)
                else:
                    initiators = self._pronoun_subject(inner, hit, opener.end()) or \
                        self._subject(inner, hit, opener.end())
            else:
                initiators = self._shared_subject(before, hit, c_start) or \
                    self._elided_subject(hit, c_start, sentence[0]) or \
                    self._pronoun_subject(before, hit, c_start) or \
                    self._it_subject(before, hit, c_start, sentence[0]) or \
                    self._subject(before, hit, c_start)
                if not initiators:
                    # "she entered the building and attacked the guards"
                    pronoun = self._coordinated_pronoun(hit, c_start)
                    person = self._last_person_before(pronoun.start("p")) \
                        if pronoun is not None else None
                    initiators = [person] if person else []
            targets = self._object_pronoun(hit.end, initiators) or self._object(
                self._before_finite(self._with_countries(after, hit.end, c_end, initiators),
                                    hit.end), initiators, hit.end,
                hostile=hit.trigger.event_type in _HOSTILE)
            targets = targets or self._host(hit, c_end, initiators)
            if not targets and hit.trigger.event_type is EventType.SANCTION and \
                    _OWN_DIPLOMATS.search(text, hit.start, min(c_end, hit.end + 40)):
                # "Baku withdrew its diplomatic staff": from the state hosting its mission
                targets = self._mission_host(hit, initiators)
            if not initiators and hit.trigger.event_type is EventType.CONCEDE:
                lifted = self._sanction_owner(after, hit.end, c_end)
                if lifted is not None:
                    # "the deal lifts US restrictions on cooperation with Azerbaijan": who
                    # owns the sanctions lifts them, on whom they weighed
                    initiators = [lifted.actor.id]
                    targets = [m.actor.id for m in after if m.start > lifted.end
                               and m.actor.id != lifted.actor.id][:1]
            if not targets and hit.trigger.event_type in _HOSTILE:
                # "police detained the activist": the person named last
                targets = self._person_noun(_PERSON_OBJECT.match(text, hit.end, c_end),
                                            initiators) or self._police(
                    _POLICE_OBJECT.match(text, hit.end, c_end), initiators) or self._airline(
                    _AIRCRAFT_OBJECT.match(text, hit.end, c_end), initiators)
            if hit.trigger.event_type is EventType.AID or _GIVING.fullmatch(
                    text, hit.start, hit.end):
                # "sent weapons to Baku", "granting candidate status to Ukraine"
                targets = self._recipients_after(after, hit.end, c_end, initiators) or \
                    self._not_sources(targets, after, hit.end)
            if len(initiators) > 1 and (hit.trigger.event_type in _JOINT or
                                        _EACH_OTHER.match(text, hit.end)):
                # "Armenia and Azerbaijan signed a roadmap": the first named acts with the
                # others; the object of a joint verb is a thing, not another party
                with_object = [t for t in targets if self._after_with(after, t)]
                initiators, targets = initiators[:1], initiators[1:] + with_object
        if not hit.nominal and hit.trigger.event_type in _UNDERGONE_KINDS and \
                _UNDERGOES.search(text, max(c_start, hit.start - 40), hit.start):
            # "Saakashvili risks arrest", "suffered an attack by Russia": the subject
            # undergoes it; a "by" agent does it
            by = [m for m in after if _clauses.by_agent(text, m.start, hit.end)]
            subject = self._subject(before, hit, c_start)
            if subject:
                initiators = self._coordinated_after(after, by[0]) if by else []
                targets = [a for a in subject if a not in initiators]
        holder = _PARTICIPANTS.match(text, hit.end)
        if holder is not None and after and after[0].start == holder.end() and \
                _HOLDING.search(text, hit.start, hit.end):
            # "Vardanyan remains in the custody of Azerbaijani forces": who holds whom
            initiators = self._coordinated_after(after, after[0])
            targets = [a for a in self._subject(before, hit, c_start) if a not in initiators]
        if not targets and hit.trigger.event_type is EventType.ATTACK:
            # "shelled the village of Sotk", "rocket attacks on Ganja": whose place it is;
            # "shelled the Armenian village of Sotk": the state of its demonym
            targets = self._place_owner(hit, c_end, initiators) or \
                self._demonym_place(hit.end, c_end, initiators) or self._airline(
                    _AIRCRAFT_BEFORE.search(text, max(c_start, hit.start - 80), hit.start),
                    initiators)
        if hit.trigger.event_type in _VIOLENT - {EventType.CRASH} and not hit.nominal:
            # "opened fire on Armenian positions": the side's forces, not its state; "opened
            # fire, killing two Armenian soldiers": whose forces it struck
            targets = self._combatants(hit.end, c_end, initiators, direct=True) or \
                targets or self._combatants(hit.end, c_end, initiators)
        if not targets and hit.trigger.event_type is EventType.SANCTION:
            # "imposed sanctions on Georgian wine", "banned Russian TV channels"
            targets = self._demonym_object(_DEMONYM_THING, hit.end, c_end, initiators)
        if not targets and hit.trigger.event_type in _HOSTILE:
            # "this provocation by the Armenian side": whom the one told before struck
            targets = self._told_targets(hit, c_start, initiators)
        if not targets and hit.trigger.event_type in _HOSTILE:
            # "police dispersed the crowd": the protesters named before
            targets = self._crowd(hit, c_end, initiators)
        if not targets and hit.trigger.event_type in _HOSTILE and \
                _ITS_OBJECT.match(text, hit.end):
            # "Azerbaijan accused Armenia of shelling its positions": "its" is the other
            # side named before
            targets = self._last_other_side(hit.start, sentence[0], initiators)
        if hit.trigger.event_type in _JOINT and initiators and len(targets) > 1:
            # "he will attend a meeting of the Azerbaijan-Morocco commission": his own
            # state among the parties is no counterpart
            own = {self.countries.get(a) for a in initiators} - {None}
            others = [t for t in targets if not (self.kinds.get(t) is ActorKind.STATE
                                                 and self.countries.get(t) in own)]
            targets = others or targets
        if hit.trigger.event_type is EventType.PROTEST and not targets:
            # "protesters filled the streets after the ruling party decided to end the
            # talks": who did what the protest answers
            targets = self._protest_cause(hit, sentence[1], initiators)
        if hit.trigger.event_type is EventType.PROTEST:
            # "protesters expressed indignation at the harsh sentence handed down to X":
            # a protest against a hostile happening targets who did it, not its victim
            targets = self._grievance(hit, c_end, initiators) or targets
        participants: list[str] = []
        fought = self._combatants(hit.end, c_end, initiators, direct=True) \
            if hit.trigger.event_type is EventType.FIGHT and len(initiators) == 1 and \
            not hit.nominal else []
        if fought:
            # "its forces repelled Azerbaijani military units": a side acting on the
            # other's combatants, its object
            targets = fought
        elif hit.trigger.event_type is EventType.FIGHT:
            # fighting is mutual: a party is a target only as whom one fights with or
            # against; "fighting between Armenia and Azerbaijan" has two participants
            participants = [t for t in targets if not self._after_with(after, t)]
            targets = [t for t in targets if t not in participants]
            if len(initiators) > 1:
                # "Armenian and Azerbaijani troops exchanged fire": both sides take part
                participants, initiators = initiators + participants, []
            if not initiators and hit.nominal and self._participants_follow(hit):
                participants = self._coordinated_after(after, after[0])
        elif hit.trigger.event_type is EventType.CRASH:
            # an accident has no initiator: whose plane crashed takes part in it
            participants, initiators = initiators, []
        elif attended:
            # "spoke at the meeting", "made the remark at the conference": the subject
            # attends a gathering others hold
            participants, initiators = initiators, []
        event_type = hit.trigger.event_type
        sides = [*initiators, *participants, *targets]
        protesters = [a for a in sides if self._protesters(a)]
        if event_type is EventType.FIGHT and protesters:
            # "protesters clashed with police": a clash of civilians with the police is a
            # protest (FIGHT is armed forces against each other); the protesters act
            event_type = EventType.PROTEST
            initiators = protesters
            targets = [a for a in sides if a not in protesters][:_MAX_TARGETS]
            participants = []
        if event_type is EventType.SANCTION and initiators and all(
                self.kinds.get(a) is ActorKind.COMPANY for a in initiators):
            # "Azerbaijan Airlines is suspending flights": a business decision, no sanction
            event_type = EventType.OTHER
        modality = self._modality(hit, c_start)
        if hit.nominal and _DETERMINER.search(text, max(c_start, hit.start - 40), hit.start):
            background = background or bool(
                _BACKGROUND.search(text, max(c_start, hit.start - 80), hit.start))
        return _Draft(hit=hit, event_type=event_type, clause=clause,
                      sentence=sentence, paragraph=p_index, initiators=initiators,
                      targets=targets, modality=modality, background=background,
                      place=self.placing.of_clause(hit, c_start, c_end),
                      participants=participants)

    def _venue(self, hit: TriggerHit, c_start: int) -> bool:
        """Whether a meeting noun names where the clause's subject was ("spoke at the
        meeting", "made the remark at the ... international conference"): "at" before it,
        no verb of doing (who holds a meeting is not at it: "hosted a meeting") and no
        party after it (who speaks "at a meeting with Pashinyan" meets him)."""
        return hit.nominal and hit.trigger.event_type is EventType.MEET and bool(
            _VENUE.search(self.text, max(c_start, hit.start - 100), hit.start)) and \
            not self._done(hit, c_start) and not _WITH_PARTY.match(self.text, hit.end)

    def _done(self, hit: TriggerHit, c_start: int) -> bool:
        """Whether a noun trigger is the object of an active verb of doing (grammar words
        ``doing_verbs``: "chaired a meeting", "presided over the talks", "to impose
        sanctions"; not "the summit was hosted")."""
        if not hit.nominal:
            return False
        m = _DONE.search(self.text, max(c_start, hit.start - 60), hit.start)
        return m is not None and not _PASSIVE_BEFORE.search(
            self.text, max(c_start, m.start() - 30), m.start())
