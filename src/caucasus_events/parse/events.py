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

See ``docs/actors-and-events.md`` for the rules and their limits.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

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
    PlaceKind,
    Quote,
    Role,
    Span,
)
from caucasus_events.parse import _clauses
from caucasus_events.parse._event_dates import EventDates
from caucasus_events.parse._event_places import EventPlaces
from caucasus_events.parse._triggers import Trigger, TriggerHit, TriggerTable, inflect
from caucasus_events.parse.gazetteer import Gazetteer
from caucasus_events.parse.text import sentence_spans

__all__ = ["Trigger", "TriggerTable", "extract_events", "find_dates"]

# Types of hostile happenings: reported as likely or as someone's claim, they are an
# accusation by the speaker.
_HOSTILE = frozenset({EventType.ATTACK, EventType.FIGHT, EventType.ARREST, EventType.SANCTION})
# Hostile happenings a speaker blames on someone by naming them in what he says.
_BLAMED = frozenset({EventType.ATTACK, EventType.ARREST})
# Happenings people are killed or wounded in ("killed in Armenian shelling").
_VIOLENT = frozenset({EventType.ATTACK, EventType.FIGHT, EventType.CRASH})
# Joint happenings: of co-ordinated subjects the first is the initiator, the others the
# parties it acts with (the gold convention, as for "the meeting of A and B").
_JOINT = frozenset({EventType.MEET, EventType.AGREE, EventType.COOPERATE})
# The closed-class word lists of the patterns below live in data/event_patterns.json
# ("grammar_words"); _W(label) is one of them as a regex alternation.
_W = TriggerTable.default().alternation
_ENDS_LOCATIVE = re.compile(r"\s" + _W("locative_prepositions") + "$", re.I)
_WITH = re.compile(r"\b(?:with|against)\s+(?:the\s+)?$", re.I)
# An actor naming the medium or occasion of a speech act, not whom it addresses: "said in
# a Twitter post", "told a NATO press conference".
_SPEECH_MEDIUM = re.compile(r"\b(?:in|at|during|via|on)\s+(?:a|an|the|his|her|its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
# A platform a speech act is posted on: "wrote on Twitter", "said via Telegram".
_ON_PLATFORM = re.compile(r"\b(?:via|on)\s+$", re.I)
# Happenings whose noun's possessor undergoes them: "Vardanyan's arrest".
_PATIENT_OWNED = frozenset({EventType.ARREST})
_OWNER_POSSESSIVE = re.compile(r"['’`]s?\s")
_OF_AFTER = re.compile(r"\s+of\b", re.I)
# A word opening a clause inside a clause: its verb's subject stands after it.
_SUBORDINATOR = re.compile(r"\b" + _W("subordinators") + r"\s", re.I)
# What opens the finite clause a passive verb stands in: a subordinator or "that" ("said
# that the plane was shot down"); its subject is not named before it.
# A preposition of time before a mention: "during Gamsakhurdia's rule", "under Aliyev".
_TIME_ADJUNCT = re.compile(r"\b" + _W("time_prepositions") + r"\s+(?:the\s+)?"
                           r"(?:[\w’'-]+\s+){0,2}$", re.I)
# A co-ordinated clause with a subject pronoun of its own: "returned to politics and in two
# years it ended with ...".
_NEW_SUBJECT = re.compile(r"\b(?:and|but)\b[^.;:!?]{0,40}?\b(?:it|they|he|she|we)\s+"
                          r"(?!(?:to|and|or|of|in|on|at|with|for|from|by)\b)[a-z]+", re.I)
# What a protest is against, a definite hostile happening: "indignation at the harsh
# sentence", "rallied against the arrests".
_GRIEVANCE = re.compile(r"\b" + _W("grievance_prepositions") + r"\s+(?:the|this|that|these"
                        r"|those|such)\s+(?:[\w-]+\s+)?$", re.I)
_COMPOUND_DASHES = frozenset({"-", "–", "‑"})
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
# Right after a speech noun and its source, the clause of what it answers: "protests from
# Baku after ...", "condemnation over ...".
_ANSWERS_CLAUSE = re.compile(r"(?:\s+from\s+[\w’'. -]{2,40}?)?\s+(?:after|over|following"
                             r"|when)\s+", re.I)
# A possessive pronoun right before a mention: "his government", "their forces".
_OWN_POSSESSED = re.compile(r"\b(?:his|her|its|their|our|my)\s+$", re.I)
_OWN_POSSESSOR = re.compile(r"(?:his|her|its|their|our|my)\s", re.I)
# A role of a state's official: whose own government his words do not accuse.
_OFFICIAL_ROLE = re.compile(r"\b(?:president|prime\s+minister|premier|minister|spokes\w*"
                            r"|ambassador|chancellor|secretary|government)\b", re.I)
_TRUCE = re.compile(r"\b" + _W("truce_nouns") + r"\b", re.I)
# A clause of cause after a protest, and its subject's past verb: "after the ruling party
# decided", "over the government's ..." (the verb right after the subject's mention).
_CAUSE_CLAUSE = re.compile(r"\b(?:after|because|since)\s+(?:the\s+|a\s+)?", re.I)
_CAUSE_VERB = re.compile(r"\s+(?:[a-z]+\s+)?(?:\w+ly\s+)?(?:had\s+|has\s+)?[a-z]+ed\b")
_SOURCE_BEFORE = re.compile(r"\b" + _W("source_prepositions") + r"\s+(?:the\s+)?"
                            r"(?:[a-z][\w-]*\s+)?$", re.I)
_FINITE_VERB = re.compile(r"\b" + _W("finite_verb_words") + r"\b", re.I)
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
# A preposition opening an adjunct clause or phrase after a verb's object.
_ADJUNCT_BOUNDARY = re.compile(r"\b" + _W("adjunct_boundaries") + r"\b", re.I)
# Reported words whose subject is "it" or "they": "warned that it would ...".
_IT_SUBJECT = re.compile(r"[\s,:]*(?:that\s+)?(?:it|they)\s+(?!is\b|was\b|are\b|were\b)",
                         re.I)
# A definite title as a verb's subject: "The PM defended", "the Armenian foreign minister".
_DEFINITE_TITLE = re.compile(
    r"(?:^|(?<=[.!?,;:“\"])|(?<=\band)|(?<=\bbut)|(?<=\bthat)|(?<=\bwhen)|(?<=\bwhile))\s*"
    r"\b[Tt]he\s+(?-i:[A-Z][a-z]+\s+)??(?P<t>" + _W("definite_titles") + r")\s+"
    r"(?:(?:\w+ly|" + _W("verb_adverbs") + r")\s+)*$", re.I)
# How far before a content cue its owner may stand ("Russia's continued threats").
_CUE_REACH = 30
# A preposition placing a happening beside a body, not acting on it.
_BESIDE = re.compile(r"\b" + _W("beside_prepositions") + r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
                     re.I)
# A noun of holding someone: "in the custody of X", X holds.
_HOLDING = re.compile(r"\b" + _W("holding_nouns") + r"$", re.I)
# After an agentless passive, the happening it happened in: "captured during Azerbaijan's".
_IN_HAPPENING_AT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|during|amid)\s+(?:the\s+)?", re.I)
# From a possessor to a noun co-ordinated with the noun it owns: "'s strained relations with
# Iran and blossoming ".
_SHARED_POSSESSOR = re.compile(r"['’]s\s+[^,.;:!?“”\"]{1,80}?\s(?:and|or)\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}")
# How many mentions back a definite title looks for the person holding it.
_TITLE_LOOK_BACK = 200
# A possessor and the lower-case words before the actor it qualifies: "'s archrival ".
_POSSESSOR_OF_HEAD = re.compile(
    r"['’]s\s+(?:(?!(?:to|of|and|or|with|for|in|on|at|by|from|the|a|an|that|which|who)\b)"
    r"[a-z][\w-]*\s+){1,3}")
