"""Article texts left out of a published dataset, evidence kept.

Some publishers may redistribute the records extracted from news articles but not the
articles.  :func:`snippets_only` keeps of each document's text only the characters a
record points at (the sentences stating events, the quoted words and their speakers,
the names of actors and places, the citations) at their original offsets, and blanks the
rest (newlines stay, so paragraphs keep their shape).  Every span still resolves to the
same words, so evidence and quotes read as before; the page hash, ids, titles and every
other column are unchanged, so a reader holding the article can check it against them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import attrs

from caucasus_events.models import Document, Page, Span

__all__ = ["snippet_spans", "snippets_only"]


def snippet_spans(page: Page) -> dict[str, list[Span]]:
    """Every span a record of ``page`` keeps as evidence, per document id (paragraph
    spans, which cover the whole text, are not evidence)."""
    spans: dict[str, list[Span]] = defaultdict(list)
    groups: Iterable[Iterable[Span | None]] = (
        *(e.evidence for e in page.events),
        *((q.span, q.speaker_span) for q in page.quotes),
        *((c.span,) for c in page.citations),
        *(a.mentions for a in page.actors),
        *(p.mentions for p in page.places),
    )
    for group in groups:
        for span in group:
            if span is not None:
                spans[span.doc_id].append(span)
    return spans


def _mask(text: str, spans: Iterable[Span]) -> str:
    pieces: list[str] = []
    done = 0
    for start, end in _merged((s.start, min(s.end, len(text))) for s in spans):
        if start > done:
            pieces.append(_blank(text[done:start]))
        if end > max(start, done):
            pieces.append(text[max(start, done):end])
        done = max(done, end)
    pieces.append(_blank(text[done:]))
    return "".join(pieces)


def _blank(text: str) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in text)


def _merged(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def snippets_only(page: Page) -> tuple[Document, ...]:
    """The page's documents with each text reduced to its evidence snippets (same length,
    same offsets; everything else blanked)."""
    spans = snippet_spans(page)
    return tuple(attrs.evolve(d, text=_mask(d.text, spans.get(d.id, ())))
                 for d in page.documents)
