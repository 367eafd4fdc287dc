"""Hostile input: huge, repetitive or malformed pages parse in linear time or fail clearly."""

from __future__ import annotations

import gc
import signal
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


def _own_stages_cpu(text: str) -> float:
    """Least CPU seconds of two runs of the package's own stages, collected garbage first so
    that a collection triggered by an earlier test is not charged to this one."""
    best = float("inf")
    for _ in range(2):
        gc.collect()
        start = time.process_time()
        _parse_own_stages(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_own_stages_grow_linearly_from_12_to_120_kb(name: str) -> None:
    make = HOSTILE[name]
    small, large = _own_stages_cpu(make(12_000)), _own_stages_cpu(make(120_000))
    # Linear work grows 10x, quadratic 100x; the bound sits between, far enough from
    # both that timer noise and a busy second core do not decide the outcome.
    assert large <= 25 * small + 0.3, (name, small, large)


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


# --- the whole parser (layout, quotes, actors, events) on the shapes that once were
# quadratic or crashed: work at 100 KB against 10 KB ------------------------------------

# Generators of pages of about n characters, one per shape.
SHAPES: dict[str, Callable[[int], str]] = {
    "letters": lambda n: "A" * n,
    "runs of dots": lambda n: "Word" + "." * n,
    "capitalised words after a title": lambda n: "President " + "Aaaa " * (n // 5),
    "titles with names": lambda n: "President Aaaa Bbbb Cccc Dddd " * (n // 30),
    "repeated names": lambda n: "Aliyev " * (n // 7),
    "repeated full names": lambda n: "Ilham Aliyev met Nikol Pashinyan. " * (n // 34),
    "repeated X said": lambda n: "Aliyev said " * (n // 12),
    "repeated quotes said": lambda n: "“Yes,” Aliyev said. " * (n // 20),
    "repeated citations": lambda n: "(Report.az, May 2) " * (n // 19),
    "yearless February 29": lambda n: "He said on February 29 that it rained. " * (n // 40),
    "May 0000": lambda n: "It happened in May 0000 there. " * (n // 31),
    "year 10000": lambda n: "It happened on January 5, 10000 there. " * (n // 39),
    "year 1 and yesterday": lambda n: "On January 1, 0001 it began; yesterday it ended. "
    * (n // 50),
    "quoted outlet lists": lambda n: '"BBC", "Trend", "Aaa Bbb" and "Ccc". ' * (n // 35),
    "web addresses": lambda n: "Report.az and news.am and www.abc.com say. " * (n // 43),
    "body nouns with names": lambda n: "Georgia's Irakli Kobakhidze and the police met. "
    * (n // 48),
    "unnamed speakers": lambda n: "A senior Armenian official told a US source. " * (n // 45),
    "borders and buildings": lambda n: "Armenia's border with Iran near the parliament "
    "building and the embassy in Tehran. " * (n // 85),
    "collectives": lambda n: "Pro-EU protesters and Russian MPs met Karabakh refugees. "
    * (n // 56),
    "lone given names": lambda n: "then Tamara left and David came, " * (n // 33),
    "offices": lambda n: "the PM’s Office and the prosecutor's office said so. " * (n // 51),
    "appositions": lambda n: "Armenian organization Aaa Bbb and the company Ccc met. "
    * (n // 55),
    "armed groups": lambda n: "Ethnic Armenian forces and Karabakh fighters from Syria. "
    * (n // 56),
    "definite titles": lambda n: "Nikol Pashinyan met Ararat Mirzoyan. The minister said "
    "the talks went well. " * (n // 78),
}

# A 10 KB page parsing longer than this is pathological whatever the growth.
_SMALL_CAP = 1.0
# Linear work grows 10x from 10 KB to 100 KB, quadratic 100x; the bound sits between,
# and the slack absorbs timer noise and warm-up on short runs.
_GROWTH_BOUND = 25
_SLACK = 0.5


class _OverBudget(Exception):
    pass


def _raise_over_budget(signum: int, frame: object) -> None:
    raise _OverBudget


def _cpu(text: str, budget: float | None = None) -> float:
    """CPU seconds ``parse_page(text)`` takes; past ``budget`` seconds it is stopped
    (a profiling timer) and reported as infinite, so a quadratic shape fails fast."""
    gc.collect()
    previous = signal.signal(signal.SIGPROF, _raise_over_budget)
    start = time.process_time()
    try:
        if budget is not None:
            signal.setitimer(signal.ITIMER_PROF, budget)
        parse_page(text)
    except _OverBudget:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_parse_work_grows_linearly_from_10_to_100_kb(name: str) -> None:
    make = SHAPES[name]
    small = min(_cpu(make(10_000), _SMALL_CAP) for _ in range(2))
    assert small < _SMALL_CAP, f"{name}: 10 KB took over {_SMALL_CAP} s of CPU"
    bound = _GROWTH_BOUND * small + _SLACK
    large = _cpu(make(100_000), bound)
    if large > bound:  # once more, in case a busy machine charged this run for others
        large = _cpu(make(100_000), bound)
    assert large <= bound, f"{name}: 10 KB took {small:.2f} s, 100 KB over {bound:.2f} s"
