"""Clauses of a sentence and the grammar the event rules read from them.

A sentence is cut into clauses at semicolons, colons, dashes and at the conjunctions that
open a new clause (", and", "while", "after", ", which" ...).  Around a trigger the rules
read: whether its verb is passive ("was shelled by"), the modality words before it
("did not", "will", "could", "called for"), a possessive or adjective owner of a noun
trigger ("Armenia's boycott", "Azerbaijani attack") and a stated death toll.  Everything
here is a regular expression over a bounded window or one pass over the sentence: linear.
"""

from __future__ import annotations

import functools
import re

from caucasus_events._data import load_json
from caucasus_events.models import Modality
from caucasus_events.parse._prefilter import lead
from caucasus_events.parse._triggers import TriggerTable

__all__ = ["clauses", "death_toll", "is_passive", "modality", "owner_gap", "prepositional",
           "reduced_passive"]

# The words after ", " that open a clause; after a space, the subordinators that open one
# themselves, and the adverbial conjunctions that do before a noun phrase.
_COMMA_OPENS = (r"(?:and|but|while|whereas|as(?!\s+well\s+as\b)|after|before|when|because"
                r"|since|although|though|which|who|where|following|amid|prompting|adding"
                r"|saying|noting|stressing|thus|so)\b")
_SPACE_OPENS = r"(?:while|whereas|although|though|because|whereby|who|whom|whose|which)\s"
_BEFORE_NOUN = (r"(?:after|before|when|as)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+"
                r"|her\s+)?[A-Z]")
# One break between clauses, with the white space around it.
_SEPARATOR = (rf"(?:;|:(?!\d)|\s[—–-]{{1,2}}\s|[—]|,\s+(?={_COMMA_OPENS})"
              rf"|\s(?={_SPACE_OPENS})|(?<!\bwell)\s(?={_BEFORE_NOUN}))")
# ``\s*{_SEPARATOR}\s*`` with its first character taken out in front (a white space, or
# the punctuation of a separator, then what may follow it), so the regex engine skips to
# the next candidate character instead of trying the pattern at every one (about 2.5x
# faster; the same matches, tests/parse/test_fast_patterns.py).
_BREAK = re.compile(
    rf"[\s;:—,](?:(?<=\s)(?:\s*{_SEPARATOR}|[—–-]{{1,2}}\s|(?={_SPACE_OPENS})"
    rf"|(?<!\bwell\s)(?={_BEFORE_NOUN}))|(?<=;)|(?<=:)(?!\d)|(?<=—)"
    rf"|(?<=,)\s+(?={_COMMA_OPENS}))\s*")


# A sentence opening with a subordinate clause: its first comma closes it ("When Azerbaijan
# launched its offensive, Tamara treated the wounded").
_SUBORDINATE = re.compile(
    r"[\s\"“]*(?:When|After|Before|While|Whereas|Although|Though|Because|Since|Once|Until"
    r"|If|As\s+soon\s+as|Following|Despite|Amid|Ahead\s+of)\s+"
    r"[^,;:“”\"]{8,160}?,\s")


def clauses(text: str, start: int, end: int, attributions: tuple[int, ...] = ()
            ) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]`` as half-open spans, in order.
    ``attributions`` are offsets of reporting verbs: a comma shortly before one near the
    sentence's end ("..., officials in Yerevan said.") opens a clause too, and so does the
    comma closing an opening subordinate clause."""
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(text, start, end)]
    for at in [start, *(b for _, b in breaks)]:
        opening = _SUBORDINATE.match(text, at, end)
        if opening is not None:
            breaks.append((opening.end() - 2, opening.end() - 1))
    for at in attributions:
        if end - at > 60:
            continue
        comma = text.rfind(",", max(start, at - 60), at)
        if comma > start:
            breaks.append((comma, comma + 1))
    out = []
    cursor = start
    for b_start, b_end in sorted(breaks):
        if b_start < cursor:
            continue
        if b_start > cursor:
            out.append((cursor, b_start))
        cursor = b_end
    if cursor < end:
        out.append((cursor, end))
    return out or [(start, end)]


def _either(*words: str) -> str:
    """An alternation of plain words behind the look-ahead for their first characters
    (:func:`._prefilter.lead`): the same matches, rejected sooner where none can start."""
    return f"{lead(words)}(?:{'|'.join(words)})"


_BE = re.compile(
    r"\b" + _either("was", "were", "been", "being", "is", "are", "be", "got", "get", "gets")
    + r"\s+(?:(?:\w+ly|also|not|never|reportedly"
    r"|then|later|allegedly|soon|already|just|still|once|again|even|since|first|all|both"
    r"|reportedly)\s+)*$", re.I)
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ght|uck|ot|ut|ung|ade|eld|aid|ld|ld down)\b", re.I)


def is_passive(text: str, clause_start: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether a verb trigger stands in the passive ("was shelled", "were detained")."""
    before = text[max(clause_start, trigger_start - 40):trigger_start]
    if not _BE.search(before):
        return False
    return bool(_PARTICIPLE.search(text[trigger_start:trigger_end].split()[0]))


