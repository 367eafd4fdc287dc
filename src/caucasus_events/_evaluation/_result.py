"""The result of an evaluation: exact counts per metric, per page and in total."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = ["METRICS", "PAGE_COLUMNS", "Count", "Evaluation", "MetricInfo", "PageResult"]


@attrs.frozen
class Count:
    """A ratio kept as its two counts, so totals over pages are exact micro-averages."""

    num: int = 0
    den: int = 0

    @property
    def value(self) -> float | None:
        """``num / den``, or None when there was nothing to count."""
        return self.num / self.den if self.den else None

    def __add__(self, other: Count) -> Count:
        return Count(self.num + other.num, self.den + other.den)


@attrs.frozen
class MetricInfo:
    """What a metric measures, whether a higher value is better, and whether it is counted
    among found records only (its denominator grows with recall)."""

    key: str
    label: str
    higher_is_better: bool = True
    of_found: bool = False


def _m(key: str, label: str, higher: bool = True) -> MetricInfo:
    return MetricInfo(key=key, label=label, higher_is_better=higher,
                      of_found=key in _OF_FOUND)


# Metrics counted among matched or found records only.
_OF_FOUND = frozenset({
    "quotes.speaker", "quotes.partial", "actors.kind", "actors.country", "places.country",
    "events.type", "events.date", "events.initiator", "events.targets", "events.place"})


#: Every metric the harness reports, in table order.  The key's first part is its group.
METRICS: tuple[MetricInfo, ...] = (
    _m("documents.count", "pages with the right number of documents"),
    _m("documents.title", "titles right"),
    _m("documents.date_printed", "printed publication dates right"),
    _m("documents.date_inferred", "inferred publication dates within the gold period"),
    _m("documents.authors", "authors right (set)"),
    _m("documents.first_words", "body first words kept"),
    _m("documents.last_words", "body last words kept"),
    _m("documents.edges", "body edges kept (first and last)"),
    _m("furniture.lines_leaked", "furniture lines leaked into a body", higher=False),
    _m("furniture.pages_leaked", "pages with any furniture leaked", higher=False),
    _m("quotes.precision", "quote precision"),
    _m("quotes.recall", "quote recall"),
    _m("quotes.f1", "quote F1"),
    _m("quotes.speaker", "speaker right (of matched quotes)"),
    _m("quotes.partial", "partial flag right (of matched quotes)"),
    _m("quotes.scare_emitted", "scare quotes emitted (of gold not_quotes)", higher=False),
    _m("citations.precision", "citation precision"),
    _m("citations.recall", "citation recall"),
    _m("actors.recall", "named actors found"),
    _m("actors.precision", "actor precision"),
    _m("actors.kind", "actor kind right (of found)"),
    _m("actors.country", "actor country right (of found)"),
    _m("places.recall", "places found"),
    _m("places.precision", "place precision"),
    _m("places.country", "place country right (of found)"),
    _m("events.recall", "events found"),
    _m("events.precision", "event precision"),
    _m("events.type", "event type right (of found)"),
    _m("events.date", "event date right (of found)"),
    _m("events.initiator", "event initiator right (of found)"),
    _m("events.targets", "event targets right (of found)"),
    _m("events.place", "event place right (of found)"),
    _m("events.all_right", "events found with type, date, initiator, targets right"),
    _m("spans.failures", "spans that do not verify", higher=False),
)
_INFO = {m.key: m for m in METRICS}

#: The columns of :meth:`Evaluation.page_table` by default: (metric key, heading).
PAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("documents.title", "title"), ("documents.date_printed", "printed date"),
    ("documents.authors", "authors"), ("documents.edges", "edges"),
    ("furniture.lines_leaked", "leaked"), ("quotes.f1", "quote F1"),
    ("quotes.speaker", "speaker"), ("actors.recall", "actors"),
    ("events.recall", "events"), ("events.all_right", "all right"),
)


@attrs.frozen
class PageResult:
    """One page's counts and the problems found on it (readable one-line notes)."""

    file: str
    counts: Mapping[str, Count]
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: file, ``{metric: [num, den]}`` and the problems."""
        return {"file": self.file,
                "counts": {k: [c.num, c.den] for k, c in self.counts.items()},
                "problems": list(self.problems)}


def _fmt(count: Count | None) -> tuple[str, str]:
    if count is None or count.value is None:
        return "–", f"{count.num}/{count.den}" if count else ""
    return f"{count.value:.2f}", f"{count.num}/{count.den}"


@attrs.frozen
class Evaluation:
    """The parser's scores on a set of annotated pages (see docs/evaluation.md).

    ``totals`` maps each metric key of :data:`METRICS` to its micro-averaged
    :class:`Count`; ``pages`` keeps every page's counts and problems.
    """

    totals: Mapping[str, Count]
    pages: tuple[PageResult, ...]

    @classmethod
    def from_pages(cls, pages: Iterable[PageResult]) -> Evaluation:
        """Sum per-page counts into totals."""
        pages = tuple(pages)
        totals = {m.key: Count() for m in METRICS}
        for page in pages:
            for key, count in page.counts.items():
                totals[key] = totals[key] + count
        return cls(totals=totals, pages=pages)

    def value(self, key: str) -> float | None:
        """The micro-averaged value of metric ``key`` (None when nothing was counted)."""
        return self.totals[key].value

    def table(self, *, per_page: bool = False) -> str:
        """An aligned text table of every metric (and of every page when ``per_page``)."""
        rows = [("metric", "value", "count", "")]
        for info in METRICS:
            value, count = _fmt(self.totals.get(info.key))
            rows.append((info.key, value, count,
                         info.label + ("" if info.higher_is_better else " (lower is better)")))
        widths = [max(len(r[i]) for r in rows) for i in range(3)]
        lines = [f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}"
                 .rstrip() for r in rows]
        lines.insert(1, "-" * len(lines[0]))
        out = f"{len(self.pages)} pages\n" + "\n".join(lines)
        if per_page:
            out += "\n\n" + self.page_table()
        return out

    def page_table(self, columns: Iterable[tuple[str, str]] = PAGE_COLUMNS) -> str:
        """An aligned text table with one row per page and one ``(metric key, heading)``
        column each, cells as ``num/den``."""
        columns = tuple(columns)
        rows = [["page", *(heading for _, heading in columns)]]
        for page in self.pages:
            cells = [page.file]
            for key, _ in columns:
                count = page.counts.get(key)
                cells.append(f"{count.num}/{count.den}" if count and count.den else "–")
            rows.append(cells)
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        return "\n".join("  ".join(f"{c:>{w}}" if i else f"{c:<{w}}"
                                   for i, (c, w) in enumerate(zip(r, widths, strict=True)))
                         .rstrip() for r in rows)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: every metric with its label, direction, counts and value, and
        every page's counts and problems."""
        return {
            "metrics": {
                info.key: {"label": info.label, "higher_is_better": info.higher_is_better,
                           "num": self.totals[info.key].num,
                           "den": self.totals[info.key].den,
                           "value": self.totals[info.key].value}
                for info in METRICS},
            "pages": [p.to_json() for p in self.pages],
        }


def metric_info(key: str) -> MetricInfo:
    """The :class:`MetricInfo` of ``key``; KeyError for an unknown metric."""
    return _INFO[key]
