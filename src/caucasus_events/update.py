"""Add pages to a built dataset without reparsing the pages it was built from.

The old dataset is read back into the build's merge state from its own files: the
per-article tables (documents, citations, quotes) are copied row group by row group, the
merged actors, places and sources seed their merge (they merge on with new records by
the same rule), with the actors' and places' rows of the ``mentions`` table, and the
event reports the dataset keeps (every page's own events before merging) are merged
again with the new pages' events, so a new report of a known happening joins its event.
The result has the rows and ids of a full rebuild over the old pages followed by the new
ones.

The new dataset is written beside the old one, under the build lock of the dataset, and
swapped into place (:mod:`caucasus_events._atomic`), so an interrupted update leaves the
old dataset intact and two updates never interleave.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from caucasus_events import _merge_state
from caucasus_events._page_log import PageLog
from caucasus_events.datapackage import PACKAGE_KEY, resource_path
from caucasus_events.dataset import (
    _STREAMED,
    BuildResult,
    Dataset,
    _build_into,
    _Merged,
    _staging,
    _swap_into_place,
    expand_inputs,
)
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.models import Actor, Document, Place
from caucasus_events.parquet import ParquetStreamWriter
from caucasus_events.progress import Progress
from caucasus_events.publication import Publication
from caucasus_events.schema import from_arrow

__all__ = ["update_dataset"]

_MENTION_ROW = ("record_id", "doc_id", "start", "end")


def update_dataset(
    dataset: str | os.PathLike[str],
    inputs: Sequence[str | os.PathLike[str]],
    *,
    batch_size: int = 500,
    progress: Progress | None = None,
    jobs: int = 1,
) -> BuildResult:
    """Add the pages of ``inputs`` (files, directories, manifests, WARCs) to the dataset
    at ``dataset`` and replace it atomically.

    Pages whose first document the dataset already has are skipped as duplicates.
    Raises SchemaError when the dataset is invalid or keeps no event reports (built by
    an older version), InputError when none of the new pages could be read (the dataset
    is left as it was).  :attr:`BuildResult.pages` counts the new pages read.
    """
    path = Path(dataset)
    old = Dataset(path)  # checks every file's size, hash and schema
    _merge_state.check_reports(path, old.package)
    pages, failures = expand_inputs(list(inputs), exclude=path.resolve())
    progress = progress or Progress(0, quiet=True)
    progress.start(len(pages))
    for failure in failures:
        progress.message(f"error: {failure.name}: {failure.reason}")

    def prime(writers: dict[str, ParquetStreamWriter], merged: _Merged,
              rows: collections.Counter[str], log: list[PageLog]) -> None:
        log.extend(old.records("page_log"))
        for name in _STREAMED:
            file = pq.ParquetFile(path / resource_path(name))
            for group in range(file.num_row_groups):
                table = _rebuild_nested_dictionaries(file.read_row_group(group))
                writers[name].write(table)
                rows[name] += table.num_rows
        # The old documents in the order they entered the dataset, with the verdicts
        # on near-duplicates they were given: new documents are ranked after them and
        # compared with them as a rebuild would.
        documents = pq.ParquetFile(path / resource_path("documents"))
        for batch in documents.iter_batches(columns=["id", "text", "duplicate_of"]):
            for doc_id, text, duplicate_of in zip(*(c.to_pylist() for c in batch.columns),
                                                  strict=True):
                merged.add_document(Document(id=doc_id, text=text, duplicate_of=duplicate_of),
                                    known=True)
        merged.sources.update((s.id, s) for s in old.sources)
        for name, model in (("actors", Actor), ("places", Place)):
            file = pq.ParquetFile(path / resource_path(name))
            for group in range(file.num_row_groups):
                records = from_arrow(_rebuild_nested_dictionaries(file.read_row_group(group)),
                                     model, path=str(path / resource_path(name)))
                merged.state.add_entities(records if name == "actors" else (),
                                          records if name == "places" else ())
        # Their mentions are rows of the mentions table (the actors' and places' first).
        mentions = pq.ParquetFile(path / resource_path("mentions"))
        for batch in mentions.iter_batches(columns=["record_table", *_MENTION_ROW]):
            for name in _merge_state.ENTITY_TABLES:
                found = batch.filter(pc.equal(batch.column(0), pa.scalar(name, pa.string())))
                merged.state.add_mentions(name, zip(
                    *(found.column(c).to_pylist() for c in _MENTION_ROW), strict=True))
        merged.state.add_reports(_merge_state.iter_reports(path, old.package))

    texts = old.package.get(PACKAGE_KEY, {}).get("texts") != "snippets"
    publication = _publication(old.package)
    try:
        with _staging(path, "updating") as tmp:
            result = _build_into(tmp, pages, failures, batch_size, progress, jobs,
                                 texts=texts, publication=publication, prime=prime)
            if not Dataset(path).package == old.package:
                raise SchemaError("changed while it was being updated; nothing was "
                                  "replaced", path=str(path))
            _swap_into_place(tmp, path)
    finally:
        progress.close()
    return attrs.evolve(result, path=path)


def _rebuild_nested_dictionaries(table: pa.Table) -> pa.Table:
    """``table`` with the dictionary fields of its struct columns made valid: Parquet
    reads a null struct's dictionary child with arbitrary indices, which Arrow rejects
    (or crashes on) when the rows are concatenated with others."""
    for i, field in enumerate(table.schema):
        if pa.types.is_struct(field.type) and any(
                pa.types.is_dictionary(f.type) for f in field.type):
            column = pa.chunked_array([_valid_struct(c) for c in table.column(i).chunks],
                                      type=field.type)
            table = table.set_column(i, field, column)
    return table


def _valid_struct(array: pa.StructArray) -> pa.StructArray:
    nulls = array.is_null()
    children = []
    for i, child_field in enumerate(array.type):
        child = array.field(i)
        if pa.types.is_dictionary(child_field.type):
            kind = child_field.type
            values = child.dictionary if len(child.dictionary) else pa.array(
                [""], kind.value_type)
            indices = pc.if_else(nulls, pa.scalar(0, kind.index_type), child.indices)
            child = pa.DictionaryArray.from_arrays(indices, values)
        children.append(child)
    return pa.StructArray.from_arrays(children, fields=list(array.type), mask=nulls)


def _publication(package: dict[str, Any]) -> Publication | None:
    """The publisher's description the dataset was built with, so the updated package
    describes it the same way (the defaults when it cannot be read back)."""
    fields = {f.name for f in attrs.fields(Publication)}
    try:
        return Publication.from_mapping({k: v for k, v in package.items() if k in fields})
    except (InputError, TypeError, ValueError):
        return None
