"""Reported quotations: the quoted words, who said them, the reporting cue, and whether the
quote is a fragment inside the author's own sentence.

Quotation marks are paired in one linear pass per paragraph (curly, straight, mixed,
guillemets, and British single marks whose closing mark doubles as the apostrophe).
Each quoted stretch is then judged by its neighbourhood in the sentence: a reporting
cue after it ("…," writes Minval.az) or before it (X said: "…"), "according to X",
"X was quoted by Y saying", a participle ("declaring that …"), or, failing those, the
subject of the sentence.  Short stretches without a cue ("Kabul airlift") are names or
scare quotes, not quotations.  Cue words live in ``data/cues.json``.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Sequence
from typing import Any, Protocol

import attrs

from caucasus_events._data import load_json
from caucasus_events.dates import PartialDate, Precision
from caucasus_events.ids import make_id
from caucasus_events.models import Document, Quote, Span
from caucasus_events.parse._prefilter import Gated, lead
from caucasus_events.parse.citations import looks_like_domain
from caucasus_events.parse.page import find_dates
from caucasus_events.parse.text import fold, sentence_spans

__all__ = ["MAX_QUOTES", "extract_quotes"]

#: Quotes read per document at most; a page beyond it is adversarial or broken.
MAX_QUOTES = 20_000
_WINDOW = 300
# Earlier quotes searched for the antecedent of "he" or "the ministry".
_LOOKBACK = 50

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
# A quotation mark, or two apostrophes typed for a double one: ``''(?!')|[“”«»„"‘’']``
# with the first character in front, so the regex engine skips to the marks.
_MARKS = re.compile(r"[“”«»„\"‘’'](?:(?<=')'(?!')|)")
_OPEN_BEFORE = " \t\n([{—–-/:;,"
_MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data: dict[str, Any] = load_json("cues.json")
    return data


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                         reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    c = _cues()
    verb = rf"(?:{_alternation(c['reporting_verbs'])})\b"
    obj = rf"(?:{_alternation(c['cue_objects'])})\b"
    part = rf"\b(?:{_alternation(c['participles'])})\b"
    generic = rf"(?:{_alternation(c['generic_speakers'])})\b"
    media = rf"(?:{_alternation(c['media_nouns'])})\b"
    naming = rf"\b(?:{_alternation([w for w in c['naming_words'] if len(w) > 3])})\s*$"
    word = r"[A-Z][\w.'’`?-]*"
    name = rf"{word}(?:\s+(?:(?:of|the|for|and|de|van|von|al)\s+)?{word}){{0,6}}"
    det = r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3})"
    tail = rf"(?:\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{media}|{generic}))"
    # "Kremlin spokesman Dmitry Peskov": a role noun, with its modifiers, before the name.
    role = rf"(?:(?:{word}\s+){{0,3}}(?:{generic})\s+)"
    # A speaker starts with a capital, a determiner, a pronoun or a generic speaker noun: a
    # look-ahead for those first characters turns the other places of a window away at once
    # in the patterns searched anywhere in one (the same matches).
    firsts = sorted(set("tahisw") | {w[0] for w in c["generic_speakers"]})
    ahead = "(?=[A-Z" + "".join(re.escape(ch) for ch in firsts) + "])"
    speaker = (rf"{ahead}(?:{det}?{role}?(?P<name>{name}){tail}?|{det}{generic}"
               rf"|\b(?:he|she|they|it|we|I|He|She|They|It|We)\b)")
    adverb = (r"(?:(?:also|further|then|later|earlier|previously|recently|reportedly|has|had|have"
              r"|was|were|is|again|once\s+again|[a-z]+ly)\s+)")
    role_words = r"(?:[A-Z][\w’'.-]*|of|the|to|and|for|on|in|at|-|–)"
    # the first characters of the reporting verbs, participles and fragment cues
    cue_lead = lead([*c["reporting_verbs"], *c["participles"], *c["fragment_cues"]])
    return {
        # "” IRNA quoted Kanaani as saying", "” the Sova publication quotes the judge as saying"
        "quoted_as": re.compile(
            rf"^(?P<inter>[^,.;“”\"]{{2,60}}?)\s+(?P<cue>(?:quoted|quotes|cited|cites)\s+(?P<spk>{speaker})"
            rf"\s+as\s+(?:saying|stating|telling\s+[^,.;]{{2,40}}))\b"),
        # "”, Assistant to the President of Azerbaijan Hikmet Hajiyev said"
        "suffix_role": re.compile(
            rf"^(?P<spk>[A-Z][\w’'.-]*(?:\s+{role_words}){{1,30}}?)\s+{adverb}?"
            rf"(?P<cue>{verb}(?:\s+{obj})?)"),
        "suffix_vs": re.compile(rf"^(?P<cue>{verb}(?:\s+{obj})?)\s+(?P<spk>{speaker})"),
        "suffix_sv": re.compile(
            rf"^(?P<spk>{speaker})(?:,\s+[^,“”\"]{{2,80}},)?\s+{adverb}?(?P<cue>{verb}(?:\s+{obj})?)"),
        "as_described": re.compile(
            r"^(?P<cue>as\s+(?:described|stated|noted|put|written|reported|quoted|said)\s+"
            r"(?:on|in|by)\s+(?P<spk>[^,.;()]{2,80}?))\s*(?:[,.;(]|$)"),
        "prefix_sv": re.compile(
            rf"(?P<spk>{speaker})\s+{adverb}?(?P<cue>{verb}(?:\s+(?:{obj}|{name}))?)"
            rf"(?:\s+that)?\s*[:,]?\s*$"),
        "prefix_any": re.compile(rf"(?P<spk>{speaker})\s+{adverb}?(?P<cue>{verb})"),
        "quoted_by": re.compile(
            rf"(?P<spk>{speaker})\s+(?P<cue>(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+"
            rf"by\s+(?P<inter>[^,.;]{{2,60}}?)\s+(?:as\s+)?saying)\b"),
        "quote_him": re.compile(
            rf"\b(?P<cue>(?:quote[sd]?|quoting|cited|cites|citing)\s+"
            rf"(?P<spk>him|her|them|{name})\s+(?:as\s+)?(?:saying|telling|stating|writing)\b)"
            rf"[^“”\"]{{0,80}}$"),
        "according": re.compile(
            rf"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<spk>him|her|them|the\s+latter|{speaker})"),
        "headline": re.compile(rf"^(?P<spk>{name})\s*:\s*$"),
        "participle": re.compile(part),
        "fragment_cue": re.compile(
            rf"\b{cue_lead}(?:{verb}|{part}|(?:{_alternation(c['fragment_cues'])})\b)", re.I),
        "what_called": re.compile(
            r"\bwhat\s+(?:he|she|they|it|we|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
            r"(?:has\s+|had\s+|have\s+)?(?:called|described\s+as|termed|dubbed|labell?ed)\s+"
            r"(?:(?:the|a|an|its|their)\s+)?$", re.I),
        "so_called": re.compile(r"\bso[- ]called\s*$", re.I),
        "naming": re.compile(naming, re.I),
        "intermediary": re.compile(
            r"^\s*,?\s*(?:as\s+quoted\s+by|according\s+to|citing|via|in\s+an\s+interview\s+with)"
            r"\s+(?P<inter>[^,.;()]{2,60}?)\s*(?:[,.;(]|$)"),
        "name": re.compile(name),
        "subject_loose": re.compile(
            rf"(?P<spk>{det}?{role}?{name})[^.;:“”\"]{{0,400}}?\b(?:{verb}|cited|quoted)\b"),
        "name_before": re.compile(rf"(?P<name>{name})\s*,?\s*$"),
        "subject": re.compile(
            rf"(?P<spk>{det}?{role}?(?P<name>{name})|{det}{generic})"
            rf"(?:,\s[^,“”\"]{{2,80}},)?\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z][\w’'-]*)"),
        "speaker_at": re.compile(rf"(?P<spk>{speaker})\s+(?:[a-z]+ly\s+)?{adverb}?[a-z]+\b"),
        "generic": re.compile(rf"\b{generic}", re.I),
        "media": re.compile(rf"\b{media}", re.I),
        "dash_headline": re.compile(rf"^(?P<q>.{{10,200}}?)\s+[–—-]\s+(?P<spk>{name})$"),
    }


# The costly patterns searched anywhere in a window of text (not anchored at its start):
# they run behind their literal prefilter, since most windows hold none of their words
# (the cheap ones cost less than the prefilter and run as they are).
_GATED = ("prefix_sv", "quoted_by", "prefix_any", "fragment_cue", "naming")


@functools.lru_cache(maxsize=1)
def _cue_sets() -> tuple[frozenset[str], ...]:
    """The person titles, non-person words, clause openers, title function words, and
    reporting verbs with auxiliaries of ``data/cues.json`` as sets (built once)."""
    c = _cues()
    return (frozenset(c["person_titles"]), frozenset(c["non_person_words"]),
            frozenset(c["clause_openers"]), frozenset(c["title_function_words"]),
            frozenset([*c["reporting_verbs"], *c["auxiliaries"]]))


@functools.lru_cache(maxsize=1)
def _gated() -> dict[str, Gated]:
    rx = _patterns()
    return {key: Gated(rx[key]) for key in _GATED}


@attrs.define
class _Raw:
    """A quoted stretch before judging: mark and inner offsets, paragraph, chain links."""

    open: int
    start: int
    end: int
    close: int
    paragraph: int
    closed: bool = True
    last_paragraph: int = -1
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    intermediary: str | None = None
    partial: bool = False
    date: PartialDate | None = None
    scare: bool = False
    attributed: bool = False


def _pair_marks(text: str, lo: int, hi: int, index: int,
                dq: int | None = None) -> tuple[list[_Raw], int | None]:
    """The quoted stretches of ``text[lo:hi]``, one paragraph, in one pass, and the offset
    of the opening mark of a double quotation still open at its end.  ``dq`` is the
    opening mark of a quotation carried in from the paragraph before.

    A straight mark that looks like an opening one ("after a space, before a word") inside
    an open quotation opens a nested quotation (“As for "fakes", ...”); the next straight
    closing mark closes that one, not the outer quotation.
    """
    found: list[_Raw] = []
    sq: int | None = None
    nested = 0
    width = 1
    for m in _MARKS.finditer(text, lo, hi):
        i, c = m.start(), m.group()
        prev = text[i - 1] if i > lo else " "
        nxt = text[m.end()] if m.end() < hi else " "
        if c == "''":  # two apostrophes typed for a double mark
            if dq is None and sq is None and prev in _OPEN_BEFORE and nxt.isalnum():
                dq, nested, width = i, 0, 2
            elif dq is not None and width == 2 and not nested:
                found.append(_Raw(open=dq, start=dq + 2, end=i, close=i + 1, paragraph=index))
                dq, width = None, 1
            continue
        if c in _DOUBLE_OPEN or c in _DOUBLE_CLOSE or c == '"':
            if dq is None:
                opening = (prev in _OPEN_BEFORE or not nxt.isspace()) if c == '"' else (
                    c in _DOUBLE_OPEN or (prev in _OPEN_BEFORE and nxt.isalnum()))
                if opening:
                    dq, sq, nested, width = i, None, 0, 1
                continue
            if (c == '"' or c in _DOUBLE_OPEN) and prev in _OPEN_BEFORE and (
                    nxt.isalnum() or nxt in "‘'"):
                nested += 1  # a quotation inside the quotation
                continue
            if c in _DOUBLE_OPEN and c != "“":
                continue
            if nested:
                nested -= 1
                continue
            found.append(_Raw(open=dq, start=dq + width, end=i, close=i, paragraph=index))
            dq, nested = None, 0
            continue
        if dq is not None:
            if c == "’" and nxt == "’" and not nested:  # ’’ closing a “ quotation
                found.append(_Raw(open=dq, start=dq + width, end=i, close=i + 1, paragraph=index))
                dq = None
            continue  # single marks inside a double quotation are nested quotes or apostrophes
        if sq is None and c in "‘'" and prev in _OPEN_BEFORE and nxt.isalnum():
            sq = i
        elif sq is not None and c in "’'" and not prev.isspace() and not nxt.isalnum():
            found.append(_Raw(open=sq, start=sq + 1, end=i, close=i, paragraph=index))
            sq = None
    return found, dq


def _only_names_nested(text: str, lo: int, hi: int, carry: int) -> bool:
    """Whether the double marks of ``text[lo:hi]`` only quote short names inside the
    quotation opened at ``carry``, leaving it open."""
    if _pair_marks(text, lo, hi, -1, carry) != ([], carry):
        return False
    marks = [m.start() for m in _DOUBLE_MARKS.finditer(text, lo, hi)]
    return all(len(text[a:b].split()) <= 4 for a, b in zip(marks[::2], marks[1::2], strict=False))


_DOUBLE_MARKS = re.compile(r"[“”«»„\"]")


def _pair_document(text: str, paragraphs: Sequence[tuple[int, int]]
                   ) -> tuple[list[_Raw], list[int]]:
    """The quoted stretches of the document and the paragraphs without any mark.

    A quotation left open at a paragraph's end runs on into the next paragraph when that
    one reopens it (the convention for a long statement), holds no double mark at all or
    only quotations nested in the open one, or holds an odd number of them (its last one
    closes the quotation); otherwise it ends with its paragraph.  A quotation still open
    at the end of the text runs to the end.
    """
    raws: list[_Raw] = []
    bare: list[int] = []
    carry: int | None = None  # opening mark of a quotation open at the paragraph end
    carry_from = -1
    prev_hi = 0
    for index, (lo, hi) in enumerate(paragraphs):
        start, dq = lo, None
        if carry is not None:
            doubles = len(_DOUBLE_MARKS.findall(text, lo, hi))
            if text[lo:lo + 1] in _DOUBLE_OPEN + '"':
                start, dq = lo + 1, carry  # the paragraph reopens the quotation
            elif doubles == 0 or (doubles % 2 == 0 and _only_names_nested(text, lo, hi, carry)):
                # No mark, or only names quoted inside the open quotation ("Abzas Media").
                prev_hi = hi
                continue
            elif doubles % 2:
                last = max(m.start() for m in _DOUBLE_MARKS.finditer(text, lo, hi))
                raws.append(_Raw(open=carry, start=carry + 1, end=last, close=last,
                                 paragraph=carry_from, last_paragraph=index))
                start = last + 1
            else:
                raws.append(_Raw(open=carry, start=carry + 1, end=prev_hi, close=prev_hi,
                                 paragraph=carry_from, last_paragraph=index - 1,
                                 closed=False))
            carry = None
        found, open_at = _pair_marks(text, start, hi, index, dq)
        for raw in found:
            if raw.open < lo:
                raw.paragraph, raw.last_paragraph = carry_from, index
        if not found and open_at is None and start == lo:
            bare.append(index)
        raws.extend(found)
        if open_at is not None:
            carry = open_at
            if open_at >= lo:
                carry_from = index
        prev_hi = hi
    if carry is not None:
        raws.append(_Raw(open=carry, start=carry + 1, end=prev_hi, close=prev_hi,
                         paragraph=carry_from, last_paragraph=len(paragraphs) - 1,
                         closed=False))
    for raw in raws:
        if raw.last_paragraph < raw.paragraph:
            raw.last_paragraph = raw.paragraph
    return raws, bare


_LIST_GAP = re.compile(r"\s*(?:[,;]\s*(?:(?:and|or|as well as)\s+)?|(?:and|or|as well as)\s+)")


def _mark_name_lists(text: str, raws: list[_Raw]) -> None:
    """Three or more short quoted stretches in a row, separated only by commas or "and"
    ("“Forbidden Stories”, “France 24”, “The Guardian”"), are a list of names."""
    run: list[_Raw] = []
    for raw in [*raws, None]:
        if raw is not None and len(text[raw.start:raw.end].split()) <= 4 and raw.closed and (
                not run or _LIST_GAP.fullmatch(text, run[-1].close + 1, raw.open)):
            run.append(raw)
            continue
        if len(run) >= 3:
            for item in run:
                item.scare = True
        run = [raw] if raw is not None and len(text[raw.start:raw.end].split()) <= 4 else []


def _trim(text: str, raw: _Raw) -> bool:
    while raw.start < raw.end and text[raw.start].isspace():
        raw.start += 1
    while raw.end > raw.start and text[raw.end - 1].isspace():
        raw.end -= 1
    return raw.end > raw.start


class _Context:
    """The document with its sentences and the quotes judged so far."""

    def __init__(self, document: Document, names: NameLookup | None = None) -> None:
        self.names = names
        self.doc = document
        self.text = document.text
        self.sentences = sentence_spans(self.text)
        self.starts = [s for s, _ in self.sentences]
        self.rx = _patterns()
        self.gated = _gated()
        self.cues = _cues()
        (self.person_titles, self.non_person, self.openers, self.title_words,
         self.verb_words) = _cue_sets()
        self.judged: list[_Raw] = []
        self.anchor = len(self.text)  # opening mark of the quotation being judged

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        return self.sentences[i]


def _subject(ctx: _Context, prefix: str, base: int) -> tuple[str, tuple[int, int]] | None:
    """The first plausible name of the main clause of ``prefix`` (at offset ``base``)."""
    skip = 0
    words = prefix.split(None, 1)
    comma = prefix.find(",")
    if words and words[0] in ctx.openers and 0 < comma < 120:
        skip = comma + 1
    for m in ctx.rx["name"].finditer(prefix, skip):
        name = m.group().rstrip(".,")
        tokens = name.split()
        while tokens and (tokens[0] in ctx.openers or tokens[0] in _MONTHS):
            tokens.pop(0)
        if not tokens:
            continue
        name = " ".join(tokens)
        start = base + m.start() + m.group().index(tokens[0])
        return name, (start, start + len(name))
    return None


def _person_like(ctx: _Context, name: str) -> bool:
    words = name.split()
    if any(w in ctx.non_person or w.islower() for w in words) or looks_like_domain(name):
        return False
    if ctx.names is not None and not any(w in ctx.person_titles for w in words):
        # A state, a demonym, a city or an organisation the gazetteer knows is no person.
        bare = name[4:] if name.startswith(("The ", "the ")) else name
        if ctx.names.place(bare) is not None or (len(words) == 1 and ctx.names.polity(bare)):
            return False
        actor = ctx.names.actor(bare)
        if actor is not None and actor.kind.value != "person":
            return False
    return any(w in ctx.person_titles for w in words) or 1 <= len(words) <= 4


def _resolve(ctx: _Context, spk: str, span: tuple[int, int], name: str | None,
             name_span: tuple[int, int] | None) -> tuple[str, tuple[int, int]]:
    """A pronoun or generic speaker ("the ministry") as its nearest earlier full mention;
    a name inside a media phrase ("the Minval.az article") as the name."""
    low = {"him": "he", "her": "she", "them": "they"}.get(spk.lower(), spk.lower())
    if low in ("the latter", "the former"):  # the speaker of the quote before
        q = next((q for q in reversed(ctx.judged[-_LOOKBACK:]) if q.speaker and q.speaker_span),
                 None)
        return (q.speaker, q.speaker_span) if q and q.speaker and q.speaker_span else (spk, span)
    if low in ("they", "it", "we"):
        earlier = _sentence_subject(ctx, span[0])
        if earlier is not None and _person_like(ctx, earlier[0]) == (low in ("he", "she")):
            return earlier
    if low in ("he", "she"):
        quoted = next((q for q in reversed(ctx.judged[-_LOOKBACK:])
                       if q.speaker and q.speaker_span and _person_like(ctx, q.speaker)), None)
        subject = _antecedent(ctx, span[0], person=True)
        if subject is not None and (quoted is None or subject[2] > quoted.open):
            return subject[0], subject[1]
        if quoted is not None and quoted.speaker and quoted.speaker_span:
            return quoted.speaker, quoted.speaker_span
        base = max(0, span[0] - 1500)
        for m in reversed(list(ctx.rx["name"].finditer(ctx.text, base, span[0]))):
            words = m.group().rstrip(".,").split()
            if len(words) >= 2 and words[0] in ctx.person_titles and _person_like(ctx, m.group()):
                name = m.group().rstrip(".,")
                return name, (m.start(), m.start() + len(name))
        return spk, span
    if low in ("they", "it", "we"):
        for q in reversed(ctx.judged[-_LOOKBACK:]):
            if q.speaker and q.speaker_span:
                return q.speaker, q.speaker_span
        return spk, span
    if name is not None and name_span is not None and not ctx.rx["generic"].fullmatch(name):
        if ctx.rx["media"].search(spk[len(spk) - len(spk.split()[-1]) - 1:]):
            return name, name_span
        return spk, span
    head = ctx.rx["generic"].search(spk)
    if head is None:
        return spk, span
    noun = head.group().lower()
    for q in reversed(ctx.judged[-_LOOKBACK:]):
        if q.speaker and q.speaker_span and noun in q.speaker.lower():
            return q.speaker, q.speaker_span
    before = ctx.text[max(0, span[0] - 3000):span[0]]
    base = max(0, span[0] - 3000)
    # "a US intelligence source told ... the source said": the phrase that introduced
    # someone unnamed, unless a name holding the noun stands nearer.
    last = noun.split()[-1]
    introduced = None
    for m in re.finditer(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,4}}?"
                         rf"{re.escape(last)}\b", before):
        introduced = m
    for m in reversed(list(ctx.rx["name"].finditer(before))):
        if last in m.group().lower() and "\n\n" not in m.group():
            if introduced is not None and introduced.start() > m.start():
                break
            start = base + m.start()
            if ctx.text[max(0, start - 4):start].lower() == "the ":
                start -= 4
            end = base + m.end()
            return ctx.text[start:end], (start, end)
    if introduced is not None:
        start, end = base + introduced.start(), base + introduced.end()
        return ctx.text[start:end], (start, end)
    if ctx.rx["media"].fullmatch(noun):
        for q in reversed(ctx.judged[-_LOOKBACK:]):
            if q.speaker and q.speaker_span and looks_like_domain(q.speaker):
                return q.speaker, q.speaker_span
    return spk, span


def _clause_subject(ctx: _Context, lo: int, hi: int) -> tuple[str, tuple[int, int]] | None:
    """The subject of the sentence ``text[lo:hi]`` when it is a name, a role phrase or a
    pronoun followed by a verb ("Roxanna Khacatryan was one of those who fled", "Until
    this week, Tamara was a nurse", "The Iranian Foreign Ministry said")."""
    sentence = ctx.text[lo:min(hi, lo + _WINDOW)]
    skip = 0
    words = sentence.split(None, 1)
    comma = sentence.find(",")
    if words and words[0].rstrip(",") in ctx.openers and 0 < comma < 120:
        skip = comma + 1
        while skip < len(sentence) and sentence[skip].isspace():
            skip += 1
    m = ctx.rx["subject"].match(sentence, skip)
    if m is None:
        return None
    verb = m.group("verb")
    if not (verb in ctx.verb_words or verb.endswith("ed")):
        return None
    spk = m.group("spk").rstrip(" .,")
    first = spk.split()[0]
    if (first in ctx.openers and first not in ("The", "the")) or first in _MONTHS:
        return None
    if _bare_determiner(ctx, spk):
        return None  # "The dead were piling up": a determiner is no subject
    start = lo + m.start("spk")
    return spk, (start, start + len(spk))


def _role_tail_name(ctx: _Context, phrase: str) -> tuple[str, int] | None:
    """The person's name ending a role phrase ("Assistant to the President of the Republic
    of Azerbaijan Hikmat Hajiyev") and its offset: its last three capitalised words, or two
    when the first of three closes the role ("of Azerbaijan") or is a state or place."""
    words = list(re.finditer(r"\S+", phrase))
    for k in (3, 2):
        tail = words[-k:]
        if len(tail) < k or not all(w.group()[:1].isupper() for w in tail):
            continue
        if k == 3 and len(words) > 3 and words[-4].group().islower():
            continue  # "... of Azerbaijan Hikmat Hajiyev": the first word ends the role
        name = phrase[tail[0].start():]
        if _person_like(ctx, name) and not any(
                w.group() in ctx.person_titles for w in tail):
            return name, tail[0].start()
    return None


def _bare_determiner(ctx: _Context, spk: str) -> bool:
    words = spk.split()
    return not any(w[:1].isupper() for w in words[1:]) and (
        words[0] in ctx.openers or words[0].lower() in _PRONOUNS)


def _antecedent(ctx: _Context, pos: int, *, person: bool | None
                ) -> tuple[str, tuple[int, int], int] | None:
    """The nearest earlier sentence subject (a person's name when ``person``), with the
    offset of its sentence, searched back over at most ten sentences."""
    pos = min(pos, ctx.anchor)  # not inside the quotation being attributed
    i = bisect.bisect_right(ctx.starts, pos) - 1
    for k in range(i - 1, max(-1, i - 11), -1):
        lo, hi = ctx.sentences[k]
        if pos - lo > 4 * _WINDOW * 2:
            break
        if any(q.open < lo < q.close for q in ctx.judged[-_LOOKBACK:]):
            continue  # a sentence inside a quotation names no antecedent
        found = _clause_subject(ctx, lo, hi)
        if found is None or found[0].lower() in _PRONOUNS:
            continue
        if person is None or _person_like(ctx, found[0]) == person:
            return found[0], found[1], lo
    return None


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})


