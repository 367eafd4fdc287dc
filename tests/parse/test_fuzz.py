"""Parsing is total: mutated real pages and generated pages either parse into records
whose spans verify, or fail with InputError, never any other exception.

The mutations insert the shapes that crashed the parser before (yearless "February 29",
"May 0000", year 10000, lone surrogates, no-break and double spaces in names, control
characters, stray quotation marks) into the bundled and development pages.  Examples
are bounded so the suite stays fast; ``tools/reliability.py`` runs thousands.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_events._spans import span_problems
from caucasus_events.errors import InputError
from caucasus_events.models import Page
from caucasus_events.parse import parse_page

_ROOT = Path(__file__).resolve().parents[2]


def _seed_pages() -> list[str]:
    folders = [_ROOT / "src" / "caucasus_events" / "data" / "corpus", _ROOT / "devset" / "docs"]
    return [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir()
            for p in sorted(folder.glob("*.txt"))]


SEEDS = _seed_pages()

# Fragments that once crashed or slowed a stage, and plain text's building blocks.
FRAGMENTS = [
    " February 29 ", "He said on February 29 that ", " May 0000 ", " January 5, 10000 ",
    "On January 1, 0001 it began; yesterday ", " 31 April ", " 2021-13-45 ", " in 99999 BC ",
    "\ud800", "\udfff", "\u00a0", "  ", "\u200b", "\u202e", "\x0b", "\x1b[31m", "\r", "\t",
    "“", "”", '"', "‘", "’", "'", "«", "»", "(", ")", "...", ". . .", "—", "\n\n", "\n",
    " said ", " told reporters ", "President ", "Ilham  Aliyev", "Nikol\u00a0Pashinyan",
    " Aliyev said: “", "(Report.az, May 26)", "(APA, February 29)", "(see ",
    "Baku, May 3 (Trend) -", "By John Smith", "Last updated: ", "1,000,000 ", "ǅ", "İ",
    "Ⅻ", "𝐀𝐁𝐂", "ﬁ", "ß", "\u0301", "A" * 200, "." * 200, "Aliyev " * 30,
]


def _spans_verify(page: Page) -> None:
    texts = {d.id: d.text for d in page.documents}
    problems = list(span_problems(texts, quotes=page.quotes, citations=page.citations,
                                  actors=page.actors, places=page.places, events=page.events))
    assert problems == [], [str(p) for p in problems[:5]]
    for doc in page.documents:
        assert all(s.end <= len(doc.text) for s in doc.paragraphs)


def _parse_total(text: str) -> None:
    try:
        page = parse_page(text)
    except InputError:
        return
    _spans_verify(page)


def mutate(text: str, integer: Callable[[int, int], int],
           pick: Callable[[list[str]], str]) -> str:
    """``text`` with one to six random edits (insert, delete, duplicate or replace a piece
    of up to 400 characters), drawn by ``integer(low, high)`` and ``pick(choices)``: a
    hypothesis draw here, a seeded ``random.Random`` in tools/reliability.py."""
    for _ in range(integer(1, 6)):
        at = integer(0, len(text))
        end = min(len(text), at + integer(0, 400))
        kind = pick(["insert", "delete", "duplicate", "replace"])
        piece = pick(FRAGMENTS)
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[end:]
        elif kind == "duplicate":
            text = text[:end] + text[at:end] + text[end:]
        else:
            text = text[:at] + piece + text[end:]
    return text


@st.composite
def mutated_pages(draw: st.DrawFn) -> str:
    return mutate(draw(st.sampled_from(SEEDS)), lambda lo, hi: draw(st.integers(lo, hi)),
                  lambda xs: draw(st.sampled_from(xs)))


WORDS = ["Aliyev", "Pashinyan", "Baku", "Yerevan", "Georgia", "said", "met", "on", "the",
         "President", "Minister", "February", "29", "May", "0000", "10000", "January", "1,",
         "0001", "yesterday", "“", "”", '"', "(Report.az,", "2)", ".", ",", "\n\n", "—",
         "Mr.", "Dr.", "U.S.", "talks", "in", "NATO", "according", "to", "\u00a0", "\ud800"]

generated_pages = st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join)


@pytest.mark.skipif(not SEEDS, reason="no seed pages")
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_pages())
def test_mutated_pages_parse_or_fail_with_input_error(text: str) -> None:
    _parse_total(text)


@settings(max_examples=80, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(generated_pages)
def test_generated_pages_parse_or_fail_with_input_error(text: str) -> None:
    _parse_total(text)


@pytest.mark.parametrize("fragment", FRAGMENTS, ids=lambda f: repr(f)[:30])
def test_each_fragment_inside_a_real_page_parses(fragment: str) -> None:
    seed = SEEDS[0] if SEEDS else "Aliyev met Pashinyan in Baku on May 3, 2021."
    middle = len(seed) // 2
    _parse_total(seed[:middle] + fragment + seed[middle:])
