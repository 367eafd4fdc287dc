"""Word lists, patterns and small string tests the actor rules share.

The lists come from data/lexicon/actors.json through the lexicon; the patterns say what a
name, a title run or an anaphor looks like in the text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from caucasus_events.models import ActorKind, PlaceKind
from caucasus_events.parse._scan import Lexicon, word_key

__all__ = [
    "ABBREVIATION",
    "ACTING_PERSONS",
    "ANAPHOR",
    "ANAPHORS",
    "APOSTROPHES",
    "APPOSITION_STOP",
    "AT_VENUE",
    "BARE_GROUPS",
    "BODY_SITES",
    "COMMA_SPACE",
    "COUNT_WORDS",
    "DATELINE",
    "DEFINITE_GROUPS",
    "DIGIT",
    "DOTTED",
    "FORCE_HEADS",
    "GIVEN_FEMALE",
    "GIVEN_MALE",
    "GOV_HEADS",
    "GROUP_MODIFIERS",
    "HOME_BODIES",
    "HOME_MODIFIERS",
    "HOME_POSSESSORS",
    "INDEFINITE",
    "IN_STATE",
    "KIN_NOUNS",
    "LEADING_TITLES",
    "LIST_GAP",
    "LOCATIVES",
    "MEDIA_WORKERS",
    "NAME",
    "NOT_NAMES",
    "ORGAN_GROUPS",
    "ORG_HEADS",
    "ORG_JOINERS",
    "ORG_WORDS",
    "OUTLET_TAIL",
    "OWNER_WORDS",
    "PARTICLES",
    "PASSIVE_GAP",
    "PERSON_NOUNS",
    "PERSON_TITLES",
    "PLACE_LIST",
    "PLACE_NOUNS",
    "PRESS_GROUPS",
    "PRONOUNS",
    "QUOTED",
    "REGION_ADJECTIVES",
    "REPORTING",
    "REPORTING_VERBS",
    "SENTENCE_GAP",
    "SITE_BODIES",
    "SP",
    "STATE_ORG_HEADS",
    "SUBJECT_GROUPS",
    "SURNAME_COUNTRY",
    "SURNAME_SUFFIXES",
    "TITLE_PREFIXES",
    "TITLE_WORDS",
    "TOKEN_RE",
    "VERB_GAP",
    "WEB_DOMAINS",
    "WORD",
    "alternation",
    "anaphor_kinds",
    "capword",
    "domain_case",
    "name_like",
    "strip_title",
    "trim_name",
]

# Word lists live in data/lexicon/actors.json (labels person_title, office, reporting_verb,
# state_group, body_group, place_noun, name_head; word sets not_name, org_word, locative,
# name_particle, title_prefix) and are matched through the document's scan (parse/_scan.py).
_LEX = Lexicon.default()


PERSON_TITLES: tuple[str, ...] = _LEX.phrases("person_title")


REPORTING_VERBS: tuple[str, ...] = _LEX.phrases("reporting_verb")


NOT_NAMES = _LEX.words("not_name")


ORG_WORDS = _LEX.words("org_word")


LOCATIVES = _LEX.words("locative")


PARTICLES = _LEX.words("name_particle")


TITLE_PREFIXES = _LEX.words("title_prefix")


GIVEN_FEMALE = _LEX.words("given_name_female")


GIVEN_MALE = _LEX.words("given_name_male")


ORG_HEADS = _LEX.words("org_head")


GOV_HEADS = _LEX.words("gov_head")


HOME_BODIES = _LEX.words("home_body")


HOME_MODIFIERS = _LEX.words("home_modifier")


ACTING_PERSONS = _LEX.words("acting_person")


ORGAN_GROUPS = _LEX.words("organ_group")


FORCE_HEADS = frozenset({"army", "forces", "guard"})


# Heads that name a public body when a state is written in the name ("National Security
# Council of Georgia"), an organisation otherwise ("Norwegian Refugee Council" aside).
STATE_ORG_HEADS = frozenset({"council", "committee", "commission", "agency", "bureau"})


WEB_DOMAINS = _LEX.word_values("web_domain")


BODY_SITES = _LEX.words("body_site")


# Body nouns whose building is a site ("the parliament building", "the embassy compound").
SITE_BODIES = frozenset({"parliament", "government", "embassy", "consulate", "ministry",
                          "court", "police", "presidential", "administration", "city",
                          "municipality", "mayor", "assembly", "cabinet", "office", "council"})


PERSON_NOUNS = _LEX.words("person_noun") | frozenset(
    word_key(t.split()[-1]) for t in _LEX.phrases("person_title"))


INDEFINITE = _LEX.words("indefinite")


# Collectives that take part in events even when written alone ("protesters", "the
# defendants").
BARE_GROUPS = _LEX.words("bare_group")


# Nouns for the state a text is about, with "the" and a possessive ("the country's").
HOME_POSSESSORS = _LEX.words("home_possessor")


# A person's relatives, a person of their own when they act ("his wife went").
KIN_NOUNS = _LEX.words("kin_noun")


# Words of number that make a group noun after them a group counted ("two employees").
COUNT_WORDS = _LEX.words("count_word")


# Group nouns for a country's press: a group only after a demonym or a place.
PRESS_GROUPS = _LEX.words("press_group")


# Between a subject and its participle in a passive: "a suspect was (soon) arrested".
PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|then|later|"
    r"soon|reportedly|allegedly|subsequently|quickly|immediately|eventually)\s+)*",
    re.IGNORECASE)


# Adjectives of a region or bloc before a group noun: "European leaders", "Western diplomats".
REGION_ADJECTIVES = _LEX.words("region_adjective")
GROUP_MODIFIERS = _LEX.words("group_modifier")
DEFINITE_GROUPS = _LEX.words("definite_group")


# Collectives that are a group actor written alone when they act: "activists held a rally".
SUBJECT_GROUPS = _LEX.words("subject_group")


# Words between a subject and its verb: "residents have blocked", "activists also held".
VERB_GAP = re.compile(
    r"\s+(?:(?:have|has|had|also|then|later|again|reportedly|allegedly|subsequently|"
    r"themselves|still|even|soon)\s+)*", re.IGNORECASE)


MEDIA_WORKERS = _LEX.words("media_worker")


REPORTING = frozenset(word_key(v) for v in REPORTING_VERBS)


# Words before a body noun that make it someone else's ("his government", "its forces").
OWNER_WORDS = frozenset({"his", "her", "its", "their", "our", "my", "your", "whose"})


SURNAME_SUFFIXES = tuple(sorted(_LEX.words("surname_suffix"), key=len, reverse=True))


SURNAME_COUNTRY = sorted(_LEX.word_values("surname_country").items(),
                          key=lambda kv: -len(kv[0]))


TITLE_WORDS = frozenset(word_key(w) for t in _LEX.phrases("person_title") for w in t.split())


# Lower-case words that may join the capitalised words of an organisation's name.
ORG_JOINERS = frozenset({"of", "for", "and", "the", "on", "in"})


PLACE_NOUNS: dict[str, PlaceKind] = {
    e.phrase: PlaceKind(e.value) for e in _LEX.entries if e.label == "place_noun"}


# Anaphors a speaker may be written as, and the kinds of actor they refer back to; any
# person title ("the minister", "the aide") refers to a person, any public-body head ("the
# ministry", "the office") to a public body.
ANAPHORS: dict[str, tuple[ActorKind, ...]] = {
    "government": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
    "authorities": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
    "publication": (ActorKind.MEDIA,), "newspaper": (ActorKind.MEDIA,),
    "agency": (ActorKind.MEDIA, ActorKind.GOVERNMENT_BODY), "outlet": (ActorKind.MEDIA,),
    "website": (ActorKind.MEDIA,), "channel": (ActorKind.MEDIA,), "portal": (ActorKind.MEDIA,),
    "alliance": (ActorKind.ALLIANCE, ActorKind.ORGANIZATION),
    "bloc": (ActorKind.ALLIANCE, ActorKind.ORGANIZATION),
    "organization": (ActorKind.ORGANIZATION, ActorKind.ALLIANCE),
    "organisation": (ActorKind.ORGANIZATION, ActorKind.ALLIANCE),
    "company": (ActorKind.COMPANY,), "firm": (ActorKind.COMPANY,),
    "he": (ActorKind.PERSON,), "she": (ActorKind.PERSON,),
    "official": (ActorKind.PERSON,), "source": (ActorKind.PERSON,),
    "it": (ActorKind.GOVERNMENT_BODY, ActorKind.ORGANIZATION, ActorKind.MEDIA,
           ActorKind.STATE, ActorKind.ALLIANCE, ActorKind.COMPANY),
    "side": (ActorKind.STATE, ActorKind.GOVERNMENT_BODY),
}


PRONOUNS = frozenset({"he", "she", "it"})


# A pronoun or a role noun with up to three modifiers: "the Presidential aide".
ANAPHOR = re.compile(r"(?:(?:the|this|that|his|her|its|their)\s+)?(?P<mods>(?:[\w'’-]+\s+)"
                      r"{0,3})?(?P<head>\w+)", re.I)


SP = r"[^\S\n]+"  # white space within a paragraph


# A capitalised word of a name; "O?uz" keeps its lost letter, "O’Brien" its apostrophe, but a
# possessive "’s" is not part of the name.
WORD = r"[A-ZÀ-ÞĀ-Ž][^\W\d_]*(?:[?\ufffd][^\W\d_]+|['’](?!s\b)[^\W\d_]+)*"


NAME = rf"{WORD}(?:{SP}(?:(?:von|van|de|der|al|bin|ibn|la|le|da|di){SP})?{WORD}){{0,3}}"


DIGIT = re.compile(r"\d")


APOSTROPHES = ("'", "’", "`")


# What may stand between an appositive title and the comma before the name.
APPOSITION_STOP = re.compile(r"[,.;:()\"“”\n]")


COMMA_SPACE = re.compile(r",?[^\S\n]+")


# A capital letter and a dot before another: the first letter of an abbreviation ("U.S.").
ABBREVIATION = re.compile(r"\.[A-Z]\.")


# Between two places of one list ("the Vatican and Italy"); after a dateline's place.
PLACE_LIST = re.compile(r",?[^\S\n]+(?:and|or)[^\S\n]+(?:the[^\S\n]+)?")


# What ends a sentence or a line between two words.
SENTENCE_GAP = re.compile(r"[.!?\n:“”\"]")


# A word's last letter, a dot and a letter: where a web address may continue.
DOTTED = re.compile(r"[^\W_]\.(?=[^\W\d_])")


# "at" (and "the") right before an institution's name: where it stands is a venue.
AT_VENUE = re.compile(r"\bat[^\S\n]+(?P<the>the[^\S\n]+)?")


IN_STATE = re.compile(r",[^\S\n]+|[^\S\n]+in[^\S\n]+(?:(?:north|south|east|west|central|"
                       r"northern|southern|eastern|western|north-?western|north-?eastern|"
                       r"south-?western|south-?eastern)[^\S\n]+)?")


DATELINE = re.compile(r"[^\S\n]*(?:[–—]|-[^\S\n]|\(|,[^\S\n]+[A-Z])")


# A name in quotation marks; what may stand between the names of a quoted list; the
# lower-case words that may stand between a quoted outlet's name and its noun.
QUOTED = re.compile(r"[“\"«„]([^“”\"«»\n]{1,60}?)[”\"»“]")


LIST_GAP = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*(?:and[^\S\n]+|or[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)")


OUTLET_TAIL = re.compile(r"(?:'s|’s)?[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){0,4}")


def alternation(words: Iterable[str]) -> str:
    parts = sorted({re.escape(w).replace(r"\ ", SP).replace(r"\-", r"[-\s]")
                    for w in words}, key=lambda w: (-len(w), w))
    return "|".join(parts)


def capword(word: str) -> bool:
    return word[:1].isupper() and not DIGIT.search(word)


def name_like(name: str) -> bool:
    words = name.split()
    return (bool(words) and word_key(words[0]) not in NOT_NAMES
            and not any(word_key(w) in ORG_WORDS for w in words))


def trim_name(name: str) -> str:
    """Drop trailing words that are not part of a name ("Jeyhun Bayramov In")."""
    words = name.split()
    while words and word_key(words[-1]) in NOT_NAMES:
        words.pop()
    return " ".join(words)


LEADING_TITLES = re.compile(
    rf"(?:(?:the|former|[A-Z][a-z]+i)\s+)*(?:(?i:{alternation(PERSON_TITLES)})\s+)+")


TOKEN_RE = re.compile(r"[^\W_]+")


def domain_case(label: str, first: str) -> bool:
    """Whether ``label`` is written as the end of an address after a name starting with
    ``first``: in lower case, or in capitals after a capitalised name ("ABC.AZ"); not a
    sentence run on without a space ("Armenia.It")."""
    return label.islower() or (label.isupper() and first.isupper())


def anaphor_kinds(head: str) -> tuple[ActorKind, ...] | None:
    """The kinds of actor a pronoun or role noun (folded) can refer to, or None."""
    if head in ANAPHORS:
        return ANAPHORS[head]
    if head in GOV_HEADS:
        return (ActorKind.GOVERNMENT_BODY,)
    if head in ORG_HEADS:
        return (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT_BODY, ActorKind.ALLIANCE)
    if head in TITLE_WORDS:
        return (ActorKind.PERSON,)
    return None


def strip_title(written: str) -> str:
    """A name without the titles written before it ("MP Iskenderov" -> "Iskenderov")."""
    m = LEADING_TITLES.match(written)
    return written[m.end():] if m else written