def _sentence_subject(ctx: _Context, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The speaker-like phrase opening the sentence before ``pos`` in its paragraph
    ("Azerbaijan's defence ministry denied the claim. “…,” it said")."""
    lo, _ = ctx.sentence(pos)
    if lo == 0 or "\n\n" in ctx.text[max(0, lo - 2):lo]:
        return None
    plo, _ = ctx.sentence(lo - 2)
    sentence = ctx.text[plo:lo]
    m = ctx.rx["speaker_at"].match(sentence)
    if m is None or m.group("spk").lower() in ("he", "she", "they", "it", "we", "i"):
        return None
    spk = m.group("spk").rstrip(" .,")
    if spk.split()[0] in ctx.openers and m.group("name") is not None:
        return None
    return spk, (plo + m.start("spk"), plo + m.start("spk") + len(spk))


def _take_speaker(ctx: _Context, raw: _Raw, m: re.Match[str], base: int) -> None:
    spk = m.group("spk").rstrip(" .,")
    start = base + m.start("spk")
    span = (start, start + len(spk))
    name = m.groupdict().get("name")
    name_span: tuple[int, int] | None = None
    if name:
        name = name.rstrip(" .,")
        ns = base + m.start("name")
        name_span = (ns, ns + len(name))
    elif "name" not in m.re.groupindex:  # a free phrase ("the official NATO website")
        inside = ctx.rx["name"].search(spk)
        if inside is not None:
            name = inside.group().rstrip(" .,")
            name_span = (start + inside.start(), start + inside.start() + len(name))
            raw.speaker, raw.speaker_span = name, name_span
            raw.attributed = True
            return
    raw.speaker, raw.speaker_span = _resolve(ctx, spk, span, name, name_span)
    raw.attributed = True


def _date_near(ctx: _Context, text: str) -> PartialDate | None:
    for _, value in find_dates(text):
        if value.year == 1:
            continue
        if value.precision in (Precision.DAY, Precision.MONTH):
            return value
    return None


def _judge(ctx: _Context, raw: _Raw, prev_close: int, next_open: int) -> None:
    text, rx, gated = ctx.text, ctx.rx, ctx.gated
    ctx.anchor = raw.open
    sent_lo, _ = ctx.sentence(raw.open)
    _, sent_hi = ctx.sentence(max(raw.open, raw.close - 1))
    pre_lo = max(sent_lo, prev_close + 1, raw.open - _WINDOW)
    prefix = text[pre_lo:raw.open]
    suf_lo = raw.close + 1 if raw.closed else raw.close
    suf_hi = max(suf_lo, min(sent_hi, next_open, suf_lo + _WINDOW))
    suffix_raw = text[suf_lo:suf_hi]
    lead = len(suffix_raw) - len(suffix_raw.lstrip(" \t,.;:–—-"))
    suffix = suffix_raw[lead:]
    suf_base = suf_lo + lead
    inner = text[raw.start:raw.end]
    attribution: tuple[int, int] | None = None  # the cue phrase inside the prefix
    adjacent = False  # a cue right before or after the marks

    for key in ("quoted_as", "as_described", "suffix_sv", "suffix_vs", "suffix_role"):
        m = rx[key].match(suffix)
        if m:
            if key == "suffix_role":  # the name ends the role phrase
                tail_name = _role_tail_name(ctx, m.group("spk"))
                if tail_name is None:
                    continue
            _take_speaker(ctx, raw, m, suf_base)
            _publisher(ctx, raw)
            if key == "suffix_role" and tail_name is not None:
                start = suf_base + m.start("spk") + tail_name[1]
                raw.speaker = tail_name[0]
                raw.speaker_span = (start, start + len(raw.speaker))
            if key == "quoted_as":
                raw.intermediary = m.group("inter").strip()
            raw.cue = " ".join(m.group("cue").split())
            if key == "as_described" or (raw.speaker and rx["media"].search(m.group("spk"))
                                         and key == "suffix_sv"):
                raw.cue = " ".join(m.group(0).split()).rstrip(" ,.;(")
            tail = suffix[m.end():]
            im = rx["intermediary"].match(tail)
            if im:
                raw.intermediary = im.group("inter").strip()
            when = re.match(r"\s+(?:in|on)\s+", tail)
            raw.date = _date_near(ctx, tail[when.end():when.end() + 30]) if when else None
            adjacent = True
            break
    if not raw.attributed:
        for key in ("quote_him", "prefix_sv", "quoted_by", "prefix_any", "according", "headline"):
            m = (gated[key] if key in gated else rx[key]).search(prefix)
            if m is None:
                continue
            _take_speaker(ctx, raw, m, pre_lo)
            raw.cue = " ".join(m.group("cue").split()) if key != "headline" else "headline"
            if key == "according":
                raw.cue = raw.cue.lower()
            if key == "quoted_by":
                raw.cue = " ".join(m.group("cue").split())
                raw.intermediary = m.group("inter").strip()
            attribution = (m.start(), m.end())
            adjacent = key in ("prefix_sv", "headline")
            break
    if not raw.attributed and not adjacent:
        _stated_by(ctx, raw, sent_hi)
    if not raw.attributed:
        participles = list(rx["participle"].finditer(prefix))
        part = participles[-1] if participles else None
        subject = None
        if part is not None:  # "with European Council chief Antonio Costa hailing ..."
            near = rx["name_before"].search(prefix, max(0, part.start() - 120), part.start())
            if near is not None and _person_like(ctx, near.group("name")):
                start = pre_lo + near.start("name")
                subject = near.group("name"), (start, start + len(near.group("name")))
        if subject is None and part is not None:
            subject = _clause_subject(ctx, sent_lo, pre_lo + part.start())
        if subject is None:
            subject = _subject(ctx, prefix[: part.start()] if part else prefix, pre_lo)
        if part is not None and subject is not None:
            raw.speaker, raw.speaker_span = subject
            raw.cue = part.group()
            raw.attributed = True
            attribution = (part.start(), part.end())
    words = inner.split()
    ends = inner.rstrip("”’\"')]")[-1:] in ".!?,;…"
    # A name or title in marks ("Echo of the Caucasus", "Trump Route for International
    # Peace and Prosperity") is not speech, even right before a verb.
    if (not ends and len(words) <= 8 and _name_like(ctx, words)
            and not prefix.rstrip().endswith(":")):
        raw.scare = True
        return
    if not adjacent:
        named = bool(gated["naming"].search(prefix)) or bool(rx["so_called"].search(prefix))
        # "Rutte said he was “deeply concerned”", "what he called the “kidnapping”", "…
        # has “correctly and effectively” fulfilled them, Garibashvili said": a short
        # fragment in a sentence that reports speech is the speaker's words.  A single
        # word needs the cue close by, in the same clause.
        close_by = prefix[-_REPORTED_REACH:]
        cues_near = [c for c in gated["fragment_cue"].finditer(close_by)
                     if not _CLAUSE_END.search(close_by, c.end())]
        sentence_prefix = text[max(sent_lo, raw.open - _WINDOW):raw.open]
        reported = bool(rx["what_called"].search(prefix)) or (not named and (
            bool(cues_near) or (len(words) >= 2
                           and gated["fragment_cue"].search(sentence_prefix) is not None)))
        if not reported and not named:
            tail = text[suf_lo:sent_hi]
            comma = tail.rfind(", ")
            final = tail[comma + 2:] if comma >= 0 else ""
            for key in ("suffix_sv", "suffix_vs"):
                m = rx[key].match(final)
                if m and not final[m.end():].strip(" .") and not raw.attributed:
                    _take_speaker(ctx, raw, m, suf_lo + comma + 2)
                    raw.cue = " ".join(m.group("cue").split())
                    reported = True
                    break
        if not ends and not reported and (len(words) <= 3 or (named and len(words) <= 6)):
            raw.scare = True
            return
    if not raw.attributed:
        subject = _subject(ctx, prefix, pre_lo)
        if subject is not None and not _starts_sentence(prefix):
            raw.speaker, raw.speaker_span = subject
    remainder = prefix
    if attribution is not None:
        remainder = prefix[: attribution[0]] + prefix[attribution[1]:]
    # A capitalised sentence after "said:" (or "said,") is the whole statement, whatever
    # clause stands before the cue; a lower-case one is a fragment ("understand: “playing").
    introduced = (inner[:1].isupper() and prefix.rstrip().endswith((":", ","))
                  and (ends or prefix.rstrip().endswith(":")))
    raw.partial = bool(re.search(r"\w", remainder)) and not introduced
    if raw.date is None:
        opening = text[sent_lo:min(raw.open, sent_lo + 60)].split(",", 1)[0]
        raw.date = _date_near(ctx, opening)


# "This was stated at a briefing by Russian President Vladimir Putin's press secretary
# Dmitry Peskov.": the sentence after a quotation naming who said it.
_STATED_BY = re.compile(
    r"[^\S\n]*(?P<cue>(?:This|That|It|These\s+words|The\s+statement)\s+(?:was|were)\s+"
    r"(?:\w+\s+){0,2}?(?:stated|said|noted|announced|declared|voiced|made|expressed)\b"
    r"[^.;:“”\"\n]{0,120}?\bby)\s+(?P<spk>[^.;:“”\"\n]{2,150}?)\s*\.")


def _stated_by(ctx: _Context, raw: _Raw, sent_hi: int) -> None:
    """Attribute ``raw`` to the person named by a "This was stated by ..." sentence right
    after the quotation's sentence."""
    m = _STATED_BY.match(ctx.text, sent_hi)
    if m is None:
        return
    phrase = m.group("spk")
    tail = _role_tail_name(ctx, phrase)
    name, offset = tail if tail is not None else (phrase, 0)
    if not _person_like(ctx, name) and tail is None:
        return
    start = m.start("spk") + offset
    raw.speaker, raw.speaker_span = name, (start, start + len(name))
    raw.cue = " ".join(m.group("cue").split())
    raw.attributed = True


# "reads a statement on "Abzas Media"s Facebook page", "a statement by the ministry": a
# document speaks for whoever published it.
_DOCUMENT_SPEAKER = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+)?(?:statement|press\s+release|post|message|communiqu[ée]|"
    r"announcement|letter|appeal)$", re.I)
