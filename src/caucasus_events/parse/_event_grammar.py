"""Compiled patterns, word-list regexes and event-type sets shared by the event extractor's
role modules: the closed-class words come from ``data/event_patterns.json`` ("grammar_words").
"""

from __future__ import annotations

import functools
import re

from caucasus_events.models import EventType
from caucasus_events.parse._triggers import TriggerTable

# Types of hostile happenings: reported as likely or as someone's claim, they are an
# accusation by the speaker.
_HOSTILE = frozenset({EventType.ATTACK, EventType.FIGHT, EventType.ARREST, EventType.SANCTION})
# Happenings people are killed or wounded in ("killed in Armenian shelling").
_VIOLENT = frozenset({EventType.ATTACK, EventType.FIGHT, EventType.CRASH})
# Joint happenings: of co-ordinated subjects the first is the initiator, the others the
# parties it acts with (the gold convention, as for "the meeting of A and B").
_JOINT = frozenset({EventType.MEET, EventType.AGREE, EventType.COOPERATE})
# The closed-class word lists of the patterns below live in data/event_patterns.json
# ("grammar_words"); _W(label) is one of them as a regex alternation.
_W = TriggerTable.default().alternation
_OWNER_POSSESSIVE = re.compile(r"['’`]s?\s")
# A word opening a clause inside a clause: its verb's subject stands after it.
_SUBORDINATOR = re.compile(r"\b" + _W("subordinators") + r"\s", re.I)
# A preposition opening an adjunct clause or phrase after a verb's object.
_ADJUNCT_BOUNDARY = re.compile(r"\b" + _W("adjunct_boundaries") + r"\b", re.I)
# An object pronoun right after a verb: "accused him of", "detained her".
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b(?!\s+(?:own|\w+['’]s)\b)(?!-)", re.I)
# A definite determiner right before a noun: the happening is one told before.
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?$", re.I)
# How far back (characters) a definite happening noun ("during the raids", "said the attack
# was a provocation") looks for the happening told before that it refers back to.
_TOLD_REACH = 1500
# A definite aircraft struck ("the passenger plane was shot down", "downed the jet"): the
# airline named before operates it.
_AIRCRAFT = r"(?:the|this|that|its)\s+(?:[\w-]+\s+)?" + _W("aircraft_nouns") + r"\b"
_ITS_OBJECT = re.compile(r"\s+(?:(?:on|at|against|upon)\s+)?(?:its|their)\s+", re.I)
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.I)
_SPEECH_ACTS = frozenset({EventType.ACCUSE, EventType.DEMAND, EventType.THREAT,
                          EventType.REJECT, EventType.PROPOSAL})
_BLAMED_ON = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_THAT_CLAUSE = re.compile(r"\s+that\b", re.I)
_MAX_TARGETS = 3
# The longest sentence read as one; longer runs are cut (see _chunks).
_MAX_SENTENCE = 600
# Priority from which a noun names a concrete happening worth its own (background) event
# even as the object of another verb ("sued Russia over the downing of the plane").
_CONCRETE = 90
# How far (characters from the start of its sentence) a sentence's subject stays the
# referent of a later "he" or "she".
_SUBJECT_REACH = 600
_PRONOUN = re.compile(r"(?<![\w-])(?P<p>[Hh]e|[Ss]he|[Hh]im|[Hh]er)\s+"
                      r"(?:(?:\w+ly|" + _W("pronoun_adverbs") + r")\s+)*$")
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
# What joins co-ordinated subjects: "Putin and his French counterpart Macron".
# The conjunction of a list of actors: "and", "&", "as well as".
_CONJUNCTION = re.compile(r"\b(?:and|as\s+well\s+as)\b|&", re.I)
_COORDINATION = re.compile(
    r"\s*(?i:,|and|&|,\s*and|,?\s*as\s+well\s+as)\s*"
    r"(?:(?i:his|her|its|their|the)\s+(?:[\w’'-]+\s+){0,3})?"
    # a title before the next name: "Aliyev, Prime Minister of Hungary Viktor Orban"
    r"(?:(?:[A-Z][\w.’'-]*|of|for|on|the)\s+){0,6}")
# A noun trigger's participants: "the meeting of <actor>", "talks between <actor>".
_PARTICIPANTS = re.compile(r"\s+(?:of|between)\s+(?:the\s+)?")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_ADJACENT = re.compile(r"\s+(?:(?:\w+ly|" + _W("verb_adverbs") + r")\s+)*")
_THAT = re.compile(r"\bthat\b|[:“\"]", re.I)
# What ends a noun's phrase before a later "by": a participle clause ("..., forcing a
# capitulation by"), a semicolon or a colon.
_PHRASE_BREAK = re.compile(r"[;:]|\b[a-z]{3,}ing\s+(?:a|an|the|its|their)\b")
_AND_VERB = re.compile(r"\band\s+(?:(?:\w+ly|also|then|later)\s+)?$", re.I)
_SETTING = re.compile(r"\b" + _W("setting_prepositions") + r"\s+(?:(?:a|an|the|their|its|his|"
                      r"her)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "and" right before a verb: a verb co-ordinated with the one before, sharing its subject.
_AND_OWN_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?$", re.I)
# A relative pronoun right before a verb is its subject ("the doctrine that calls for new
# wars", "a party which rejects"): the act is the antecedent's, not a speaker's.
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?$", re.I)
# A speech phrase that is a prepositional adjunct: "in an interview", "in a statement".
_MEDIUM = re.compile(r"in\s", re.I)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s")


@functools.lru_cache(maxsize=8)
def _noun_forms(table: TriggerTable) -> frozenset[str]:
    """Every noun form of the lexicon's triggers."""
    return frozenset(n for t in table.triggers for n in t.nouns)