# An object pronoun right after a verb: "accused him of", "detained her".
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b(?!\s+(?:own|\w+['’]s)\b)(?!-)", re.I)
# Between a verb and its object: "called on Russia", "urged the EU".
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
# "to" before whom something is given or sent: "to Baku", "to the Armenian army".
_TO_RECIPIENT = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# "on" right after a trigger: what it acts on ("sanctions on Russia"), not where.
_ACTED_ON = re.compile(r"\s+on\s+(?:the\s+)?", re.I)
# Hostile nouns that, as what a verb of naming calls its object, only characterise it.
_PREDICATED = frozenset({EventType.ATTACK, EventType.FIGHT, EventType.THREAT})
# A verb of naming, its object (no clause break) and the determiner and modifiers of the
# noun it names the object: "called Armenia the “biggest", "described the shelling as an".
_CHARACTERISED = re.compile(
    r"(?<![\w-])(?P<verb>" + _W("characterising_verbs") + r")\s+(?!(?:for|on|upon|off|in|out|up)\b)"
    r"[^.;:!?,]{1,60}?\s+(?:as\s+)?(?:a|an|the)\s+(?:[\w“”\"'’-]+\s+){0,3}[“\"']?$", re.I)
# A definite determiner right before a noun: the happening is one told before.
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?$", re.I)
# How far back (characters) a definite happening noun ("during the raids", "said the attack
# was a provocation") looks for the happening told before that it refers back to.
_TOLD_REACH = 1500
# A comma and the determiner of the subject of the next clause: ", the United States".
_NEXT_SUBJECT = re.compile(r",\s*(?:the\s+)?", re.I)
# A diplomatic mission and the place it is in: "embassy in ", "consulate in the ".
_MISSION_IN = re.compile(r"\b" + _W("mission_nouns") + r"\s+(?:in|to)\s+(?:the\s+)?", re.I)
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
# Whatever a sanction hits, named by a polity's demonym: "sanctions on Georgian wine",
# "banned Russian TV channels".
_DEMONYM_THING = re.compile(r"\b(?P<d>[A-Z][\w.-]+)\s+(?:[A-Za-z][\w-]*\s+){0,2}?"
                            r"[a-z][\w-]*\b")
# ... as the subject of a passive verb: "an Armenian soldier was killed".
_COMBATANT_SUBJECT = re.compile(r"\b(?P<d>[A-Z][\w.-]+?)(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?"
                                + _W("combatant_nouns") + r"\s+(?:were|was|have\s+been"
                                r"|has\s+been|had\s+been|got)\s+(?:\w+\s+){0,2}$")
_FORCE_HEAD = re.compile(r"\b" + _W("armed_force_heads") + r"$", re.I)
# Members of the police, counted or definite, as a hostile act's passive subject ("three
# policemen were injured") or object ("threw stones at the officers"): the police body
# named before.
_POLICE_MEMBERS = r"(?:" + _W("member_quantifiers") + r"\s+)+(?:\d+\s+)?(?:[\w-]+\s+)?" + \
    _W("police_member_nouns") + r"\b"
_POLICE_SUBJECT = re.compile(r"(?:^|\s)" + _POLICE_MEMBERS + r"\s+(?:were|was|have\s+been"
                             r"|had\s+been|got)\s+(?:\w+\s+){0,2}$", re.I)
_POLICE_OBJECT = re.compile(r"\s+(?:(?:at|on|against|upon)\s+)?" + _POLICE_MEMBERS
                            + r"(?!\s+(?:of|from)\b)", re.I)
_POLICE_NAME = re.compile(r"\bpolice\b", re.I)
# A definite aircraft struck ("the passenger plane was shot down", "downed the jet"): the
# airline named before operates it.
_AIRCRAFT = r"(?:the|this|that|its)\s+(?:[\w-]+\s+)?" + _W("aircraft_nouns") + r"\b"
_AIRCRAFT_SUBJECT = re.compile(r"(?:^|\s)" + _AIRCRAFT + r"\s+(?:was|has\s+been|had\s+been"
                               r"|got)\s+(?:\w+\s+){0,2}$", re.I)
_AIRCRAFT_OBJECT = re.compile(r"\s+" + _AIRCRAFT, re.I)
# An aircraft or its loss named before a nominal attack in its clause: "the cause of the
# crash was an attack by ...".
_AIRCRAFT_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:"
                              + _W("aircraft_loss_nouns") + "|" + _W("aircraft_nouns")
                              + r")\b", re.I)
_AIRCRAFT_OPENING = re.compile(r"[\s\"“]*" + _AIRCRAFT, re.I)
# A thing as the object of a speech act's verb: "refused to accept it", "rejected it".
_IT_OBJECT = re.compile(r"\s+(?:to\s+[a-z]+\s+)?it\b", re.I)
_AIRLINE_NAME = re.compile(r"\b" + _W("airline_words") + r"\b", re.I)
# How far back a definite person noun looks for the person it stands for.
_PERSON_REACH = 500
_ITS_OBJECT = re.compile(r"\s+(?:(?:on|at|against|upon)\s+)?(?:its|their)\s+", re.I)
# An infinitive right after a noun: its complement ("an agreement to open", "a decision to
# suspend"), not a recipient ("aid to Armenia", "a visit to the Vatican").
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:" + _W("articles") + "|" + _W("third_person_possessives")
                         + "|" + _W("noun_phrase_openers") + r")\b)(?-i:[a-z])[a-z]+\b")
# A verb of giving as the trigger itself: "granted", "handed over".
_GIVING = re.compile(_W("giving_verbs") + r"(?:\s+over)?", re.I)
# A verb of giving right before its indirect object: "have given (Tehran assurances)".
_GIVEN_TO = re.compile(r"\b" + _W("giving_verbs") + r"\s+(?:\w+ly\s+)?$", re.I)
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.I)
# Speech acts a later rejection answers.
_ANSWERED = frozenset({EventType.ACCUSE, EventType.DEMAND, EventType.PROPOSAL,
                       EventType.THREAT})