_PUBLISHED_BY = re.compile(
    r"\s+(?:on|by|from|of|posted\s+on|published\s+(?:on|by))\s+(?:the\s+)?"
    r"(?:[“\"](?P<quoted>[^“”\"\n]{2,60})[”\"]|(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}))")


def _publisher(ctx: _Context, raw: _Raw) -> None:
    """A document as the speaker ("a statement") gives way to its publisher written right
    after it ("on "Abzas Media"s Facebook page", "by the Foreign Ministry")."""
    if raw.speaker_span is None or not _DOCUMENT_SPEAKER.fullmatch(raw.speaker or ""):
        return
    m = _PUBLISHED_BY.match(ctx.text, raw.speaker_span[1])
    if m is None:
        return
    group = "quoted" if m.group("quoted") else "name"
    name = m.group(group).strip()
    start = m.start(group)
    raw.speaker, raw.speaker_span = name, (start, start + len(name))


def _term(text: str, raw: _Raw) -> str:
    """The quoted words of ``raw`` folded, when they may be a term (at most four words, no
    sentence end), else ""."""
    inner = text[raw.start:raw.end]
    if not inner.strip() or len(inner.split()) > 4 or inner.rstrip("”’\"')]")[-1:] in ".!?,;…":
        return ""
    return " ".join(fold(inner).split())


