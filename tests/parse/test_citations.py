"""Inline citations: one per source, dates with inferred years, spans on the source's part."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from caucasus_events.dates import Inferred, PartialDate, Precision
from caucasus_events.models import Document
from caucasus_events.parse.citations import extract_citations, resolve_source
from caucasus_events.parse.page import split_documents

CORPUS = Path(__file__).parents[2] / "src" / "caucasus_events" / "data" / "corpus"
EXPECT = Path(__file__).parents[1] / "expectations"
PAGES = sorted(CORPUS.glob("*.txt"))
PUBLISHED = PartialDate(year=2023, month=6, precision=Precision.MONTH)


def _doc(text: str, published: PartialDate | None = PUBLISHED) -> Document:
    return Document(id="doc_test", text=text, published=published)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_citations_match_hand_checked_expectations(page: Path) -> None:
    raw = page.read_text("utf-8")
    docs, _ = split_documents(raw, page_hash=hashlib.sha256(raw.encode()).hexdigest())
    got = [
        {"document": i, "source_text": c.source_text,
         "date": c.date.isoformat() if c.date else None,
         "inferred": c.date.inferred.value if c.date else None}
        for i, d in enumerate(docs) for c in extract_citations(d)
    ]
    expected = json.loads((EXPECT / f"{page.stem}.json").read_text("utf-8"))["citations"]
    assert got == expected


def test_one_citation_per_source_with_year_inferred_from_publication() -> None:
    text = "Troops were modernized (Ordu.az, May 12; see EDM, May 30)."
    cits = extract_citations(_doc(text))
    assert [c.source_text for c in cits] == ["Ordu.az", "EDM"]
    assert [c.date.isoformat() if c.date else None for c in cits] == ["2023-05-12", "2023-05-30"]
    assert all(c.date is not None and c.date.inferred is Inferred.YEAR for c in cits)
    assert [text[c.span.start:c.span.end] for c in cits] == ["Ordu.az, May 12", "EDM, May 30"]


def test_source_text_is_kept_as_written() -> None:
    (cit,) = extract_citations(_doc("Forces grew (Report.az., December 5, 2022)."))
    assert cit.source_text == "Report.az."
    assert cit.date is not None and cit.date.isoformat() == "2022-12-05"
    assert cit.date.inferred is Inferred.NONE


def test_accessed_dates_and_undated_siblings() -> None:
    cits = extract_citations(_doc("A list (Mod.gov.az, accessed June 24). Aid (Azertag; "
                                  "Reytinq, May 13)."))
    assert [(c.source_text, c.date.isoformat() if c.date else None) for c in cits] == [
        ("Mod.gov.az", "2023-06-24"), ("Azertag", None), ("Reytinq", "2023-05-13")]


@pytest.mark.parametrize("text", [
    "the Individual Partnership Action Plan (IPAP) between them",
    "a Collective Security Treaty Organization (CSTO) member",
    "a new document (or ITPP), which",
    "GUAM (Georgia, Ukraine, Azerbaijan and Moldova) partners",
    "diverse sources (including NATO members), proved",
    "the bloc's Kosovo Force (KFOR).",
    "(May 4, 2021) — Trend News Agency cited",
    "modernized (following NATO standards) by Turkey",
])
def test_parentheses_that_are_not_citations(text: str) -> None:
    assert extract_citations(_doc(text)) == []


def test_yearless_date_without_publication_date_keeps_the_source() -> None:
    (cit,) = extract_citations(_doc("Met (Trend, March 9).", published=None))
    assert cit.source_text == "Trend" and cit.date is None


def test_unknown_sources_are_built_with_stable_ids() -> None:
    a = resolve_source("Top-center.org", None)
    b = resolve_source("Top-center.org.", None)
    assert a is not None and b is not None and a.id == b.id
    assert a.domain == "top-center.org"
    assert resolve_source("123", None) is None