_SPEECH_ACTS = frozenset({EventType.ACCUSE, EventType.DEMAND, EventType.THREAT,
                          EventType.REJECT, EventType.PROPOSAL})
# The owner of the words a speech act answers, named at its object: a possessive ("not
# buying Tehran's claim") or a demonym ("denying Azerbaijani statements").
_SAID = "(?:" + _W("said_nouns") + "|" + _W("claim_nouns") + r")\b"
_POSSESSIVE_SAID = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+)?" + _SAID)
_DEMONYM_SAID = re.compile(r"(?<![\w’'-])(?P<d>[A-Z][\w.-]*[A-Za-z])\s+(?:[a-z][\w-]*\s+)?"
                           + _SAID)
_OWNER_REACH = 50
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
# The object phrase of an accusation up to its head noun ("condemned the recent Russian
# attack"): a determiner or possessor and up to three words.
_OWN_DETERMINER = ("(?:" + _W("articles") + "|" + _W("demonstratives") + "|"
                   + _W("third_person_possessives") + r"|[\w.-]+['’]s?)")
_CONDEMNED_GAP = re.compile(r"\s+(?:" + _OWN_DETERMINER + r"\s+)?(?:[\w’'.-]+\s+){0,3}?")
_DETERMINED = re.compile(r"\s+" + _OWN_DETERMINER + r"\s", re.I)
_BLAME = re.compile(_W("blame_verbs"), re.I)
_BLAMED_ON = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_BLAMED_NOUN = re.compile(r"\b" + _W("blame_verbs") + r"\s+(?:the|a|an|this|these|those)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.I)
_DEMONYM_BEFORE = re.compile(r"(?<![\w’'-])(?P<d>[A-Z][\w.-]*[A-Za-z])\s+(?:[a-z][\w-]*\s+)?$")
# A gathering a hostile act is done to ("dispersed the crowd", "break up gatherings").
_CROWD = re.compile(r"(?<![\w-])" + _W("crowd_nouns") + r"(?![\w-])", re.I)
_CROWD_REACH = 60
# A relative pronoun opening a clause of its own inside an object ("the proposals which he
# presented to Bayramov"): what stands past it is that clause's, not the verb's.
_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])" + _W("relative_pronouns") + r"(?![\w-])")
# Speech acts whose object is a happening that has not taken place ("demanded sanctions").
_ASKING = frozenset({EventType.DEMAND, EventType.PROPOSAL})
# Speech acts and pledges whose noun a "that" clause follows with what they say.
_WORDED = _SPEECH_ACTS | {EventType.AGREE}
_THAT_CLAUSE = re.compile(r"\s+that\b", re.I)
# Types whose event needs a named participant to be worth recording.
_NEEDS_ACTOR = frozenset({EventType.STATEMENT, EventType.OTHER, EventType.COOPERATE,
                          EventType.MEET})
_MAX_TARGETS = 3
# The longest sentence read as one; longer runs are cut (see _chunks).
_MAX_SENTENCE = 600
# Priority from which a noun names a concrete happening worth its own (background) event
# even as the object of another verb ("sued Russia over the downing of the plane").
_CONCRETE = 90
_SUMMARY_CHARS = 200
# How far (characters from the start of its sentence) a sentence's subject stays the
# referent of a later "he" or "she".
_SUBJECT_REACH = 600
_PRONOUN = re.compile(r"(?<![\w-])(?P<p>[Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+"
                      r"(?:(?:\w+ly|" + _W("pronoun_adverbs") + r")\s+)*$")
_INVERTED = re.compile(r"^[,\s]*(?:(?:\w+ly|also)\s+)?$")
_DETERMINER = re.compile(
    r"(?:\b" + _W("determiners") + r"\s+"
    r"(?:[\w-]+\s+){0,2})$", re.I)
_BACKGROUND = re.compile(
    r"\b" + _W("background_prepositions") + r"\s+"
    + _W("background_determiners") + r"?\s*"
    r"(?:[\w’'-]+,?\s+){0,3}$", re.I)
# A verb form after a determiner or possessive is a noun ("the arrests", "Russia's attacks").
_NOUN_BEFORE = re.compile(
    r"(?:\b" + _W("noun_determiners") + r"\s+"
    r"(?:\w+ly\s+)?|['’`]s\s+"
    # a participle right after a preposition is an adjective: "over downed flight"
    r"|\b" + _W("noun_prepositions") + r"\s+)$",
    re.I)
# An adjective that only modifies nouns: the verb form after it is a noun ("numerous
# requests", "repeated attacks", "mass protests").
_NOUN_ADJECTIVE = re.compile(r"\b" + _W("noun_adjectives") + r"\s+$", re.I)
# A speaker the actors do not name: "one senior official told me", "the analyst said".
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|" + _W("speaker_quantifiers")
    + r"\s+(?:[\w-]+\s+){0,5}[\w-]+)\s+(?:(?:\w+ly|" + _W("speaker_auxiliaries")
    + r")\s+)*$")
