"""The literal prefilter answers as the patterns do: any_of(patterns).search(text) is
any(p.search(text) for p in patterns), on invented lines and on generated ones."""

from __future__ import annotations

import random
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_events.parse import quotes
from caucasus_events.parse._prefilter import (
    AnyOf,
    Gated,
    any_of,
    folded,
    lead,
    required_strings,
)
from caucasus_events.parse.page import Layouts

LAYOUTS = Layouts.default()
PATTERN_LISTS = [LAYOUTS.furniture, LAYOUTS.captions, LAYOUTS.tail]


def test_required_strings_of_literals_branches_and_optional_parts() -> None:
    assert required_strings(re.compile(r"all rights reserved", re.I)) == {"all rights reserved"}
    assert required_strings(re.compile(r"^(?:share|follow) (?:on|us on)\b")) == {"share",
                                                                                "follow"}
    # an optional part is not required; the run around it is cut there
    assert required_strings(re.compile(r"^photo(?:graph)?\s*:")) == {"photo"}
    assert required_strings(re.compile(r"(?:Abc)+ x")) == {"abc"}
    # nothing worth testing: character classes only, or strings too short
    assert required_strings(re.compile(r"^\d[\d,.\s]*$")) is None
    assert required_strings(re.compile(r"^(?:a|bcd)x")) is None


LINES = [
    "All Rights Reserved 2024", "Photo: Anna Smith", "SIGN UP for our newsletter",
    "Reading time: 4", "The minister said the talks were over.", "© Reuters",
    "Getty Images", "ALL RIGHTS RESERVED", "Read more about the talks here",
    "Bakı, all rights reserved", "İLHAM says all rights reſerved", "Related",
    "Photograph credit: AP", "Share on Facebook", "5 min read", "12:30 GMT", "",
    "We use cookies to improve", "This website uses cookies.", "Support our journalism",
]


def test_any_of_answers_as_the_patterns_do_on_invented_lines() -> None:
    for patterns in PATTERN_LISTS:
        prefilter = AnyOf(patterns)
        for line in LINES:
            want = any(p.search(line) for p in patterns)
            assert prefilter.search(line) == want, (line, want)
    assert any_of(LAYOUTS.furniture) is any_of(LAYOUTS.furniture)


WORDS = ["all", "rights", "reserved", "photo", "credit", ":", "sign", "up", "share", "on",
         "read", "more", "©", "the", "no.", "1", "source", "for", "cookies", "we", "use",
         "Getty", "Images", "12:30", "GMT", "İ", "ı", "ſ", "K", "related", " ", "  ", "-",
         "minutes", "5", "min", "reading", "time", "comments", "42", "views"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), max_size=12),
       st.sampled_from([" ", "", "  "]), st.booleans())
def test_any_of_answers_as_the_patterns_do_on_generated_lines(
        words: list[str], sep: str, upper: bool) -> None:
    line = sep.join(words)
    line = line.upper() if upper else line
    for patterns in PATTERN_LISTS:
        assert any_of(patterns).search(line) == any(p.search(line) for p in patterns), line


def test_folded_gives_every_ascii_letter_a_non_ascii_letter_matches_without_case() -> None:
    # Every code point that re.IGNORECASE takes for an ASCII letter folds to that letter.
    letter = re.compile("[a-z]", re.I)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            assert folded(char) == char.lower() or folded(char) in "abcdefghijklmnopqrstuvwxyz"
            assert re.fullmatch(folded(char), char, re.I), hex(code)
    assert folded("İLHAM reſerved") == "ilham reserved"
    assert folded("Reserved") == "reserved"


def test_gated_finds_what_the_pattern_finds_through_case_twins() -> None:
    gated = Gated(re.compile(r"all rights reserved", re.I))
    assert gated.search("ALL RIGHTS REſERVED, 2024") is not None
    assert gated.search("Bakı all rıghts reserved") is not None
    assert gated.search("all rights kept") is None
    assert list(gated.finditer("nothing here")) == []
    assert [m.start() for m in gated.finditer("x all rights reserved all rights reserved")
            ] == [2, 22]
    # a pattern without a required string is always run
    assert Gated(re.compile(r"\d+")).search("no 42") is not None
    # from an offset: a match after it, whatever stands before
    found = gated.search("all rights reserved; all rights reserved", 1)
    assert found is not None and found.start() == 21
    assert gated.search("all rights reserved", 1) is None


WINDOWS = [
    "The minister said", "Aliyev told reporters that", "he added:", "“Yes,” he said, and",
    "Foreign Minister Ararat Mirzoyan was quoted by Armenpress as saying",
    "In what he called the", "a so-called", "the phrase", "declaring that",
    "according to the ministry", "İLHAM ALİYEV SAİD:", "ſaid the ſpokesman", "",
    "The spokesperson of the Ministry of Foreign Affairs, Ayxan Hajizada, stated that",
]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([*WINDOWS, *WORDS]), max_size=6), st.sampled_from([" ", ", "]))
def test_gated_quote_patterns_answer_as_the_patterns_do(parts: list[str], sep: str) -> None:
    window = sep.join(parts)
    for gated in quotes._gated().values():
        want = gated.pattern.search(window)
        got = gated.search(window)
        assert (got and got.span()) == (want and want.span()), (gated.pattern.pattern[:40],
                                                                window)
        assert [m.span() for m in gated.finditer(window)] == [
            m.span() for m in gated.pattern.finditer(window)]


@pytest.mark.parametrize(("words", "expected"), [
    (["ac", "bd"], "(?=[ab][cd])"),
    (["the", "their", "a"], "(?=[at])"),
    (["take part", "took"], "(?=[t][ao][ko])"),  # stops at the width
    (["in the", "into"], "(?=[i][n])"),  # and at the first space
    (["'tis", "may"], "(?=['m’][at][iy])"),  # an apostrophe stands for either form
    (["a.b", "c-d"], r"(?=[ac][\-\.][bd])"),
    ([" x", "y"], ""),
    ([], ""),
])
def test_lead_asks_for_the_first_characters_of_every_word(words: list[str],
                                                           expected: str) -> None:
    assert lead(words) == expected


@pytest.mark.parametrize("flags", [0, re.I])
def test_a_lead_keeps_the_matches_of_its_alternation(flags: int) -> None:
    words = ["'tis", "in the", "into", "Kin", "İpek", "sun", "s"]
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)
    plain = re.compile(rf"(?:{body})", flags)
    fast = re.compile(rf"{lead(words)}(?:{body})", flags)
    rng = random.Random(5)
    pieces = [*words, "IN  THE", "’TIS", "KIN", "ipek", "ſun", "x", " ", "\n"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=6))
        assert [m.span() for m in plain.finditer(text)] == \
            [m.span() for m in fast.finditer(text)], text