_REPORTED_REACH = 60
_CLAUSE_END = re.compile(r"[.;:!?\"“”]")


def _name_like(ctx: _Context, words: Sequence[str]) -> bool:
    """Whether quoted words read as a name or title: every word capitalised but the
    short function words of titles ("of", "the", "and"), the first one included."""
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in ctx.title_words
               for w in words)


def _starts_sentence(prefix: str) -> bool:
    return not re.search(r"\w", prefix)


def _headline_dash(ctx: _Context, lo: int, hi: int) -> _Raw | None:
    """A heading paragraph "Words – Speaker" (attribution by dash, no marks)."""
    para = ctx.text[lo:hi]
    if len(para) > 250 or para[-1:] in ".!?":
        return None
    m = ctx.rx["dash_headline"].match(para)
    if m is None or len(m.group("spk").split()) > 4 or len(m.group("q").split()) < 4:
        return None
    raw = _Raw(open=lo, start=lo, end=lo + m.end("q"), close=lo + m.end("q"), paragraph=-1)
    spk_start = lo + m.start("spk")
    raw.speaker, raw.speaker_span = m.group("spk"), (spk_start, lo + m.end("spk"))
    raw.cue, raw.attributed = "headline", True
    return raw


class NameLookup(Protocol):
    """What quote attribution asks of a gazetteer: is a name a place, a state (or its
    demonym) or a non-person actor?  :class:`~caucasus_events.parse.gazetteer.Gazetteer`
    satisfies it."""

    def place(self, name: str) -> Any:
        """The place called ``name``, or None."""

    def polity(self, word: str) -> Any:
        """The state or organisation a name or demonym stands for, or None."""

    def actor(self, name: str) -> Any:
        """The actor called ``name`` (with a ``kind``), or None."""