# What joins co-ordinated subjects: "Putin and his French counterpart Macron".
# The conjunction of a list of actors: "and", "&", "as well as".
_CONJUNCTION = re.compile(r"\b(?:and|as\s+well\s+as)\b|&", re.I)
_COORDINATION = re.compile(
    r"\s*(?i:,|and|&|,\s*and|,?\s*as\s+well\s+as)\s*"
    r"(?:(?i:his|her|its|their|the)\s+(?:[\w’'-]+\s+){0,3})?"
    # a title before the next name: "Aliyev, Prime Minister of Hungary Viktor Orban"
    r"(?:(?:[A-Z][\w.’'-]*|of|for|on|the)\s+){0,6}")
_CLAUSE_PRONOUN = re.compile(r"\W{0,3}(?:that\s+)?(?:he|she)\b", re.I)
# A noun trigger's participants: "the meeting of <actor>", "talks between <actor>".
_PARTICIPANTS = re.compile(r"\s+(?:of|between)\s+(?:the\s+)?")
# A capitalised word (with "of", "for", "and" between name words) right before a
# capitalised trigger: the trigger is part of the name ("United States").
_NAME_BEFORE = re.compile(r"(?<![.!?:\"“]\s)(?<![.!?:\"“])\b[A-Z][\w’'-]*\s+"
                          r"(?:(?:of|for|and|the)\s+)?$")
# Between a light verb and its object noun: a determiner and up to two modifiers.
_LIGHT_GAP = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|new)\s+)?(?:[\w-]+\s+){0,2}",
                        re.I)
_POSSESSIVE = re.compile(r"\b(?P<p>his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
_TITLE = re.compile(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w.-]*|" + _W("title_words") + r")\s+){1,5}")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
# Between a subject and its verb: auxiliaries and adverbs only.
# "Orkhan Baghirov, an economist at the Center ..., said": a bare verb after an apposition
_APPOSITION = re.compile(r",\s+[a-z][^.;:!?“”\"\n,]*,\s*(?:(?:\w+ly|" + _W("verb_adverbs")
                         + r")\s+)*$")
# "what he described as", "what Baku calls": a free relative before a speech verb
_FREE_RELATIVE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}$", re.I)
# An existential "there was" before a happening names no actor.
_EXISTENTIAL = re.compile(r"\bthere\s+(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been"
                          r"|had\s+been)\s+)(?:(?:a|an|the|no|some|more|heavy|\w+ly)\s+)*$",
                          re.I)
# A quantity of the people a mention names heads the subject: "Some of those refugees".
# A preposition of topic right before a mention: "about", "regarding", "concerning".
_TOPIC_OBJECT = re.compile(r"\b" + _W("topic_prepositions") + r"\s+(?:the\s+)?$", re.I)
_PARTITIVE = re.compile(r"(?<![\w-])" + _W("partitive_quantifiers")
                        + r"\s+of\s+(?:(?:the|those|these|its|their)\s+)?(?:[\w-]+\s+)?$", re.I)
_ADJACENT = re.compile(r"\s+(?:(?:\w+ly|" + _W("verb_adverbs") + r")\s+)*")
_OWN_NOUN = re.compile(r"\s*(?:\w+\s+)?(?:its|his|her|their|our|my)\s+(?:[\w-]+\s+){0,2}", re.I)
_PLANNED_PREDICATE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:will\s+(?:be\s+)?(?:held|take\s+place|begin|start|open)|(?:is|are)"
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:set|due)\s+(?:to|for)\b|(?:expected|scheduled|planned)\b))",
    re.I)
_THAT = re.compile(r"\bthat\b|[:“\"]", re.I)
# A past-tense verb of a clause: "The PM defended".
_PAST_VERB = re.compile(r"(?<=\s)[a-z]{3,}ed\b")
# A reduced passive after a noun, up to its "by" agent: " jointly issued by the ".
_NOUN_BY = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+(?:the\s+)?")
# "a skirmish that left one soldier dead took place on Monday": a happening noun that is
# the subject of a verb of occurrence is told as a fact, not the topic of a verb before it
_OCCURRED = re.compile(r"[^.;:!?\"“”]{0,80}?\b" + _W("occurrence_verbs") + r"\b", re.I)
# What ends a noun's phrase before a later "by": a participle clause ("..., forcing a
# capitulation by"), a semicolon or a colon.
_PHRASE_BREAK = re.compile(r"[;:]|\b[a-z]{3,}ing\s+(?:a|an|the|its|their)\b")
# What follows a reduced relative participle: a setting, not an object.
_SETTING_AFTER = re.compile(r"\s+(?:in|on|at|during|last|earlier|this|since)\b", re.I)
_WORD_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s$")
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
_DEFINITE_END = re.compile(r"\bthe\s+$", re.I)
# An agentless passive co-ordinated after another ("were killed, and several others were
# seriously injured"): the happening it happened in is the first one's too.
_AND_PASSIVE = re.compile(r"\s*,?\s+and\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+"
                          r"(?:(?:\w+ly|also|later)\s+)*\w+(?:ed|en|wn)\b", re.I)
# A clause of a bare verb after "and": ", and then shelled".
_ELIDED = re.compile(r"[\s,]*and\s+(?:(?:\w+ly|also|then|later)\s+)?", re.I)
# A finite verb right after its subject: "forces have opened", "Baku accused".
_VERB_AFTER = re.compile(r"\s+(?:(?:\w+ly|" + _W("verb_adverbs") + r")\s+)*[a-z]+ed\b")
# A "he" or "she" and the past verb it is the subject of: "he used", "she also asked".
_PRONOUN_VERB = re.compile(r"(?<![\w-])(?P<p>[Hh]e|[Ss]he)\s+(?:(?:\w+ly|"
                           + _W("pronoun_adverbs") + r")\s+)*[a-z]+ed\b")
_AND_VERB = re.compile(r"\band\s+(?:(?:\w+ly|also|then|later)\s+)?$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:\w+ly|" + _W("first_person_adverbs")
                           + r")\s+)*$")
