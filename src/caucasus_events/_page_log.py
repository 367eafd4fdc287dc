"""The build log: one row per input page saying what became of it (table ``page_log``).

A page is ``ok``, has warnings (``warning``: markup, no article, not English, no title or
date found ...), was a ``duplicate`` of an earlier page, or ``failed`` (could not be read).
:func:`summary_lines` gives the summary ``caucasus-events build`` prints, and a strict
build (:class:`StrictBuildError`) refuses to write a dataset when any page is not clean.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

import attrs

from caucasus_events.errors import InputError
from caucasus_events.models import Page

__all__ = ["LOG_TABLES", "STATUSES", "PageLog", "StrictBuildError", "page_log",
           "summary_lines"]

#: The statuses a page can have, best first.
STATUSES = ("ok", "warning", "duplicate", "failed")


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class PageLog:
    """One row per input page of a build: what became of it and why."""

    input: str = attrs.field(metadata=_doc(
        "The input's file name (without its folders, so the dataset does not depend on "
        "where the pages were stored; page_hash tells apart pages of the same name)."))
    page_hash: str = attrs.field(default="", metadata=_doc(
        "SHA-256 of the page's text ('' when it could not be read or gave no document)."))
    status: str = attrs.field(validator=attrs.validators.in_(STATUSES), metadata=_doc(
        "ok, warning (see reasons), duplicate (same text as an earlier page) or failed."))
    reasons: tuple[str, ...] = attrs.field(default=(), converter=_strings, metadata=_doc(
        "Why the page is not ok: the parser's warnings, or the read error."))
    documents: int = attrs.field(default=0, metadata=_doc("Documents (articles) found."))
    languages: tuple[str, ...] = attrs.field(default=(), converter=_strings, metadata=_doc(
        "Detected language of each document, in order (BCP 47)."))
    quotes: int = attrs.field(default=0, metadata=_doc("Quotes found."))
    events: int = attrs.field(default=0, metadata=_doc("Events found."))


#: The build-log tables of a dataset: name -> model.
LOG_TABLES: dict[str, type] = {"page_log": PageLog}


def page_log(name: str, page: Page | str, *, duplicate: bool = False) -> PageLog:
    """The log row of input ``name`` (a path: only its file name is kept): its parsed page,
    or the reason it could not be read."""
    name = PurePath(name).name or name
    if isinstance(page, str):
        return PageLog(input=name, status="failed", reasons=(page,))
    page_hash = page.documents[0].page_hash if page.documents else ""
    reasons: tuple[str, ...]
    if duplicate:
        status, reasons = "duplicate", ("same text as an earlier page",)
    else:
        status, reasons = ("warning" if page.warnings else "ok"), tuple(page.warnings)
    return PageLog(input=name, page_hash=page_hash, status=status, reasons=reasons,
                   documents=len(page.documents),
                   languages=tuple(d.language for d in page.documents),
                   quotes=len(page.quotes), events=len(page.events))


def _kind(reason: str) -> str:
    """A reason with its particulars (document numbers, paths, counts) taken out."""
    reason = re.sub(r"^document [\w-]+: ", "", reason)
    reason = re.sub(r"^\S+: (?=not valid UTF-8)", "", reason)
    return re.sub(r"(?<![\w.-])\d+(?![\w.-])", "N", reason)


def summary_lines(log: Sequence[PageLog], *, top: int = 8) -> list[str]:
    """Lines summing up a build log: pages per status, then the most frequent reasons."""
    statuses = collections.Counter(row.status for row in log)
    lines = [f"pages: {len(log)} read: " + ", ".join(
        f"{statuses[s]} {s if s != 'warning' else 'with warnings'}" for s in STATUSES
        if statuses[s])]
    reasons = collections.Counter(_kind(r) for row in log if row.status in ("warning", "failed")
                                  for r in row.reasons)
    for reason, count in reasons.most_common(top):
        lines.append(f"  {count:>5} x {reason}")
    if len(reasons) > top:
        lines.append(f"  ... and {len(reasons) - top} other kinds of warning")
    return lines


class StrictBuildError(InputError):
    """A strict build found pages with warnings or failures and wrote nothing; ``log``
    holds every page's row."""

    def __init__(self, log: Iterable[PageLog]) -> None:
        self.log = tuple(log)
        bad = [row for row in self.log if row.status in ("warning", "failed")]
        shown = [f"  {row.input}: {'; '.join(row.reasons)}" for row in bad[:10]]
        more = [f"  ... and {len(bad) - 10} more"] if len(bad) > 10 else []
        super().__init__("\n".join([
            f"strict build: {len(bad)} of {len(self.log)} page(s) have warnings or failed; "
            "nothing was written", *shown, *more]))
