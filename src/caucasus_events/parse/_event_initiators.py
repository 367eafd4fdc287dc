"""Who did it: the event extractor's grammar for a happening's initiator (the subject of
its verb, its "by" agent, the owner of its noun, who answers or causes it).
"""

from __future__ import annotations

import bisect
import re

from caucasus_events.models import ActorKind, EventType
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_grammar import (
    _ADJACENT,
    _ADJUNCT_BOUNDARY,
    _AND_VERB,
    _BLAMED_ON,
    _COORDINATION,
    _HOSTILE,
    _MAX_SENTENCE,
    _NOUN_BEFORE,
    _OPERATED_BY,
    _PHRASE_BREAK,
    _SUBJECT_REACH,
    _THAT,
    _TOLD_REACH,
    _VIOLENT,
    _W,
    _noun_forms,
)
from caucasus_events.parse._event_page import _Mention
from caucasus_events.parse._event_reference import _References
from caucasus_events.parse._triggers import TriggerHit, TriggerTable
from caucasus_events.parse.gazetteer import Gazetteer

# Right after a speech noun and its source, the clause of what it answers: "protests from
# Baku after ...", "condemnation over ...".
_ANSWERS_CLAUSE = re.compile(r"(?:\s+from\s+[\w’'. -]{2,40}?)?\s+(?:after|over|following"
                             r"|when)\s+", re.I)
# A clause of cause after a protest, and its subject's past verb: "after the ruling party
# decided", "over the government's ..." (the verb right after the subject's mention).
_CAUSE_CLAUSE = re.compile(r"\b(?:after|because|since)\s+(?:the\s+|a\s+)?", re.I)
_CAUSE_VERB = re.compile(r"\s+(?:[a-z]+\s+)?(?:\w+ly\s+)?(?:had\s+|has\s+)?[a-z]+ed\b")
# A definite title as a verb's subject: "The PM defended", "the Armenian foreign minister".
# (The look-ahead for "the" first turns away the places the openings are tried at.)
_DEFINITE_TITLE = re.compile(
    r"(?=\s*the)(?:^|(?<=[.!?,;:“\"])|(?<=\band)|(?<=\bbut)|(?<=\bthat)|(?<=\bwhen)|(?<=\bwhile))\s*"
    r"\b[Tt]he\s+(?-i:[A-Z][a-z]+\s+)??(?P<t>" + _W("definite_titles") + r")\s+"
    r"(?:(?:\w+ly|" + _W("verb_adverbs") + r")\s+)*$", re.I)
# After an agentless passive, the happening it happened in: "captured during Azerbaijan's".
_IN_HAPPENING_AT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|during|amid)\s+(?:the\s+)?", re.I)
# How many mentions back a definite title looks for the person holding it.
_TITLE_LOOK_BACK = 200
_POLICE_NAME = re.compile(r"\b" + _W("police_words") + r"\b", re.I)
_AIRLINE_NAME = re.compile(r"\b" + _W("airline_words") + r"\b", re.I)
# How far back a definite person noun looks for the person it stands for.
_PERSON_REACH = 500
# The owner of the words a speech act answers, named at its object: a possessive ("not
# buying Tehran's claim") or a demonym ("denying Azerbaijani statements").
_SAID = "(?:" + _W("said_nouns") + "|" + _W("claim_nouns") + r")\b"
_POSSESSIVE_SAID = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+)?" + _SAID)
_DEMONYM_SAID = re.compile(r"(?<![\w’'-])(?P<d>[A-Z][\w.-]*[A-Za-z])\s+(?:[a-z][\w-]*\s+)?"
                           + _SAID)
_OWNER_REACH = 50
# The object phrase of an accusation up to its head noun ("condemned the recent Russian
# attack"): a determiner or possessor and up to three words.
_OWN_DETERMINER = ("(?:" + _W("articles") + "|" + _W("demonstratives") + "|"
                   + _W("third_person_possessives") + r"|[\w.-]+['’]s?)")