_RELATIVE = re.compile(r"(?:who|which)\b", re.I)
# A verb of object control right before its object: "called on", "urged", "asked" (the
# object, not the subject, is to do what the infinitive after it says).
_OBJECT_CONTROL = re.compile(r"\b" + _W("object_control_verbs") + r"\s+(?:the\s+)?$", re.I)
# Between that object and the infinitive's verb: "to", "not to", an adverb.
_TO_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+(?:(?:\w+ly|also|then)\s+)?", re.I)
# A noun of restriction ("sanctions", "restrictions", "ban"), and a preposition of whom
# a restriction weighs on.
_RESTRICTION = re.compile(r"(?<![\w-])" + _W("restriction_nouns") + r"(?![\w-])", re.I)
_RESTRICTED_ON = re.compile(r"\b(?:on|against)\s", re.I)
# "at" and the words of a noun phrase up to its head: "at the", "at the 'New South
# Caucasus' international online".
_VENUE = re.compile(r"(?<![\w-])at\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?"
                    r"(?:[\w‘’'\"“”-]+\s+){0,10}$", re.I)
# A party named after a meeting noun: "a meeting with", "talks between".
_WITH_PARTY = re.compile(r"\s+(?:\w+\s+)?(?:with|between)\b", re.I)
# An absolute phrase: "with" and a noun phrase before a participle ("..., with nine
# people detained").
_WITH_ABSOLUTE = re.compile(r",\s*with\s+(?:[\w,-]+\s+){1,4}$", re.I)
# Between an agentless passive and the noun of the happening it happened in.
_IN_HAPPENING = re.compile(r"\s+(?:in|during|amid)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}",
                           re.I)
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
# Between the two nouns of a compound: one space or hyphen.
_COMPOUND_GAP = re.compile(r"[ \u00a0-]")
# A decision taken: what it decides is reported as the decided act ("EU ministers decided
# to suspend visa liberalisation" is a sanction, not a speaker's claim).
_DECIDED = re.compile(r"\b" + _W("decision_leads") + r"\s+(?:\w+ly\s+)?$", re.I)
# A verb that ends what its object names, before the object noun ("end the talks").
_HALTING = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?P<verb>" + _W("halting_verbs")
                      + r")(?!\s+(?:of|to|up|in|with)\b)(?:\s+(?:the|its|their|all|further|"
                      r"a|an)\b)?(?:\s+[\w-]+){0,2}\s+$", re.I)
# Happenings whose end is a cut in relations.
_RELATIONS = frozenset({EventType.MEET, EventType.COOPERATE})
_AFTER_PARTICIPLE = re.compile(r"\b[a-z]\w+(?:ing|ed)\s+$")
_AFTER_COPULA = re.compile(r"\b" + _W("copulas") + r"\s+(?:\w+ly\s+)?$", re.I)
_STATUS = re.compile(r"\b(?:" + _W("copulas") + r"\s+(?:\w+ly\s+)?|" + _W("status_adverbs")
                     + r"\s+)$", re.I)
_BY = re.compile(r"\s+by\b", re.I)
_ACKNOWLEDGED = re.compile(r"\s+" + _W("acknowledged_objects") + r"\b", re.I)
# "suggest (that) the region is being emptied": a finite clause after "suggest"
_INFERRED = re.compile(r"(?:\s+that)?\s+(?:[\w’'-]+\s+){1,4}?" + _W("finite_auxiliaries")
                       + r"\b(?!\s+(?:be\s+)?(?:should|must))", re.I)
_SETTING = re.compile(r"\b" + _W("setting_prepositions") + r"\s+(?:(?:a|an|the|their|its|his|"
                      r"her)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# A condition named by a happening noun: "a state of war", "the state of emergency".
_STATE_OF = re.compile(r"\bstate\s+of\s+$", re.I)
# A source adjunct ("according to Reuters") attributes its clause; a verb of relaying
# ("quoted", "cited") reports another's words.
_SOURCE_ADJUNCT = re.compile(_W("source_adjuncts"), re.I)
_RELAYING = re.compile(_W("relaying_verbs"), re.I)
# A verb whose subject undergoes the speech act, as a passive's does: "Vardanyan faces
# charges" (the one charged, not the accuser).
_UNDERGOING = re.compile(_W("undergoing_forms"), re.I)
# A noun naming what someone said as a claim: "Tehran's claim that", "his version".
_CLAIM_NOUN = re.compile(_W("claim_nouns"), re.I)
# An adjective of a standing condition right before a happening noun.
_STANDING = re.compile(r"\b" + _W("standing_adjectives") + r"\s+$", re.I)
# An offence as what is committed: "commit a crime", "committed war crimes".
_OFFENCE = re.compile(r"\s+(?:(?:a|an|the|any|such|these|those|this|that|no)\s+)?"
                      r"(?:[\w-]+\s+){0,2}?" + _W("offence_nouns") + r"\b", re.I)
# A modal perfect right before a verb: what could or would have happened, and did not
# ("could have traveled there", "would not have signed").
_COUNTERFACTUAL = re.compile(r"\b(?:could|would)\s+(?:not\s+|never\s+)?have\s+(?:\w+ly\s+)?$",
                             re.I)
# "and" right before a verb: a verb co-ordinated with the one before, sharing its subject.
_AND_OWN_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.I)
# Words that make the act after them impossible: "it is impossible to deny".
_IMPOSSIBLE = re.compile(r"\b" + _W("impossibility_words") + r"(?![\w'])", re.I)
# A past participle: a regular one or a listed irregular past.
_PARTICIPLE = re.compile(r"[A-Za-z]+ed|" + _W("irregular_past_verbs"), re.I)
# A relative pronoun right before a verb is its subject ("the doctrine that calls for new
# wars", "a party which rejects"): the act is the antecedent's, not a speaker's.
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?$", re.I)
# How far after "arrived" its destination may be named (characters), and where a clause
# stops short of it.
_DESTINATION_REACH = 60
_STOP = re.compile(r"[.;!?]")
# A length of time after "over" ("took over half an hour", "took over two weeks").
_DURATION = re.compile(r"\s+(?:half\s+)?(?:\d[\d,.]*|" + _W("duration_quantities")
                       + r")\s+(?:[a-z]+\s+)?" + _W("duration_units") + r"\b", re.I)
