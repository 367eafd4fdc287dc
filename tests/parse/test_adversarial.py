"""Hostile input: huge, repetitive or malformed pages parse in linear time or fail clearly."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_events.parse import parse_page
from caucasus_events.parse.citations import extract_citations
from caucasus_events.parse.page import split_documents
from caucasus_events.parse.quotes import MAX_QUOTES, extract_quotes

# Generators of hostile pages of about n characters.
HOSTILE: dict[str, Callable[[int], str]] = {
    "straight quote marks": lambda n: '"' * n,
    "opening curly marks": lambda n: "“" * n,
    "mixed marks": lambda n: "He said “a” “b, ” 'c' ‘d’ " * (n // 25),
    "one paragraph": lambda n: "word " * (n // 5) + ".",
    "one sentence per line": lambda n: "Aliyev said the thing.\n" * (n // 23),
    "citations": lambda n: "(Report.az, May 2) " * (n // 19),
    "unbalanced quotes": lambda n: "“open quote and more words here " * (n // 32),
    "long capitalised names": lambda n: "Aaa Bbb Ccc Ddd Eee " * (n // 20) + "“quoted words.”",
    "parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
}


def _parse_own_stages(text: str) -> int:
    """Run the stages this package owns (layout, citations, quotes); return records found."""
    docs, _ = split_documents(text, page_hash="h")
    return sum(len(extract_citations(d)) + len(extract_quotes(d)[0]) for d in docs)


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        _parse_own_stages(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_doubling_the_input_at_most_triples_the_time(name: str) -> None:
    make = HOSTILE[name]
    small, large = _seconds(make(60_000)), _seconds(make(120_000))
    # Linear work doubles; quadratic work quadruples.  The absolute slack absorbs timer
    # noise on tiny durations so the test is not flaky.
    assert large <= 3 * small + 0.15, (name, small, large)


def test_a_million_quote_marks_and_a_five_megabyte_paragraph_finish() -> None:
    start = time.perf_counter()
    assert _parse_own_stages('"' * 1_000_000) == 0
    assert _parse_own_stages("word " * 1_000_000 + ".") == 0
    assert time.perf_counter() - start < 60


def test_quotes_per_document_are_capped_with_a_warning() -> None:
    docs, _ = split_documents("“a b c d.” " * (MAX_QUOTES + 10), page_hash="h")
    quotes, warnings = extract_quotes(docs[0])
    assert len(quotes) == MAX_QUOTES
    assert any("more than" in w for w in warnings)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_whole_pipeline_survives_hostile_pages(name: str) -> None:
    page = parse_page(HOSTILE[name](20_000))
    for q in page.quotes:
        doc = next(d for d in page.documents if d.id == q.document_id)
        assert doc.evidence(q.span) == q.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab. ,\n“”\"‘’'()—:;A-Z0123456789")),
               max_size=400))
def test_arbitrary_text_never_crashes_and_spans_verify(text: str) -> None:
    page = parse_page(text)
    docs = {d.id: d for d in page.documents}
    for q in page.quotes:
        assert docs[q.document_id].evidence(q.span) == q.text
        if q.speaker_span is not None:
            assert docs[q.document_id].evidence(q.speaker_span) == q.speaker_text
    for c in page.citations:
        assert docs[c.document_id].evidence(c.span).startswith(c.source_text)
