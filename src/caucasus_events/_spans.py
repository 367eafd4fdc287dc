"""The one rule for a record's spans: every span lies inside its document's stored text,
and where a record also stores the words (a quote's text, its speaker as written, a
citation's source name), those words are exactly what the span covers.

Used by ``validate`` on a dataset and by the parser's own tests on a parsed page, so
the two cannot disagree.  Cost: one pass over the records; texts are looked up, never
copied.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from caucasus_events.models import Actor, Citation, Event, Place, Quote, Span

__all__ = ["SpanProblem", "span_problems"]


@attrs.frozen
class SpanProblem:
    """A span that does not hold: the table and record it belongs to, and what is wrong."""

    table: str
    record_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.table} {self.record_id!r}: {self.message}"


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _inside(texts: Mapping[str, str], span: Span, what: str) -> str | None:
    text = texts.get(span.doc_id)
    if text is None:
        return f"{what} indexes document {span.doc_id!r}, which is not in the dataset"
    if span.start > span.end or span.end > len(text):
        return (f"{what} {span.start}..{span.end} lies outside document {span.doc_id!r} "
                f"({len(text)} characters)")
    return None


def _claims(texts: Mapping[str, str], span: Span, claimed: str, what: str, *,
            prefix: bool = False) -> str | None:
    problem = _inside(texts, span, what)
    if problem:
        return problem
    actual = span.extract(texts[span.doc_id])
    if actual == claimed or (prefix and actual.startswith(claimed)):
        return None
    return f"{what} claims {_short(claimed)} but the document has {_short(actual)} there"


def span_problems(
    texts: Mapping[str, str],
    *,
    quotes: Iterable[Quote] = (),
    citations: Iterable[Citation] = (),
    actors: Iterable[Actor] = (),
    places: Iterable[Place] = (),
    events: Iterable[Event] = (),
) -> Iterator[SpanProblem]:
    """Every span of the records that lies outside its document (``texts`` maps
    document id to stored text) or covers other words than the record states: a quote's
    ``text`` and ``speaker_text``, a citation's ``source_text`` (the start of its span)."""
    for q in quotes:
        for problem in (
            _claims(texts, q.span, q.text, "text span"),
            None if q.speaker_span is None else _claims(
                texts, q.speaker_span, q.speaker_text or "", "speaker span"),
        ):
            if problem:
                yield SpanProblem("quotes", q.id, problem)
    for c in citations:
        problem = _claims(texts, c.span, c.source_text, "span", prefix=True)
        if problem:
            yield SpanProblem("citations", c.id, problem)
    spanned: tuple[tuple[str, str, Iterable[Actor | Place | Event]], ...] = (
        ("actors", "mention", actors), ("places", "mention", places),
        ("events", "evidence", events))
    for table, what, records in spanned:
        for record in records:
            spans = record.evidence if isinstance(record, Event) else record.mentions
            for span in spans:
                problem = _inside(texts, span, what)
                if problem:
                    yield SpanProblem(table, record.id, problem)
                    break