_RISK = re.compile(r"\s+to\s+" + _W("risk_verbs") + r"\b", re.I)
# A speech phrase that is a prepositional adjunct: "in an interview", "in a statement".
_MEDIUM = re.compile(r"in\s", re.I)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s")
_MODIFIES = re.compile(r"[ \t]+(?!" + _W("function_words") + r"\b)[a-z][\w-]*")
# Between a verb of coming and the meeting it comes for: "arrived in Baku in November for
# the U.N. climate conference".
_PURPOSE = re.compile(r"[^.;:!?\"“”]{0,60}?\bfor\s+(?:(?:a|an|the|its|their)\s+)?"
                      r"(?:[\w.-]+\s+){0,3}", re.I)
# A verb tying its object to someone, before the object: "is linking the "treacherous"".
_LINKING = re.compile(r"\b(?P<verb>" + _W("linking_verbs") + r")\s+(?:the|a|an|this|that|"
                      r"these|its|their|last|recent)\s+(?:[\w\"“”'’-]+\s+){0,3}$", re.I)
_TO = re.compile(r"\s+(?:[\w\"“”'’-]+\s+){0,4}?to\b", re.I)
_NOUN_AND = re.compile(r"\s+(?:or|and)\s+")
# Between a demand or proposal and the happening it asks for, its object: "requested house
# arrest", "a request for sanctions", "proposed a new round of talks".
_ASKED_FOR = re.compile(r"\s+(?:for\s+)?(?:(?:" + _W("articles") + "|"
                        + _W("third_person_possessives") + r")\s+)?(?:[a-z][\w-]*\s+){0,2}")
# An apposition naming examples of the noun before it: ", including X and Y,".
_EXAMPLES = re.compile(r"\s*(?:including|such\s+as|among\s+them)\s", re.I)
# "the initiative about a global ceasefire", "a proposal on the withdrawal": what a
# proposal or demand noun is about is asked for, not done
_PROPOSED_ABOUT = re.compile(r"\s+" + _W("proposal_prepositions") + r"\s+(?:(?:"
                             + _W("articles") + "|" + _W("third_person_possessives")
                             + r")\s+)?(?:[a-z][\w-]*\s+){0,2}")
_ASKED_FOR_NEXT = re.compile(r"\s+(?:for\s+)?(?:" + _W("articles") + r"\s+)?")
_PAST = re.compile(r"ed$")
_ONE_WORD = re.compile(r"[\w-]+")
# A conditional: "If Armenia does not like the word, other terms could be used" offers (a
# modal of possibility in the main clause); "if they do not withdraw, we will respond"
# threatens (a negated or persisting condition and a future).
_CONDITIONAL = re.compile(
    r"\bif\b(?P<condition>[^.;:!?]{1,160}?),\s*(?:[^.;:!?,]{0,80}?\s)?"
    r"(?:(?P<offer>" + _W("offer_modals") + r")|(?P<future>" + _W("threat_modals") + r"))\b",
    re.I)
_NEGATED = re.compile(r"(?<![\w-])" + _W("negations") + r"(?![\w-])", re.I)
_CONTENT_LEAD = re.compile(r"^\s*(?:that|:|,)?\s*", re.I)
_TRIM = " \t\n,;:—–-\"'“”‘’"


def find_dates(text: str, reference: PartialDate | None, start: int = 0,
               end: int | None = None) -> list[tuple[int, int, PartialDate]]:
    """The date expressions of ``text[start:end]`` as ``(start, end, date)``, resolved
    against ``reference`` by the one date resolver (kept for callers of the old API; see
    :func:`caucasus_events.dates.find_dates`)."""
    return [(m.start, m.end, m.date) for m in _resolver_find_dates(text, reference, start, end)]


@attrs.frozen
class _Mention:
    start: int
    end: int
    actor: Actor


@attrs.define
class _Draft:
    """An event before it is built: what the clause rules found."""

    hit: TriggerHit
    event_type: EventType
    clause: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: int
    initiators: list[str]
    targets: list[str]
    modality: Modality
    speech: bool = False
    background: bool = False
    extra_evidence: list[tuple[int, int]] = attrs.Factory(list)
    quotes: list[str] = attrs.Factory(list)
    quote_date: PartialDate | None = None
    place: str | None = None
    setting: str | None = None  # the place the story is in, where the clause names none
    content: tuple[int, int] | None = None
    typed: bool = False  # a plain statement typed by what it says
    participants: list[str] = attrs.Factory(list)  # neither initiator nor target


class _Told(NamedTuple):
    """A happening told on the page with who did it, for a definite noun to refer to."""

    start: int  # where its trigger starts
    event_type: EventType
    initiators: tuple[str, ...]
    targets: tuple[str, ...] = ()


