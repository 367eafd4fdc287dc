"""What ``validate`` checks beyond files, schemas and foreign keys: that users can rely
on the keys and the spans.

- every primary key of the descriptor is unique (``ds.actor(id)`` returns one actor);
- every span lies inside its document and the words a record claims are the words its
  span covers (:mod:`caucasus_events._spans`), for quotes, speakers, citations, event
  evidence and the ``mentions`` table (which alone holds the actors' and places' spans).

Each failure is a :class:`SchemaError` naming the table's file, how many records are
wrong and the first of them.  Cost: one pass over each table's rows; the documents'
texts are held once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from caucasus_events._spans import SpanProblem, span_problems
from caucasus_events.datapackage import PRIMARY_KEYS, resource_path
from caucasus_events.errors import SchemaError

if TYPE_CHECKING:
    from caucasus_events.dataset import Dataset

__all__ = ["check_keys", "check_spans"]


def _values(column: pa.ChunkedArray) -> list[Any]:
    if pa.types.is_dictionary(column.type):
        column = column.cast(column.type.value_type)
    return list(column.to_pylist())


def check_keys(ds: Dataset) -> None:
    """Raise SchemaError naming the file of the first table whose primary key repeats."""
    for name, columns in PRIMARY_KEYS.items():
        if name not in ds.models:
            continue
        table = ds.table(name)
        keys = list(zip(*(_values(table[c]) for c in columns), strict=True))
        seen: set[tuple[Any, ...]] = set()
        repeated = [k for k in keys if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
        if repeated:
            shown = repeated[0][0] if len(columns) == 1 else repeated[0]
            raise SchemaError(
                f"primary key ({', '.join(columns)}) is not unique: {len(repeated)} "
                f"repeated row(s), e.g. {shown!r}", path=str(ds.path / resource_path(name)))


def _mention_problems(ds: Dataset, texts: dict[str, str]) -> Iterable[SpanProblem]:
    if "mentions" not in ds.models:
        return
    table = ds.table("mentions")
    rows = zip(*(_values(table[c]) for c in ("record_id", "doc_id", "start", "end")),
               strict=True)
    for record_id, doc_id, start, end in rows:
        text = texts.get(doc_id)
        if text is None:
            yield SpanProblem("mentions", record_id,
                              f"span indexes document {doc_id!r}, which is not in the dataset")
        elif not 0 <= start <= end <= len(text):
            yield SpanProblem("mentions", record_id,
                              f"span {start}..{end} lies outside document {doc_id!r} "
                              f"({len(text)} characters)")


def check_spans(ds: Dataset) -> None:
    """Raise SchemaError naming the file of the first table with a span outside its
    document or claiming other words than its document has there."""
    documents = ds.table("documents")
    texts = dict(zip(_values(documents["id"]), _values(documents["text"]), strict=True))
    problems: dict[str, list[SpanProblem]] = {}
    found = span_problems(texts, quotes=ds.quotes, citations=ds.citations, actors=ds.actors,
                          places=ds.places, events=ds.events)
    for problem in (*found, *_mention_problems(ds, texts)):
        problems.setdefault(problem.table, []).append(problem)
    for table, listed in problems.items():
        raise SchemaError(f"{len(listed)} record(s) with a span that does not verify, e.g. "
                          f"{listed[0]}", path=str(ds.path / resource_path(table)))

