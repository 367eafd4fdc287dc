"""Checking that every parsed span verifies: it lies inside its document, and where the
record states the text it covers (a quote's text, a speaker as written, a citation's
source), the document's text at the span is that text."""

from __future__ import annotations

from caucasus_events._evaluation._context import Context
from caucasus_events._evaluation._result import Count
from caucasus_events._evaluation._text import fold
from caucasus_events.models import Span

__all__ = ["score_spans"]


def score_spans(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """``spans.failures``: spans that fail their check, over spans checked."""
    checked = failed = 0
    problems: list[str] = []

    def check(what: str, span: Span, claimed: str | None = None, *,
              contains: bool = False) -> None:
        nonlocal checked, failed
        checked += 1
        doc = ctx.docs.get(span.doc_id)
        if doc is None or span.end > len(doc.text):
            failed += 1
            problems.append(f"span of {what} outside its document: {span.start}-{span.end}")
            return
        covered = doc.text[span.start:span.end]
        if claimed is None:
            return
        ok = fold(claimed) in fold(covered) if contains else covered == claimed
        if not ok:
            failed += 1
            problems.append(f"span of {what} covers {covered[:40]!r}, claims {claimed[:40]!r}")

    page = ctx.page
    for doc in page.documents:
        for span in doc.paragraphs:
            check("paragraph", span)
    for quote in page.quotes:
        check("quote", quote.span, quote.text)
        if quote.speaker_span is not None:
            check("speaker", quote.speaker_span, quote.speaker_text)
    for citation in page.citations:
        check("citation", citation.span, citation.source_text, contains=True)
    for actor in page.actors:
        for span in actor.mentions:
            check(f"mention of {actor.name}", span)
    for place in page.places:
        for span in place.mentions:
            check(f"mention of {place.name}", span)
    for event in page.events:
        for span in event.evidence:
            check("event evidence", span)
    return {"spans.failures": Count(failed, checked)}, problems