def extract_quotes(document: Document, names: NameLookup | None = None
                   ) -> tuple[list[Quote], list[str]]:
    """The reported quotations of ``document`` and warnings (quotes cut off, limits hit).

    A quotation running over paragraphs that each reopen the mark is one Quote per
    paragraph, all with the chain's speaker; a quote split by its attribution is two
    Quotes with the same speaker.  A quote left open at the end of a paragraph that the
    next one does not continue is emitted up to the paragraph end, with a warning.
    """
    ctx = _Context(document, names)
    text = document.text
    paragraphs = [(s.start, s.end) for s in document.paragraphs] or [(0, len(text))]
    warnings: list[str] = []
    raws, bare = _pair_document(text, paragraphs)
    for index in bare:
        dash = _headline_dash(ctx, *paragraphs[index])
        if dash is not None:
            raws.append(dash)
    raws.sort(key=lambda r: r.open)
    _mark_name_lists(text, raws)
    if len(raws) > MAX_QUOTES:
        warnings.append(f"document {document.id}: more than {MAX_QUOTES} quotations; "
                        "the rest are not read")
        raws = raws[:MAX_QUOTES]
    for raw in raws:
        if not raw.closed:
            warnings.append(f"document {document.id}: quotation at offset {raw.start} is not "
                            "closed before the end of the text (cut off?)")
    raws = [r for r in raws if _trim(text, r)]
    # Words the text has put in marks as a term once (an “air train” of cargo planes)
    # are that term again where they come back in marks without a cue of their own.
    terms: set[str] = set()
    for i, raw in enumerate(raws):
        term = _term(text, raw)
        if raw.scare or (term and not raw.attributed and term in terms):
            raw.scare = True
            if term:
                terms.add(term)
            continue
        if raw.attributed:
            ctx.judged.append(raw)
            continue
        prev_close = (raws[i - 1].close if i and raws[i - 1].last_paragraph == raw.paragraph
                      else -1)
        next_open = (raws[i + 1].open if i + 1 < len(raws)
                     and raws[i + 1].paragraph == raw.paragraph else len(text))
        _judge(ctx, raw, prev_close, next_open)
        if raw.scare:
            if term:
                terms.add(term)
            continue
        prev = ctx.judged[-1] if ctx.judged else None
        # “not fulfilled its obligations” ... and that this “could not go unnoticed”: a
        # quote without a cue of its own in the sentence of an attributed one is its.
        if (raw.cue is None and prev is not None and prev.speaker and prev.cue
                and ctx.sentence(prev.open) == ctx.sentence(raw.open)):
            raw.speaker, raw.speaker_span = prev.speaker, prev.speaker_span
        ctx.judged.append(raw)
    _link(ctx.judged)
    _carry_over(ctx, paragraphs)
    quotes = []
    for raw in ctx.judged:
        span = Span(doc_id=document.id, start=raw.start, end=raw.end)
        spk_span = (Span(doc_id=document.id, start=raw.speaker_span[0], end=raw.speaker_span[1])
                    if raw.speaker_span else None)
        quotes.append(Quote(
            id=make_id("quo", document.id, raw.start, raw.end), document_id=document.id,
            text=text[raw.start:raw.end],
            # The words the span covers, exactly (double or no-break spaces included).
            speaker_text=text[spk_span.start:spk_span.end] if spk_span else None,
            speaker_span=spk_span, cue=raw.cue, partial=raw.partial,
            intermediary=raw.intermediary, date=raw.date, span=span))
    return quotes, warnings