class _Extractor:
    def __init__(self, document: Document, actors: Sequence[Actor], places: Sequence[Place],
                 quotes: Sequence[Quote], citations: Sequence[Citation],
                 table: TriggerTable) -> None:
        self.doc = document
        self.text = document.text
        self.table = table
        cites = sorted((c.span.start, c.span.end) for c in citations
                       if c.document_id == document.id)
        self.cite_spans = cites
        self.mentions = sorted(
            (_Mention(s.start, s.end, a) for a in actors for s in a.mentions
             if s.doc_id == document.id and not self._in_citation(s.start, s.end)),
            key=lambda m: (m.start, -m.end))
        # a state named in a person's title ("Armenian Prime Minister Nikol Pashinyan")
        # qualifies the person: no participant (for "Prime Minister of Armenia Nikol
        # Pashinyan" see _titled)
        self.mentions = [m for k, m in enumerate(self.mentions) if not (
            m.actor.kind is ActorKind.STATE and k + 1 < len(self.mentions)
            and self.mentions[k + 1].actor.kind is ActorKind.PERSON
            and _TITLE.fullmatch(self.text, m.end, self.mentions[k + 1].start))]
        self.mention_starts = [m.start for m in self.mentions]
        self.places = sorted(
            ((s.start, s.end, p) for p in places for s in p.mentions
             if s.doc_id == document.id and not self._in_citation(s.start, s.end)),
            key=lambda m: (m[0], m[1]))
        self.place_starts = [p[0] for p in self.places]
        self.placing = EventPlaces(self.text, self.places)
        # a country named as a place stands for its state where the page has that state
        states = {a.country: a for a in actors if a.kind is ActorKind.STATE and a.country}
        self.country_states = {p.id: states[p.country] for p in places
                               if p.kind is PlaceKind.COUNTRY and p.country in states}
        # a capital a happening goes to stands for its state, as the state's metonym
        # ("sent fighters to Baku", "flew to Moscow")
        self.capital_states = {p.id: states[p.country] for p in places
                               if p.kind is PlaceKind.CITY and p.country in states
                               and p.name in states[p.country].aliases}
        # any place of a country with its state on the page: a capital or city a speech
        # act comes from stands for its government ("protests from Baku")
        self.place_states = {p.id: states[p.country] for p in places if p.country in states}
        self.place_names = {p.id: p.name for p in places}
        # a region named by a name of a state on the page stands for that state ("cut gas
        # supply to Artsakh": the Republic of Artsakh), as a country does
        self.named_states = {n.lower(): a for a in actors if a.kind is ActorKind.STATE
                             for n in (a.name, *a.aliases)}
        self.region_ids = {p.id for p in places
                           if p.kind not in (PlaceKind.CITY, PlaceKind.COUNTRY)}
        self.names = {a.id: a.name for a in actors}
        self.kinds = {a.id: a.kind for a in actors}
        # each country's armed forces on the page ("Armenian forces", "Armed Forces of
        # Azerbaijan"), else its state: whose combatants a violent act strikes
        self.states = {a.country: a.id for a in actors if a.kind is ActorKind.STATE and a.country}
        self.forces = dict(self.states)
        self.forces.update({a.country: a.id for a in actors
                            if a.kind is ActorKind.GOVERNMENT_BODY and a.country
                            and _FORCE_HEAD.search(" ".join(a.name.split()[:3]))})
        # (sentence start, person) of each sentence whose first act is a person's, in order
        self._subjects: list[tuple[int, str]] = []
        # The subject of each sentence's first verb event: (sentence start, initiators).
        self._agents: list[tuple[int, list[str]]] = []
        # the sentence being read: a "he" or "she" in it refers first to its own subject
        self._sentence_span = (0, 0)
        # The happenings told so far with an actor, in text order: what a definite noun
        # refers back to (see _note_told, _told_by).
        self._told: list[_Told] = []
        self._told_starts: list[int] = []
        # the speaker of the sentence's earlier clauses, for a participle clause's verb
        self._main_speaker: list[str] = []
        self.countries = {a.id: a.country for a in actors if a.country}
        # people's roles, lower-cased, for a definite title ("the PM") to stand for them
        self._roles = {a.id: a.role.lower() for a in actors
                       if a.kind is ActorKind.PERSON and a.role}
        self._title_words = {" ".join(w.split()[:1]): " ".join(w.split()[1:])
                             for w in table.grammar_words.get("title_abbreviations", ())}
        self.quotes = sorted((q for q in quotes if q.document_id == document.id),
                             key=lambda q: q.span.start)
        self.quote_starts = [q.span.start for q in self.quotes]
        self.denied = table.cues("denied")
        self.planned = table.cues("planned")
        self.possible = table.cues("possible")
        self.demanded = table.cues("demanded")
        self._opinion_verbs = frozenset(table.grammar_words.get("opinion_verbs", ()))
        self._undergoing_phrases = frozenset(table.grammar_words.get("undergoing_phrases", ()))
        self._paragraph_spans: list[tuple[int, int]] = []
        self._paragraph_starts: list[int] = []
        self._headline = (0, 0)  # the paragraph that repeats the title, if any
        # where the verbs of naming stand that accuse by the word they give their object
        # ("called the closure a violation"): the happening they name stays one
        self._naming: set[int] = set()
        self.dating = EventDates(self.text, document.published, document.id, citations,
                                 in_citation=self._in_citation, quote_at=self._quote_at)

    # -- lookups -----------------------------------------------------------------------
    def _in_citation(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.cite_spans, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.cite_spans[i][0] <= start and end <= self.cite_spans[i][1]

    def _mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        out: list[_Mention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and not (out and out[-1].start <= m.start < out[-1].end):
                out.append(m)
            i += 1
        return out

    def _quote_at(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_right(self.quote_starts, end)
        out = []
        for q in self.quotes[max(0, i - 8):i]:
            if q.span.start < end and start < q.span.end:
                out.append(q)
        return out

    def _in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        while i >= 0 and i >= bisect.bisect_right(self.quote_starts, pos) - 4:
            q = self.quotes[i]
            if q.span.start <= pos < q.span.end:
                return q
            i -= 1
        return None

    def _covering(self, hit: TriggerHit) -> _Mention | None:
        """The actor mention that contains a noun trigger, if any."""
        i = bisect.bisect_right(self.mention_starts, hit.start) - 1
        for k in range(max(0, i - 2), i + 1):
            m = self.mentions[k]
            if m.start <= hit.start and hit.end <= m.end:
                return m
        return None

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

    def _trial(self, hit: TriggerHit) -> bool:
        """Whether a noun trigger names a trial (grammar words ``trial_nouns``)."""
        return hit.nominal and " ".join(self.text[hit.start:hit.end].lower().split()) in \
            self.table.grammar_words.get("trial_nouns", ())

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

    # -- the pass ----------------------------------------------------------------------
    def paragraphs(self) -> list[tuple[int, int]]:
        if self.doc.paragraphs:
            return [(p.start, p.end) for p in self.doc.paragraphs]
        return [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*",
                                                          self.text)]

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

    def _outlet(self, actors: list[str]) -> bool:
        """Whether the actors are outlets: "Meduza reported", "according to Sky News"
        attribute what follows; the outlet's report is no happening beside the one it
        reports."""
        return bool(actors) and all(self.kinds.get(a) is ActorKind.MEDIA for a in actors)

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
        if h.trigger.event_type is EventType.AGREE and word.startswith("recogni") and (
                (_STATUS.search(text, max(0, start - 40), start)
                 and not _BY.match(text, end))
                or _ACKNOWLEDGED.match(text, end)):
            return True
        if h.trigger.event_type is EventType.VISIT and word.startswith("arriv") and \
                not self._named_after(end):
            return True  # "6,650 people had arrived so far": no one visits anywhere
        if h.trigger.event_type is EventType.AGREE and word.startswith("commit") and \
                _OFFENCE.match(text, end):
            return True  # "did not commit a crime": perpetrating is no pledge (CAMEO 03)
        if word.endswith(" over") and _DURATION.match(text, end):
            return True  # "took over half an hour to arrive": a length of time, no takeover
        if h.trigger.event_type is EventType.THREAT and _RISK.match(text, end):
            return True  # "the fighting is threatening to escalate": a risk, no one threatens
        return h.trigger.event_type is EventType.PROPOSAL and word.startswith("suggest") \
            and bool(_INFERRED.match(text, end))

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

    def _noun_form(self, h: TriggerHit) -> bool:
        """Whether a verb form of the lexicon stands as a noun here: after a determiner,
        possessive or preposition ("the arrests", "Russia's attacks"), after an adjective
        that only modifies nouns ("numerous requests"), or as a plural right after a
        participle or gerund, its object ("investigating claims", "rejected demands")."""
        text, start = self.text, h.start
        return bool(_NOUN_BEFORE.search(text, max(0, start - 40), start)
                    or _NOUN_ADJECTIVE.search(text, max(0, start - 20), start)
                    or (text[h.end - 1:h.end] == "s"
                        and _AFTER_PARTICIPLE.search(text, max(0, start - 30), start)))

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

    def _relayed(self, owner: _Draft, hit: TriggerHit) -> bool:
        """Whether a speech noun or "according to" stands between a speech verb and a
        happening in what it says ("commented on the reports according to which forces
        opened fire"): the happening is another's report, which the speaker does not
        assert."""
        for h in self.table.find(self.text, owner.hit.end, hit.start):
            if _MEDIUM.match(self.text, h.start, h.end):
                continue  # "said in a statement that": the medium of the verb
            if h.trigger.speech and (h.nominal or self._noun_form(h) or self.text[
                    h.start:h.end].lower().startswith("according")):
                return True  # "the reports", "according to which"
        return False

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

    def _sentence_before(self, p_index: int, s_start: int) -> int:
        """Where the sentence before the one starting at ``s_start`` starts (in its
        paragraph; ``s_start`` for a paragraph's first sentence)."""
        p_start, p_end = self._paragraph_spans[p_index]
        starts = [a for a, _ in sentence_spans(self.text, p_start, p_end) if a < s_start]
        return starts[-1] if starts else s_start

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

    def _paragraph_quotes(self, at: int, speaker: str) -> list[Quote]:
        """The quotes of ``speaker`` in the paragraph around offset ``at``."""
        k = bisect.bisect_right(self._paragraph_starts, at) - 1
        lo, hi = self._paragraph_spans[k] if k >= 0 else (at, at)
        i = bisect.bisect_left(self.quote_starts, lo)
        out = []
        while i < len(self.quotes) and self.quotes[i].span.start < hi:
            if self.quotes[i].speaker == speaker:
                out.append(self.quotes[i])
            i += 1
        return out

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
                                  initiators)
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

    def _protesters(self, actor: str) -> bool:
        """Whether a group actor is named by a protest noun ("pro-EU protesters")."""
        if self.kinds.get(actor) is not ActorKind.GROUP:
            return False
        words = set(self.names.get(actor, "").lower().split())
        return bool(words & _protest_nouns(self.table))

    def _own_side(self, speakers: list[str], actors: list[str]) -> bool:
        """Whether a happening's initiators are the speaker or the speaker's country
        ("Kobakhidze announced that Georgia would suspend talks"): the speaker announces
        their own side's act, which is an event of its own, not a claim about others."""
        sides = {self.countries.get(a) or a for a in speakers}
        return bool(actors) and all((self.countries.get(a) or a) in sides for a in actors)

    def _participants_follow(self, hit: TriggerHit) -> bool:
        """Whether a noun trigger names its own participants ("recalled the meeting of
        Aliyev and Pashinyan", "the talks between Baku and Yerevan"): then it is a
        happening, not only the topic of the verb before it."""
        m = _PARTICIPANTS.match(self.text, hit.end)
        if m is None:
            return False
        i = bisect.bisect_left(self.mention_starts, m.end())
        return i < len(self.mentions) and self.mentions[i].start == m.end()

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

    def _background(self, hit: TriggerHit, c_start: int) -> bool:
        """Whether a noun trigger names an earlier happening the clause refers back to
        ("despite recent fighting", "after the war")."""
        return hit.nominal and bool(
            _BACKGROUND.search(self.text, max(c_start, hit.start - 80), hit.start))

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

    def _coordinated_after(self, after: list[_Mention], head: _Mention) -> list[str]:
        """``head`` and the actors of ``after`` co-ordinated with it ("by Armenia and
        Azerbaijan")."""
        return list(dict.fromkeys(m.actor.id for m in self._listed(after, after.index(head))))

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

    def _modality(self, hit: TriggerHit, c_start: int) -> Modality:
        found = _clauses.modality(self.text, c_start, hit.start, hit.nominal, self.denied,
                                  self.planned, self.possible, self.demanded)
        if found is Modality.ASSERTED and hit.nominal and \
                _PLANNED_PREDICATE.match(self.text, hit.end):
            # "Negotiations ... are set to begin next week": the noun's predicate plans it
            return Modality.PLANNED
        return found

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


def _protest_nouns(table: TriggerTable) -> frozenset[str]:
    """The one-word nouns of the protest triggers ("protesters", "demonstrators")."""
    return frozenset(n for t in table.triggers if t.event_type is EventType.PROTEST
                     for n in t.nouns if " " not in n)


@functools.lru_cache(maxsize=8)
def _noun_forms(table: TriggerTable) -> frozenset[str]:
    """Every noun form of the lexicon's triggers."""
    return frozenset(n for t in table.triggers for n in t.nouns)


_QUOTE_TRIGGER = Trigger(event_type=EventType.STATEMENT, priority=0, speech=True)


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