_CONDEMNED_GAP = re.compile(r"\s+(?:" + _OWN_DETERMINER + r"\s+)?(?:[\w’'.-]+\s+){0,3}?")
_DETERMINED = re.compile(r"\s+" + _OWN_DETERMINER + r"\s", re.I)
_BLAME = re.compile(_W("blame_verbs"), re.I)
_DEMONYM_BEFORE = re.compile(r"(?<![\w’'-])(?P<d>[A-Z][\w.-]*[A-Za-z])\s+(?:[a-z][\w-]*\s+)?$")
# A gathering a hostile act is done to ("dispersed the crowd", "break up gatherings").
_CROWD = re.compile(r"(?<![\w-])" + _W("crowd_nouns") + r"(?![\w-])", re.I)
_CROWD_REACH = 60
_POSSESSIVE = re.compile(r"\b(?P<p>his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
# Between a subject and its verb: auxiliaries and adverbs only.
# "Orkhan Baghirov, an economist at the Center ..., said": a bare verb after an apposition
_APPOSITION = re.compile(r",\s+[a-z][^.;:!?“”\"\n,]*,\s*(?:(?:\w+ly|" + _W("verb_adverbs")
                         + r")\s+)*$")
# An existential "there was" before a happening names no actor.
_EXISTENTIAL = re.compile(r"\bthere\s+(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been"
                          r"|had\s+been)\s+)(?:(?:a|an|the|no|some|more|heavy|\w+ly)\s+)*$",
                          re.I)
# A quantity of the people a mention names heads the subject: "Some of those refugees".
# A preposition of topic right before a mention: "about", "regarding", "concerning".
_TOPIC_OBJECT = re.compile(r"\b" + _W("topic_prepositions") + r"\s+(?:the\s+)?$", re.I)
_PARTITIVE = re.compile(r"(?<![\w-])" + _W("partitive_quantifiers")
                        + r"\s+of\s+(?:(?:the|those|these|its|their)\s+)?(?:[\w-]+\s+)?$", re.I)
# A past-tense verb of a clause: "The PM defended".
_PAST_VERB = re.compile(r"(?<=\s)[a-z]{3,}ed\b")
# A reduced passive after a noun, up to its "by" agent: " jointly issued by the ".
_NOUN_BY = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+)?")
# What follows a reduced relative participle: a setting, not an object.
_SETTING_AFTER = re.compile(r"\s+(?:in|on|at|during|last|earlier|this|since)\b", re.I)
_WORD_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s$")
_DEFINITE_END = re.compile(r"\bthe\s+$", re.I)
# An agentless passive co-ordinated after another ("were killed, and several others were
# seriously injured"): the happening it happened in is the first one's too.
_AND_PASSIVE = re.compile(r"\s*,?\s+and\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+"
                          r"(?:(?:\w+ly|also|later)\s+)*\w+(?:ed|en|wn)\b", re.I)
# A clause of a bare verb after "and": ", and then shelled".
_ELIDED = re.compile(r"[\s,]*and\s+(?:(?:\w+ly|also|then|later)\s+)?", re.I)
# A finite verb right after its subject: "forces have opened", "Baku accused".
_VERB_AFTER = re.compile(r"\s+(?:(?:\w+ly|" + _W("verb_adverbs") + r")\s+)*[a-z]+ed\b")
# A verb of object control right before its object: "called on", "urged", "asked" (the
# object, not the subject, is to do what the infinitive after it says).
_OBJECT_CONTROL = re.compile(r"\b" + _W("object_control_verbs") + r"\s+(?:the\s+)?$", re.I)
# Between that object and the infinitive's verb: "to", "not to", an adverb.
_TO_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+(?:(?:\w+ly|also|then)\s+)?", re.I)
# A noun of restriction ("sanctions", "restrictions", "ban"), and a preposition of whom
# a restriction weighs on.
_RESTRICTION = re.compile(r"(?<![\w-])" + _W("restriction_nouns") + r"(?![\w-])", re.I)
_RESTRICTED_ON = re.compile(r"\b(?:on|against)\s", re.I)


def _protest_nouns(table: TriggerTable) -> frozenset[str]:
    """The one-word nouns of the protest triggers ("protesters", "demonstrators")."""
    return frozenset(n for t in table.triggers if t.event_type is EventType.PROTEST
                     for n in t.nouns if " " not in n)


def _holds_title(role: str, words: set[str]) -> bool:
    """Whether a role ("prime minister of armenia") has all the words of a title; a bare
    title is not one a modifier makes another ("minister" is no "prime minister")."""
    have = role.replace("-", " ").replace(",", " ").split()
    if not words <= set(have):
        return False
    if len(words) == 1:
        (word,) = words
        at = have.index(word)
        return at == 0 or have[at - 1] not in _OTHER_TITLE
    return True