def _carry_over(ctx: _Context, paragraphs: Sequence[tuple[int, int]]) -> None:
    """Give a quote that opens its paragraph without any attribution the speaker the
    paragraph before names: its last attributed quote, "according to X", or the subject
    of its last sentence that has one ("Alpine Mosvyan is still shaken ..." / “We ran
    into a hangar ...”)."""
    text = ctx.text
    for i, raw in enumerate(ctx.judged):
        if raw.speaker is not None or raw.paragraph < 1 or raw.paragraph >= len(paragraphs):
            continue
        lo = paragraphs[raw.paragraph][0]
        if text[lo:raw.open].strip():
            continue
        prev = ctx.judged[i - 1] if i else None
        if prev is not None and prev.speaker and prev.speaker_span and (
                prev.last_paragraph >= raw.paragraph - 1):
            raw.speaker, raw.speaker_span = prev.speaker, prev.speaker_span
            continue
        plo, phi = paragraphs[raw.paragraph - 1]
        if text[max(plo, phi - 4):phi].rstrip().endswith(":") and raw.paragraph >= 2 and (
                phi - plo < _WINDOW):  # "The text of the speech is as follows:"
            plo = paragraphs[raw.paragraph - 2][0]
        m = ctx.rx["according"].search(text, plo, min(phi, plo + 2000))
        found: tuple[str, tuple[int, int]] | None = None
        if m is not None:
            found = m.group("spk"), (m.start("spk"), m.start("spk") + len(m.group("spk")))
        else:
            first = bisect.bisect_left(ctx.starts, plo)
            last = bisect.bisect_left(ctx.starts, phi)
            for slo, shi in reversed(ctx.sentences[max(first, last - 5):last]):
                found = _clause_subject(ctx, slo, shi)
                if found is None:  # "Araghchi in an interview with IRNA stressed that"
                    loose = ctx.rx["subject_loose"].match(text, slo, min(shi, slo + 2 * _WINDOW))
                    if loose is not None and not _bare_determiner(ctx, loose.group("spk")):
                        spk = loose.group("spk").rstrip(" .,")
                        found = spk, (loose.start("spk"), loose.start("spk") + len(spk))
                if found is not None:
                    break
        if found is None:
            continue
        spk, span = found
        if spk.lower() in _PRONOUNS or ctx.rx["generic"].match(spk):
            spk, span = _resolve(ctx, spk, span, None, None)
        raw.speaker, raw.speaker_span = spk, span


def _link(quotes: list[_Raw]) -> None:
    """Give unattributed quotes the speaker of the quote they continue: the previous one
    in a multi-paragraph chain, or the previous attributed one in the same paragraph."""
    for i, raw in enumerate(quotes):
        if raw.speaker is not None or i == 0:
            continue
        prev = quotes[i - 1]
        same = prev.last_paragraph == raw.paragraph
        if same and prev.speaker is not None:
            raw.speaker, raw.speaker_span = prev.speaker, prev.speaker_span
            raw.cue = raw.cue or prev.cue
            raw.intermediary = raw.intermediary or prev.intermediary
