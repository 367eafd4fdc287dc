"""The literal prefilter answers as the patterns do: any_of(patterns).search(text) is
any(p.search(text) for p in patterns), on invented lines and on generated ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_events.parse._prefilter import AnyOf, any_of, required_strings
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
