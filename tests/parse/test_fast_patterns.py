"""Patterns rewritten for the regex engine's fast paths (a first character taken out in
front, so the engine skips to candidate characters) match exactly what their plain form
matches: on every development page and on random texts made of the characters and words
each pattern turns on, whole and between random bounds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from caucasus_events.parse import _actor_places, _clauses, _event_initiators, page, quotes, text
from caucasus_events.parse._triggers import TriggerTable

_DEVSET = sorted((Path(__file__).resolve().parents[2] / "devset" / "docs").glob("*.txt"))

_TOLL = _clauses._toll_patterns(TriggerTable.default().fatality_nouns,
                                TriggerTable.default().fatality_verbs)


def _without_leads(pattern: str) -> str:
    """The pattern without its look-aheads made only of character classes (``lead``)."""
    return re.sub(r"\(\?=(?:\[(?:\\.|[^\]\\])*\])+\)", "", pattern)


# (fast pattern, its plain form, the pieces random texts are made of)
_CASES = [
    pytest.param(
        text._BOUNDARY,
        r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n",
        [".", "!", "?", "...", "\n", "\n\n", " ", "  ", "\t", "”", "'", ")", "]", "“", "(",
         "A", "a", "7", "U.S", "x"],
        id="sentence-boundary"),
    pytest.param(
        _clauses._BREAK,
        rf"\s*{_clauses._SEPARATOR}\s*",
        [" ", "  ", "\n", ";", ":", "1", "—", "–", "-", ",", "and", "as", "as well as",
         " well", "while", "after", "when", "who", "The", "the ", "a ", "A", "x", "."],
        id="clause-break"),
    pytest.param(
        quotes._MARKS, r"''(?!')|[“”«»„\"‘’']",
        ["'", "''", "'" * 3, "“", "”", "«", "»", "„", '"', "‘", "’", "a", " "], id="quote-marks"),
    pytest.param(
        page._NAV_SEPARATOR, r"\s+[|•·»›/]\s+|\s*\|\s*",
        [" ", "  ", "\t", "|", "•", "·", "»", "›", "/", "Home", "x"], id="navigation-separator"),
    pytest.param(
        page._TIME_SUFFIX, page._TIME_SUFFIX.pattern.replace(
            r"[\s\-|,@](?:(?<=\s)(?:\s*[-|,@]\s*|\s*)|(?<=[-|,@])\s*)", r"(?:\s*[-|,@]\s*|\s+)"),
        [" ", "  ", "-", "|", ",", "@", "at ", "in ", "12", "3", ":", ".", "05", "pm", "a.m.",
         "GMT", "(", ")", "+", "4", "•", "Baku", "x"], id="time-suffix"),
    pytest.param(
        page._PROSPECTIVE, r"\b" + page._PROSPECTIVE.pattern[
            page._PROSPECTIVE.pattern.index("(?:will"):],
        ["will", "WILL", "would", "plans  to", "to be held", "is due", "Were due", "intends",
         "aim to", "set to", "x", " ", "-", "next", "Next"], id="prospective"),
    *(pytest.param(fast, _without_leads(fast.pattern),
                   [*words, "x", "Baku", " ", "  ", "\n", "-", ",", "the ", "also "],
                   id=name)
      for name, fast, words in [
          ("passive-be", _clauses._BE, ["was", "Were", "been", "is", "be", "gets", "early"]),
          ("preposition", _clauses._PREPOSITION, ["of", "To", "towards", "and", "a ", "“"]),
          ("locative", _clauses._LOCATIVE, ["in", "Near", "northern", "village", "of "])]),
    *(pytest.param(quotes._patterns()[key], _without_leads(quotes._patterns()[key].pattern),
                   ["The", "the ", "a ", "his", "He", "she", "It", "we", "spokesman",
                    "officials", "Ministry", "Foreign", "Minister", "Ararat Mirzoyan", "of",
                    "said", "told", "stated", "that", ":", ",", " ", "  ", "also", "x", "“",
                    "Said", "calling", "described", "noted", "saying", "as"],
                   id=f"quote-{key}")
      for key in ("prefix_sv", "prefix_any", "quoted_by", "speaker_at", "suffix_vs",
                  "fragment_cue")),
    pytest.param(_TOLL, _without_leads(_TOLL.pattern),
                 ["two", "Twelve", "a", "an", "no", "12", "1,200", "soldiers", "civilians",
                  "people", "were", "have been", "killed", "died", "dead", "left", "at least",
                  "Killing", " ", "  ", "-", "x"], id="death-toll"),
    pytest.param(_event_initiators._DEFINITE_TITLE,
                 _event_initiators._DEFINITE_TITLE.pattern.replace(r"(?=\s*the)", "", 1),
                 ["The", "the", "THE", " ", "  ", ".", ",", "“", "and", "but", "when", "PM",
                  "Armenian", "foreign minister", "president", "also", "has", "x"],
                 id="definite-title"),
]


def test_the_inner_sentence_test_finds_what_its_plain_form_finds() -> None:
    """The inner-sentence pattern starts at the mark (only whether it occurs is asked)."""
    plain = re.compile(r"[a-z]{2}[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
    pieces = ["ab", "a", "Ab", ".", "!", "?", "”", "'", " ", "\n", "“", "B", "7"]
    lines = [*(p.read_text(encoding="utf-8") for p in _DEVSET), *_texts(pieces, 2)]
    for line in lines:
        assert bool(page._INNER_SENTENCE.search(line)) == bool(plain.search(line)), line


def test_the_word_before_a_place_is_found_as_by_its_plain_form() -> None:
    """The look-behind of the word-before pattern is exact in the window it is searched in
    (a string of its own: no bound inside a word)."""
    plain = re.compile(r"(\w+)\W{1,3}(?:the\s+)?$")
    pieces = ["to", "the", "The", "in", "ab", " ", "  ", ", ", "-", "’", "\n", "7"]
    windows = [page[i:i + 30] for page in (p.read_text(encoding="utf-8") for p in _DEVSET)
               for i in range(0, len(page), 7)]
    for window in [*windows, *_texts(pieces, 4)]:
        fast = _actor_places._WORD_BEFORE.search(window)
        want = plain.search(window)
        assert (fast and (fast.span(), fast.group(1))) == (want and (want.span(), want.group(1)))


def _texts(pieces: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
            for _ in range(3000)]


def _spans(pattern: re.Pattern[str], s: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(s, lo, hi)]


@pytest.mark.parametrize(("fast", "plain", "pieces"), _CASES)
def test_fast_pattern_matches_as_its_plain_form(fast: re.Pattern[str], plain: str,
                                               pieces: list[str]) -> None:
    reference = re.compile(plain, fast.flags)
    assert fast.pattern != reference.pattern
    rng = random.Random(0)
    pages = [p.read_text(encoding="utf-8") for p in _DEVSET]
    assert pages
    for s in [*pages, *_texts(pieces, 1)]:
        assert _spans(fast, s, 0, len(s)) == _spans(reference, s, 0, len(s)), s[:200]
        lo = rng.randint(0, len(s))
        hi = rng.randint(lo, len(s))
        assert _spans(fast, s, lo, hi) == _spans(reference, s, lo, hi), (s[:200], lo, hi)
