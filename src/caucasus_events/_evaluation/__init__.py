"""The evaluation harness: score the parser against hand-made annotations.

:func:`evaluate` parses every annotated page and scores it against its gold file (format:
``devset/FORMAT.md``; how to annotate and run: docs/evaluation.md).  One module per record
kind does the scoring; ``_text`` holds the matching rules they share.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from caucasus_events._evaluation._context import Context
from caucasus_events._evaluation._documents import score_documents
from caucasus_events._evaluation._entities import score_actors, score_places
from caucasus_events._evaluation._events import score_events
from caucasus_events._evaluation._gold import GoldPage, load_gold, page_paths, page_urls
from caucasus_events._evaluation._quotes import score_citations, score_quotes
from caucasus_events._evaluation._result import (
    METRICS,
    Count,
    Evaluation,
    MetricInfo,
    PageResult,
)
from caucasus_events._evaluation._spans import score_spans
from caucasus_events.errors import InputError

if TYPE_CHECKING:
    from caucasus_events.models import Page
    from caucasus_events.parse.gazetteer import Gazetteer

__all__ = ["METRICS", "Count", "Evaluation", "MetricInfo", "PageResult", "evaluate",
           "score_page"]

_SCORERS = (score_documents, score_quotes, score_citations, score_actors, score_places,
            score_events, score_spans)

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def score_page(gold: GoldPage | dict[str, object], page: Page) -> PageResult:
    """Score one parsed page against its gold annotation (a :class:`GoldPage` or the
    annotation's dict, already checked)."""
    data = gold.data if isinstance(gold, GoldPage) else gold
    ctx = Context(dict(data), page)
    counts: dict[str, Count] = {}
    problems: list[str] = []
    for scorer in _SCORERS:
        got, notes = scorer(ctx)
        counts.update(got)
        problems.extend(notes)
    return PageResult(file=str(data["file"]), counts=counts, problems=tuple(problems))


def evaluate(pages: Paths, gold: Paths, *, gazetteer: Gazetteer | None = None) -> Evaluation:
    """Parse annotated pages and score the parser against their gold annotations.

    ``pages`` is a directory of page ``.txt`` files or a list of page paths; ``gold`` a
    directory of gold ``*.json`` files (or a list of them) in the format of
    ``devset/FORMAT.md``, each matched to its page by its ``file`` key.  Pages without a gold
    file are not scored.  A page is parsed with the address the ``SOURCES.json`` beside a
    pages directory gives for it (as ``devset/`` has), as a build from a manifest would be.
    Returns an :class:`Evaluation` with exact counts per metric.  Linear in the total page
    length (one parse per page).

    Raises :class:`InputError` naming the file for a missing directory, a gold file that is
    not valid JSON or lacks a key, or a gold file whose page is not among ``pages``.
    """
    from caucasus_events.parse import parse_file

    paths = page_paths(pages)
    urls = page_urls(pages)
    results = []
    for gold_page in load_gold(gold):
        path = paths.get(gold_page.file)
        if path is None:
            raise InputError(f"annotates page {gold_page.file!r}, which is not among the pages",
                             path=str(gold_page.path))
        results.append(score_page(gold_page, parse_file(path, url=urls.get(gold_page.file),
                                                         gazetteer=gazetteer)))
    return Evaluation.from_pages(results)