# "by" and the agent's determiner and modifiers: "by local police", "by a Russian
# surface-to-air missile" (the mention is the demonym), "by the Armenian side".
_REDUCED = re.compile(r"\s+(?:(?:\w+ly)\s+)?by\s", re.I)


def reduced_passive(text: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether a participle trigger stands in a reduced passive relative clause, its
    "by" agent right after it ("the corridor demanded by Baku")."""
    word = text[trigger_start:trigger_end].split()
    return bool(word) and bool(_REDUCED.match(text, trigger_end)) and \
        bool(_PARTICIPLE.search(word[0])) and word[0].lower().endswith(
            ("ed", "en", "wn", "ght", "uck", "ot", "ut", "ung", "ade", "eld", "aid", "ld"))


_BY = re.compile(r"\bby\s+(?:(?:the|a|an)\s+)?(?:(?!by\b)[a-z][\w-]*\s+){0,2}$")


def by_agent(text: str, mention_start: int, floor: int) -> bool:
    """Whether the mention at ``mention_start`` is the "by" agent of a passive verb."""
    return bool(_BY.search(text, max(floor, mention_start - 30), mention_start))


_PREPOSITION = re.compile(
    r"\b" + _either("of", "to", "from", "with", "between", "by", "for", "against", "in", "on",
                    "at", "near", "under", "over", "about", "amid", "amidst", "among", "into",
                    "toward", "towards", "than", "via", "like", "across", "inside", "outside",
                    "within", "through", "throughout", "along")
    + r"\s+(?:(?:[\w.’'-]+\s+){1,4}(?:and|or)\s+)?"
    r"(?:the\s+|a\s+|an\s+|[\"“])?(?:[\w’'-]+\s+){0,2}$", re.I)


@functools.cache
def _time_adjunct() -> re.Pattern[str]:
    """A preposition and a time ("On Monday", "in 2020", "on 19 September") right before a
    word: a time adjunct, after which a new noun phrase begins (month and weekday names
    from data/lexicon/calendar.json)."""
    labels = load_json("lexicon/calendar.json")["labels"]
    names = sorted({p["phrase"] for label in ("month", "weekday")
                    for p in labels[label]["phrases"] if len(p["phrase"]) > 3},
                   key=len, reverse=True)
    time = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"\b(?i:on|in|by|since|during|until|after|before|at)\s+(?:(?i:early|late|mid)[\s-]+)?"
        r"(?:(?:" + time + r"|\d{1,4}(?:st|nd|rd|th)?),?\s+){1,3}(?:the\s+)?$")


def prepositional(text: str, mention_start: int, floor: int) -> bool:
    """Whether a mention stands in a prepositional phrase ("officials in Yerevan"); not
    after a time adjunct ("On Monday the EU decided", "in 2020 Azerbaijan launched")."""
    lo = max(floor, mention_start - 40)
    if _time_adjunct().search(text, lo, mention_start):
        return False
    return bool(_PREPOSITION.search(text, lo, mention_start))


_OWNER_GAP = re.compile(
    r"['’`]s?\s+(?:[a-z][\w-]*\s+){0,2}"
    # a polity before a participle of agency owns the noun after it: "a Russian-brokered
    # agreement", "the Moscow-backed cease-fire deal"
    r"|[-‑]" + TriggerTable.default().alternation("agent_participles")
    + r"\s+(?:[a-z][\w-]*\s+){0,2}"
    # without a possessive only an adjective may stand between: "Azerbaijani drone attack",
    # not "Movement condemned the arrests"
    r"|\s+(?:(?!(?:the|a|an|its|their|his|her)\b|\w+ed\b)[a-z][\w-]*\s+)?")


def owner_gap(text: str, mention_end: int, trigger_start: int) -> bool:
    """Whether only a possessive and up to two lower-case words stand between a mention and
    a noun trigger ("Armenia's boycott", "Azerbaijani military's attack", "Azerbaijani
    drone attack")."""
    if trigger_start - mention_end > 40:
        return False
    return bool(_OWNER_GAP.fullmatch(text, mention_end, trigger_start))


_LOCATIVE = re.compile(
    r"\b" + _either("in", "near", "at", "over", "outside", "inside", "on", "across", "around",
                    "off")
    + r"\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?"
    r"(?:(?:village|city|town|region|district|province|capital|area|border|outskirts"
    r"|territory|settlement|port|airport|base|coast)\s+(?:of\s+)?(?:the\s+)?)?$", re.I)


def locative(text: str, place_start: int, floor: int) -> bool:
    """Whether a place mention is where the clause locates the happening ("in", "near",
    "at", "over" ... directly before it, or "the village of")."""
    return bool(_LOCATIVE.search(text, max(floor, place_start - 40), place_start))


def modality(text: str, clause_start: int, trigger_start: int, nominal: bool,
             denied: re.Pattern[str], planned: re.Pattern[str], possible: re.Pattern[str],
             demanded: re.Pattern[str]) -> Modality:
    """What the words before a trigger say of it: a negation within three words denies it;
    a demand ("called for", "must"), a hedge ("could", "may", "if") or a plan ("will",
    "to", "plans to") within the clause marks it.  Nouns take no infinitive "to"."""
    lo = max(clause_start, trigger_start - 60)
    window = text[lo:trigger_start]
    near = " ".join(window.split()[-3:])
    if denied.search(near):
        return Modality.DENIED
    if demanded.search(window):
        return Modality.DEMANDED
    if possible.search(window):
        return Modality.POSSIBLE
    last = " ".join(window.split()[-4:])
    for m in planned.finditer(last):
        if m.group().lower() == "to" and (nominal or m.end() < len(last.rstrip()) - 1):
            continue  # only an infinitive "to" right before a verb plans it
        return Modality.PLANNED
    return Modality.ASSERTED


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens": None,
    "a": 1, "an": 1, "no": 0,
}
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(k for k in _NUMBER_WORDS if len(k) > 2) + "|a|an|no)"


def _toll_patterns(nouns: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    noun = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len,
                                                                          reverse=True))
    verb = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len,
                                                                         reverse=True))
    # every branch starts with a digit, a number word or a verb of killing
    ahead = lead([*"0123456789", *_NUMBER_WORDS, "killed", "killing", "kills", "left"])
    return re.compile(
        rf"\b{ahead}(?:{_NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\s+(?:(?:were|was|have\s+been|had\s+been"
        rf"|are|got)\s+)?(?:{verb})\b"
        rf"|(?:killed|killing|kills|left)\s+(?:at\s+least\s+)?(?P<k>\d{{1,3}}(?:,\d{{3}})*|"
        + "|".join(k for k in _NUMBER_WORDS if len(k) > 2)
        + rf")\s+(?:[\w-]+\s+){{0,2}}?(?:{noun})\b"
        rf"|(?P<d>\d{{1,3}}(?:,\d{{3}})*)\s+(?:dead|deaths|fatalities|killed))", re.I)


_TOLLS: dict[tuple[tuple[str, ...], tuple[str, ...]], re.Pattern[str]] = {}


def death_toll(text: str, start: int, end: int, nouns: tuple[str, ...],
               verbs: tuple[str, ...]) -> int | None:
    """The number of people the clause ``text[start:end]`` says were killed ("killed two
    soldiers": 2; "no one was killed" is not read), or None when it states none."""
    key = (nouns, verbs)
    pattern = _TOLLS.get(key)
    if pattern is None:
        pattern = _TOLLS[key] = _toll_patterns(nouns, verbs)
    m = pattern.search(text, start, end)
    if m is None:
        return None
    raw = (m.group("n") or m.group("k") or m.group("d") or "").lower().replace(",", "")
    if raw.isdigit():
        return int(raw)
    value = _NUMBER_WORDS.get(raw)
    return value