# Modifiers that make a bare title another: "prime minister", "vice president".
_OTHER_TITLE = frozenset({"prime", "vice", "deputy", "former", "acting"})


# The dash closing an apposition right before a clause ("... politicians -- were detained").
_AFTER_DASH = re.compile(r"[—–-]\s*$")


class _Initiators(_References):
    """Finds who initiated a happening."""

    def _titled_subject(self, hit: TriggerHit, c_start: int) -> list[str]:
        """The person a definite title right before a verb stands for ("The PM defended",
        "the Armenian foreign minister said"): of the people on the page whose role has
        that title (and, with a demonym, that country), the one named last before."""
        if hit.start - c_start > _MAX_SENTENCE:
            return []
        m = _DEFINITE_TITLE.search(self.text[c_start:hit.start])
        if m is None:
            return []
        offset = c_start
        title = " ".join(m.group("t").lower().split())
        words = set(self._title_words.get(title, title).replace("-", " ").split())
        demonym = [d for d in self._mentions_in(offset + m.start(), offset + m.start("t"))
                   if d.actor.kind is ActorKind.STATE]
        country = self.countries.get(demonym[0].actor.id) if demonym else None
        people = {a for a, role in self._roles.items() if _holds_title(role, words)
                  and (country is None or self.countries.get(a) == country)}
        if not people:
            return []
        i = bisect.bisect_left(self.mention_starts, offset + m.start()) - 1
        floor = max(0, i - _TITLE_LOOK_BACK)  # bounded: a page of titles stays linear
        while i >= floor:
            if self.mentions[i].actor.id in people:
                return [self.mentions[i].actor.id]
            i -= 1
        return sorted(people) if len(people) == 1 else []

    def _happening_owner(self, hit: TriggerHit, after: list[_Mention], end: int,
                         s_end: int | None = None) -> list[str]:
        """Who does an agentless passive, when it happened in someone's violent happening
        ("They were captured during Azerbaijan's military offensive"): that happening's
        owner.  Passives co-ordinated before the sentence's end share it ("Two were killed,
        and others were injured during the raids")."""
        m = _IN_HAPPENING_AT.match(self.text, hit.end, end)
        if m is None and s_end is not None:
            conj = _AND_PASSIVE.match(self.text, hit.end, s_end)
            if conj is not None:
                m = _IN_HAPPENING_AT.match(self.text, conj.end(), s_end)
                end = s_end
                after = self._mentions_in(conj.end(), s_end)
        if m is None:
            return []
        owner = [a for a in after if a.start == m.end()]
        if not owner:
            return self._told_happening(hit, m.end(), end) if _DEFINITE_END.search(
                self.text, m.start(), m.end()) else []
        for h in self.table.find(self.text, owner[0].end, min(end, owner[0].end + 50)):
            if h.trigger.event_type in _VIOLENT and \
                    _clauses.owner_gap(self.text, owner[0].end, h.start):
                return [owner[0].actor.id]
        return []

    def _police(self, noun: re.Match[str] | None, initiators: list[str]) -> list[str]:
        """The police body members of the police (``noun``: "three policemen", "the
        officers") belong to: the last actor named before whose name says police, within
        reach and not among ``initiators``."""
        return self._named_before(noun, initiators, frozenset({ActorKind.GOVERNMENT_BODY}),
                                  _POLICE_NAME)

    def _airline(self, noun: re.Match[str] | None, initiators: list[str]) -> list[str]:
        """The airline operating an aircraft struck (``noun``: "the passenger plane"):
        the last company named before whose name says airline, within reach and not among
        ``initiators``."""
        return self._named_before(noun, initiators, frozenset({ActorKind.COMPANY}),
                                  _AIRLINE_NAME)

    def _operator(self, thing: re.Match[str] | None, initiators: list[str]) -> list[str]:
        """Who operates a thing a clause refers to (``thing``, its noun in group "thing"),
        by the first row of ``_OPERATED_BY`` whose nouns it is: the last actor of the row's
        kinds named before whose name has one of its operator words."""
        if thing is None:
            return []
        noun = thing.group("thing")
        for things, kinds, words in _OPERATED_BY:
            if things.fullmatch(noun):
                return self._named_before(thing, initiators, kinds, words)
        return []

    def _named_before(self, noun: re.Match[str] | None, initiators: list[str],
                      kinds: frozenset[ActorKind], name: re.Pattern[str]) -> list[str]:
        """The last actor of ``kinds`` whose name matches ``name`` named before ``noun``,
        within reach, unless among ``initiators``; [] with no ``noun``."""
        if noun is None:
            return []
        at = noun.start()
        i = bisect.bisect_left(self.mention_starts, at) - 1
        while i >= 0 and at - self.mentions[i].end <= _TOLD_REACH:
            actor = self.mentions[i].actor
            if actor.kind in kinds and name.search(actor.name):
                return [] if actor.id in initiators else [actor.id]
            i -= 1
        return []

    def _person_noun(self, noun: re.Match[str] | None, initiators: list[str]) -> list[str]:
        """The person a definite noun (``noun``, "the activist", "the journalist") stands
        for: the last person named before it, within reach and not among ``initiators``
        ("The court sentenced Anzor Kvaratskhelia. The activist was detained in May"), of
        those whose known role, if any, has the noun's word (a "President ..." is not
        "the journalist")."""
        if noun is None:
            return []
        head = noun.group().split()[-1].lower()
        at = noun.start()
        i = bisect.bisect_left(self.mention_starts, at) - 1
        while i >= 0 and at - self.mentions[i].end <= _PERSON_REACH:
            actor = self.mentions[i].actor
            role = self._roles.get(actor.id)
            if actor.kind is ActorKind.PERSON and (
                    role is None or head in re.findall(r"[\w-]+", role)):
                return [] if actor.id in initiators else [actor.id]
            i -= 1
        return []

    def _place_owner(self, hit: TriggerHit, end: int, initiators: list[str]) -> list[str]:
        """The state whose place an attack strikes, named right after its trigger, when
        that state is on the page and is not the attacker's own."""
        place = self.placing.acted_on(hit, end)
        state = self.place_states.get(place) if place is not None else None
        own = {self.countries.get(a) or a for a in initiators}
        if state is None or state.id in initiators or state.country in own:
            return []
        return [state.id]

    def _said_owner(self, hit: TriggerHit, end: int, speaker: list[str]) -> list[str]:
        """Whose words a speech act answers, named as their owner at its object: a
        possessive ("not buying Tehran's claim", "dismissed the EU's criticism") or a
        demonym ("denying Azerbaijani statements", "rejected the Russian reports"); never
        the speaker or the speaker's own side."""
        lo, hi = hit.start, min(end, hit.end + _OWNER_REACH)
        sides = {self.countries.get(a) or a for a in speaker}

        def other(actor: str) -> bool:
            return actor not in speaker and (self.countries.get(actor) or actor) not in sides

        for m in self._mentions_in(lo, hi):
            if _POSSESSIVE_SAID.match(self.text, m.end) and other(m.actor.id):
                return [m.actor.id]
        for d in _DEMONYM_SAID.finditer(self.text, lo, hi):
            if any(m.start <= d.start() < m.end for m in self._mentions_in(lo, hi)):
                continue  # a word of a longer name ("the Armenian Foreign Ministry ...")
            actor = Gazetteer.default().polity(d.group("d"))
            if actor is not None and self.kinds.get(actor) is ActorKind.STATE and other(actor):
                return [actor]
        return []

    def _condemned(self, hit: TriggerHit, end: int, speaker: list[str]) -> list[str] | None:
        """Whom an accusation whose object is a hostile happening accuses: who did it,
        named as its owner ("condemned Russia's attack on Ukraine", "the Russian
        shelling") or its "by" agent ("the arrests of journalists by the police"); an
        empty list when the object names no doer (what the page told before may, see
        ``_accused_by_reference``); None when the object is no hostile happening."""
        if hit.trigger.reporting:
            return None  # "said a skirmish took place": what is said, no object
        noun = next(iter(self.table.find(self.text, hit.end, min(end, hit.end + 60))), None)
        if noun is None or noun.trigger.event_type not in _HOSTILE or \
                not _CONDEMNED_GAP.fullmatch(self.text, hit.end, noun.start) or not (
                    noun.nominal or self._noun_form(noun)
                    or _DETERMINED.match(self.text, hit.end)):
            return None  # ("claiming Azerbaijani forces provoked": a clause, no noun)
        sides = {self.countries.get(a) or a for a in speaker}

        def other(actor: str) -> bool:
            return actor not in speaker and (self.countries.get(actor) or actor) not in sides

        between = self._mentions_in(hit.end, noun.start)
        owner = [m for m in between if _clauses.owner_gap(self.text, m.end, noun.start)]
        if len(owner) < len(between):
            return None  # "blamed Russia for the attack": the verb has its own object
        if _BLAME.fullmatch(self.text, hit.start, hit.end):
            # "blamed the attack on Russia", "the attacks on Kyiv on Russian forces": whom
            # it is blamed on (the last "on") did it
            on = [m for m in self._mentions_in(noun.end, end)
                  if _BLAMED_ON.search(self.text, max(noun.end, m.start - 12), m.start)]
            return [on[-1].actor.id] if on and other(on[-1].actor.id) else []
        if owner:
            return [owner[-1].actor.id] if other(owner[-1].actor.id) else []
        for d in _DEMONYM_BEFORE.finditer(self.text, hit.end, noun.start):
            actor = Gazetteer.default().polity(d.group("d"))
            if actor is not None and self.kinds.get(actor) is ActorKind.STATE:
                return [actor] if other(actor) else []
        by = [m for m in self._mentions_in(noun.end, end)
              if _clauses.by_agent(self.text, m.start, noun.end)
              and not _PHRASE_BREAK.search(self.text, noun.end, m.start)]
        return [by[0].actor.id] if by and other(by[0].actor.id) else []

    def _crowd(self, hit: TriggerHit, end: int, initiators: list[str]) -> list[str]:
        """Whom a hostile act on a gathering strikes ("police dispersed the crowd", "force
        to break up gatherings"): the protesters named last before, as a definite noun
        refers back (never the act's own initiators)."""
        end = min(end, hit.end + _CROWD_REACH)
        boundary = _ADJUNCT_BOUNDARY.search(self.text, hit.end, end)
        if boundary is not None:
            end = boundary.start()  # "injured, and that protesters threw": not its object
        if _CROWD.search(self.text, hit.end, end) is None:
            return []
        i = bisect.bisect_left(self.mention_starts, hit.start) - 1
        while i >= 0 and hit.start - self.mentions[i].start <= _TOLD_REACH:
            actor = self.mentions[i].actor.id
            if actor not in initiators and self._protesters(actor):
                return [actor]
            i -= 1
        return []

    def _protest_cause(self, hit: TriggerHit, end: int, initiators: list[str]) -> list[str]:
        """Whose act a protest answers, named as the subject of a clause of cause after it
        in its sentence ("... after the ruling Georgian Dream party decided to end the
        talks"): that subject; [] when none or among ``initiators``."""
        m = _CAUSE_CLAUSE.search(self.text, hit.end, min(end, hit.end + _CROWD_REACH * 2))
        if m is None:
            return []
        for d in self._mentions_in(m.end(), min(end, m.end() + 80)):
            if _CAUSE_VERB.match(self.text, d.end):
                return [] if d.actor.id in initiators else [d.actor.id]
            if d.start - m.end() > 60:
                break
        return []

    def _answered_doer(self, hit: TriggerHit, end: int, initiators: list[str]) -> list[str]:
        """Who did the hostile happening a speech noun answers in a clause right after it
        ("protests from Baku after Russian police raided the homes"): that clause's
        subject, as its state when the speakers are states; [] if none or their own."""
        m = _ANSWERS_CLAUSE.match(self.text, hit.end, end)
        if m is None:
            return []
        for h in self.table.find(self.text, m.end(), min(end, m.end() + 80)):
            if h.trigger.event_type not in _HOSTILE or h.nominal:
                return []
            doer = [d for d in self._mentions_in(m.end(), h.start)
                    if _ADJACENT.fullmatch(self.text, d.end, h.start)]
            if not doer:
                return []
            actor = doer[-1].actor.id
            if all(self.kinds.get(a) is ActorKind.STATE for a in initiators) and \
                    self.kinds.get(actor) is not ActorKind.STATE:
                actor = self.states.get(self.countries.get(actor) or "", actor)
            own = {self.countries.get(a) or a for a in initiators}
            return [] if (self.countries.get(actor) or actor) in own else [actor]
        return []

    def _protesters(self, actor: str) -> bool:
        """Whether a group actor is named by a protest noun ("pro-EU protesters")."""
        if self.kinds.get(actor) is not ActorKind.GROUP:
            return False
        words = set(self.names.get(actor, "").lower().split())
        return bool(words & _protest_nouns(self.table))

    def _possessor(self, hit: TriggerHit, c_start: int) -> list[str]:
        """Whom a possessive pronoun before a noun trigger stands for ("his visit": the
        person last acting or named; "its 44-day war": the last state or body named)."""
        m = _POSSESSIVE.search(self.text, max(c_start, hit.start - 30), hit.start)
        if m is None:
            return []
        pos = m.start("p")
        if m.group("p").lower() in ("his", "her"):
            person = self._last_person_before(pos)
            return [person] if person else []
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        floor = max(0, i - 20)
        while i >= floor and pos - self.mentions[i].end < _SUBJECT_REACH:
            actor = self.mentions[i].actor
            if actor.kind not in (ActorKind.PERSON, ActorKind.MEDIA):
                return [actor.id]
            i -= 1
        return []

    def _shared_subject(self, before: list[_Mention], hit: TriggerHit,
                        c_start: int) -> list[str]:
        """The subject a verb shares with the verb it is co-ordinated with ("Pashinyan
        accused Azerbaijan of provoking the clashes and warned that ..."): "and" right
        before the verb, no subject of its own."""
        m = _AND_VERB.search(self.text, max(c_start, hit.start - 30), hit.start)
        if m is None:
            return []
        # the finite verb before "and": not a noun or a participle ("after the Council
        # meeting, Kallas condemned ... and emphasized")
        verbs = [h for h in self.table.find(self.text, c_start, m.start()) if not h.nominal
                 and not self.text[h.start:h.end].split()[0].lower().endswith("ing")
                 and not _NOUN_BEFORE.search(self.text, max(0, h.start - 40), h.start)]
        if not verbs or _THAT.search(self.text, verbs[0].end, m.start()):
            return []  # "reported that a man broke in and killed": not the reporter's act
        prev = verbs[0]
        head = [b for b in before if b.end <= prev.start]
        return self._pronoun_subject(head, prev, c_start) or \
            self._subject(head, prev, c_start)

    def _agented(self, hit: TriggerHit) -> bool:
        """Whether a noun trigger names its agent in a reduced passive right after it ("the
        provocation committed by Armenia", "the statement issued by the co-chairs"): a
        happening with its actor named, an event even inside someone's quote."""
        m = _NOUN_BY.match(self.text, hit.end) if hit.nominal else None
        if m is None:
            return False
        i = bisect.bisect_left(self.mention_starts, m.end())
        return i < len(self.mentions) and self.mentions[i].start - m.end() < 20

    def _reduced_relative(self, hit: TriggerHit) -> bool:
        """Whether a participle trigger modifies the happening noun right before it, with
        a setting after it and no "by" agent ("the Declaration signed in Washington",
        "the deal reached last year")."""
        if hit.nominal:
            return False
        word = self.text[hit.start:hit.end].split()[0].lower()
        if not word.endswith(("ed", "en", "wn", "ght")) or \
                not _SETTING_AFTER.match(self.text, hit.end):
            return False
        prev = _WORD_BEFORE.search(self.text, max(0, hit.start - 40), hit.start)
        return prev is not None and prev.group(1).lower() in _noun_forms(self.table) and \
            self._covering(hit) is None

    def _main_subject(self, hit: TriggerHit, start: int, end: int) -> list[str]:
        """The subject of the clause ``text[start:end]`` a participle hangs on ("The PM
        defended the police's actions, insisting ..."): the actor or definite title right
        before one of its past-tense verbs, the first such."""
        for verb in _PAST_VERB.finditer(self.text, start, end):
            at = TriggerHit(verb.start(), verb.end(), hit.trigger, False)
            before = self._mentions_in(start, verb.start())
            subject = self._titled_subject(at, start) or (
                self._coordinated(before, before[-1]) if before and _ADJACENT.fullmatch(
                    self.text, before[-1].end, verb.start()) else [])
            if subject:
                return subject
        return []

    def _elided_subject(self, hit: TriggerHit, c_start: int, s_start: int) -> list[str]:
        """The subject a clause of a bare verb after "and" shares with the clause before
        it ("the armed forces have opened fire on the village, and then shelled the
        town"): the last actor of the sentence before it that stands right before a verb
        ("forces have opened"), with no "that" opening another clause in between."""
        gap = _ELIDED.fullmatch(self.text, c_start, hit.start)
        if gap is None or c_start <= s_start:
            return []
        head = self._mentions_in(s_start, c_start)
        for k in range(len(head) - 1, -1, -1):
            m = head[k]
            if _THAT.search(self.text, m.end, c_start):
                return []
            if _VERB_AFTER.match(self.text, m.end):
                return self._coordinated(head, m)
        return []

    def _apposed(self, s_start: int, c_start: int, hit: TriggerHit) -> list[str]:
        """The subject of a bare verb whose clause opens right after an apposition
        ("Orkhan Baghirov, an economist and leading analyst at ..., said"): the actor
        the apposition describes."""
        for m in reversed(self._mentions_in(s_start, c_start)):
            if m.actor.kind is not ActorKind.MEDIA and \
                    _APPOSITION.fullmatch(self.text, m.end, hit.start):
                return [m.actor.id]
        return []

    def _sanction_owner(self, after: list[_Mention], start: int,
                        end: int) -> _Mention | None:
        """The owner of the restriction a verb's object is ("lifts US restrictions",
        "eased EU sanctions"; ``restriction_nouns``): the first mention after the verb,
        not after "on" or "against", standing as owner right before such a noun, or None."""
        for m in after[:1]:
            noun = _RESTRICTION.search(self.text, m.end, min(end, m.end + 40))
            if noun is not None and _clauses.owner_gap(self.text, m.end, noun.start()) and \
                    not _RESTRICTED_ON.search(self.text, start, m.start):
                return m
        return None

    def _subject(self, before: list[_Mention], hit: TriggerHit, c_start: int) -> list[str]:
        """The subject of a verb: the last actor before it outside a prepositional phrase,
        with the actors co-ordinated with it ("Pashinyan and Aliyev met")."""
        text = self.text
        if _EXISTENTIAL.search(text, max(c_start, hit.start - 30), hit.start):
            return []  # "there was shelling": no one is said to act
        if before and _ADJACENT.fullmatch(text, before[-1].end, hit.start) and not (
                _TOPIC_OBJECT.search(text, max(c_start, before[-1].start - 20),
                                     before[-1].start)
                and not text[hit.start:hit.end].split()[0].lower().endswith("ing")):
            # "despite Armenia officially opening an embassy": right before its verb; but
            # the object of "about" is no finite verb's subject ("the talk about
            # Ivanishvili reveals")
            return self._coordinated(before, before[-1])
        for k in range(len(before) - 1, -1, -1):
            m = before[k]
            if not _clauses.prepositional(text, m.start, c_start) or self._titled(before, k) \
                    or _PARTITIVE.search(text, max(c_start, m.start - 40), m.start):
                return self._coordinated(before, m)
        return self._antecedent(c_start)

    def _dashed_subject(self, before: list[_Mention], hit: TriggerHit, c_start: int,
                        s_start: int) -> list[str]:
        """The subject of a verb whose clause opens with the dash closing an apposition
        and names no one ("A number of individuals -- mostly Karabakh Armenian politicians
        -- were detained"): the subject of what stands before the dash in its sentence."""
        if before or not _AFTER_DASH.search(self.text, max(s_start, c_start - 3), c_start):
            return []
        prior = self._mentions_in(s_start, c_start)
        return self._subject(prior, hit, s_start) if prior else []

    def _controller(self, before: list[_Mention], hit: TriggerHit) -> list[str]:
        """The object of a verb of object control when ``hit`` is the verb of its
        infinitive ("urged Armenia and Azerbaijan to sign", "asked Baku not to open"):
        who is to act, with the actors co-ordinated with it; [] otherwise."""
        if not before or not _TO_INFINITIVE.fullmatch(self.text, before[-1].end, hit.start):
            return []
        i = len(before) - 1
        while i > 0 and _COORDINATION.fullmatch(self.text, before[i - 1].end, before[i].start):
            i -= 1
        if not _OBJECT_CONTROL.search(self.text, max(0, before[i].start - 30), before[i].start):
            return []
        return self._coordinated(before, before[-1])
