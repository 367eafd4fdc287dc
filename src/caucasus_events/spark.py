"""Build a dataset on Apache Spark: pages are parsed in the executors, and actors,
places and events are merged across pages with shuffles on the same keys the local
build merges on, so the dataset has the same files, rows and ids as ``build``.

Needs pyspark (``pip install 'caucasus-events[spark]'``) and Java 17.  Two entry points:

* ``caucasus-events build --engine spark PAGES... --out DIR`` (or
  ``build_dataset(..., engine="spark")``) reads the same inputs as the local build;
* :func:`build_dataset_spark` takes a DataFrame of pages that a user's own Spark job
  made (columns ``url`` and ``text`` or ``html``, optional ``fetched``, ``published``
  and ``origin``), e.g. ``spark.read.parquet("s3://bucket/crawl/")``.

The stages (docs/scale.md has the details and how to run on a cluster):

1. parse: ``mapInArrow`` over the pages; each executor parses its pages into pickled
   :class:`~caucasus_events.models.Page` records (kept, on memory and disk, for the
   stages below);
2. the driver reads each page's document ids in input order to skip duplicate pages
   as the local build does, then streams the per-article tables (documents, citations,
   quotes) into their Parquet files in input order, marking near-duplicate documents
   as they come (:class:`~caucasus_events.parse.corpus.DuplicateIndex`);
3. actors and places are shuffled by id and merged in the executors
   (:func:`~caucasus_events.parse.corpus.merge_records`, in input order), without their
   mention spans, which become rows of the ``mentions`` table (deduplicated and sorted
   by Spark);
4. events: the driver joins the events' merge keys
   (:func:`~caucasus_events.parse.corpus.merge_keys`) into connected groups with a
   union-find over compact integer arrays (events of a near-duplicate and of its
   original share a key more), the events are shuffled by group and each group is
   merged in an executor (:func:`~caucasus_events.parse.corpus.merge_events`, documents
   ranked by page ordinal and id as the local build ranks them);
5. the driver writes the merged tables as they come, each sorted by id and fetched a
   partition at a time (``toLocalIterator``), so it never holds a merged table whole.
"""

from __future__ import annotations

import collections
import functools
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pyarrow as pa

from caucasus_events._merge_state import ENTITY_TABLES
from caucasus_events._page_log import PageLog, page_log
from caucasus_events._redact import snippets_only
from caucasus_events.datapackage import resource_path
from caucasus_events.dataset import (
    _STREAM_ROW_GROUP,
    _STREAMED,
    BuildResult,
    InputFailure,
    _by_id,
    _check_target,
    _finish,
    _Input,
    _Merged,
    _read,
    _staging,
    _swap_into_place,
)
from caucasus_events.errors import InputError
from caucasus_events.inputs import MANIFEST_COLUMNS, PageRecord, parse_record
from caucasus_events.links import Mention
from caucasus_events.models import Actor, Event, Page, Place
from caucasus_events.parquet import ParquetStreamWriter
from caucasus_events.parse.corpus import merge_events, merge_keys, merge_records
from caucasus_events.progress import Progress
from caucasus_events.publication import Publication
from caucasus_events.schema import TABLES, as_stored

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["build_dataset_spark", "spark_session"]

# Pages per Arrow batch an executor returns: parsed pages are pickled records, so a
# batch stays a few megabytes.
_OUT_BATCH = 64
_PARSED = ("ordinal long, name string, error string, doc_ids array<string>, "
           "page binary, log binary, log_dup binary")
_ENTITY = "kind string, id string, ordinal long, pos int, record binary"
_MENTION = "rank int, id string, doc_id string, start long, end long"
_MERGED = "kind string, id string, record binary"
_EVENT = "id string, ordinal long, keys array<string>, record binary"


def spark_session(master: str | None = None, config: Mapping[str, str] | None = None,
                  ) -> SparkSession:
    """The active Spark session, or a new one with ``config`` (``master`` defaults to
    ``$SPARK_MASTER``, else ``local[*]``; spark-submit's settings win).  Executors run
    this Python unless ``PYSPARK_PYTHON`` says otherwise, so a local build finds the
    installed library."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("the Spark engine needs pyspark: pip install "
                         "'caucasus-events[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName("caucasus-events")
    if master or not _submitted():
        builder = builder.master(master or os.environ.get("SPARK_MASTER", "local[*]"))
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _submitted() -> bool:
    """Whether spark-submit (or PYSPARK_SUBMIT_ARGS) chose the master."""
    return "spark.master" in os.environ.get("PYSPARK_SUBMIT_ARGS", "") or any(
        k.startswith("SPARK_") and k.endswith("MASTER_URL") for k in os.environ) or \
        bool(os.environ.get("SPARK_ENV_LOADED"))


# --- executor functions (top level, so they pickle by reference) ------------------------


def _pages_out(rows: list[dict[str, Any]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist(rows, schema=pa.schema([
        ("ordinal", pa.int64()), ("name", pa.string()), ("error", pa.string()),
        ("doc_ids", pa.list_(pa.string())), ("page", pa.binary()), ("log", pa.binary()),
        ("log_dup", pa.binary())]))


def _parsed_row(ordinal: int, name: str, page: Page | str) -> dict[str, Any]:
    """One parsed page, with its page-log rows (as kept, and as a duplicate)."""
    log = pickle.dumps(page_log(name, page))
    if isinstance(page, str):
        return {"ordinal": ordinal, "name": name, "error": page, "doc_ids": [], "page": None,
                "log": log, "log_dup": None}
    return {"ordinal": ordinal, "name": name, "error": None,
            "doc_ids": [d.id for d in page.documents],
            "page": pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL), "log": log,
            "log_dup": pickle.dumps(page_log(name, page, duplicate=True))}


def _parse_inputs(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Pages given as pickled inputs (the command line's files, manifests and WARCs)."""
    for batch in batches:
        rows = batch.to_pylist()
        for i in range(0, len(rows), _OUT_BATCH):
            out = []
            for row in rows[i : i + _OUT_BATCH]:
                item: _Input = pickle.loads(row["input"])
                out.append(_parsed_row(row["ordinal"], row["name"], _read(item)))
            yield _pages_out(out)


def _parse_records(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Pages given as columns (a user's DataFrame)."""
    for batch in batches:
        rows = batch.to_pylist()
        for i in range(0, len(rows), _OUT_BATCH):
            out = []
            for row in rows[i : i + _OUT_BATCH]:
                name = row.get("origin") or row.get("url") or f"row {row['ordinal']}"
                record = PageRecord(origin=name, **{
                    c: (str(row[c]) if row.get(c) is not None else None)
                    for c in MANIFEST_COLUMNS})
                page = _read(_Input(name, lambda r=record: parse_record(r)))  # type: ignore[misc]
                out.append(_parsed_row(row["ordinal"], name, page))
            yield _pages_out(out)


def _entities(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    schema = pa.schema([("kind", pa.string()), ("id", pa.string()), ("ordinal", pa.int64()),
                        ("pos", pa.int32()), ("record", pa.binary())])
    for batch in batches:
        out = []
        for ordinal, blob in zip(batch.column("ordinal").to_pylist(),
                                 batch.column("page").to_pylist(), strict=True):
            page: Page = pickle.loads(blob)
            entities: tuple[tuple[str, Sequence[Actor | Place]], ...] = (
                ("actors", page.actors), ("places", page.places))
            for kind, records in entities:
                out += [{"kind": kind, "id": r.id, "ordinal": ordinal, "pos": pos,
                         "record": pickle.dumps(as_stored(r))} for pos, r in enumerate(records)]
        yield pa.RecordBatch.from_pylist(out, schema=schema)


def _entity_mentions(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Each page's actor and place spans as rows of the ``mentions`` table (the table's
    rank in :data:`ENTITY_TABLES`, record id, span), repeats included."""
    schema = pa.schema([("rank", pa.int32()), ("id", pa.string()), ("doc_id", pa.string()),
                        ("start", pa.int64()), ("end", pa.int64())])
    for batch in batches:
        out = []
        for blob in batch.column("page").to_pylist():
            page: Page = pickle.loads(blob)
            entities: tuple[Sequence[Actor | Place], ...] = (page.actors, page.places)
            for rank, records in enumerate(entities):
                out += [{"rank": rank, "id": r.id, "doc_id": s.doc_id, "start": s.start,
                         "end": s.end} for r in records for s in r.mentions]
        yield pa.RecordBatch.from_pylist(out, schema=schema)


def _merge_entities(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Rows sorted by (kind, id, ordinal, pos) within the partition: one merged record per
    (kind, id), by the rule of the local build."""
    schema = pa.schema([("kind", pa.string()), ("id", pa.string()), ("record", pa.binary())])
    group: list[Any] = []
    key: tuple[str, str] | None = None
    out: list[dict[str, Any]] = []

    def flush() -> None:
        if key is not None:
            (merged,) = merge_records(group)
            out.append({"kind": key[0], "id": key[1], "record": pickle.dumps(merged)})

    for batch in batches:
        for kind, rid, blob in zip(batch.column("kind").to_pylist(),
                                   batch.column("id").to_pylist(),
                                   batch.column("record").to_pylist(), strict=True):
            if (kind, rid) != key:
                flush()
                key, group = (kind, rid), []
            group.append(pickle.loads(blob))
        if len(out) >= _OUT_BATCH:
            yield pa.RecordBatch.from_pylist(out, schema=schema)
            out = []
    flush()
    yield pa.RecordBatch.from_pylist(out, schema=schema)


def _events(batches: Iterable[pa.RecordBatch], duplicates: Any) -> Iterator[pa.RecordBatch]:
    """Each page's events with their merge keys; events of a near-duplicate document and
    of the document it copies share a key more, so they meet in one group."""
    schema = pa.schema([("id", pa.string()), ("ordinal", pa.int64()),
                        ("keys", pa.list_(pa.string())), ("record", pa.binary())])
    duplicate_of: dict[str, str] = duplicates.value
    originals = set(duplicate_of.values())
    for batch in batches:
        out = []
        for ordinal, blob in zip(batch.column("ordinal").to_pylist(),
                                 batch.column("page").to_pylist(), strict=True):
            page: Page = pickle.loads(blob)
            for e in page.events:
                keys = set(merge_keys(e))
                keys.update(f"dup\x1f{duplicate_of.get(d, d)}" for d in e.documents
                            if d in duplicate_of or d in originals)
                out.append({"id": e.id, "ordinal": ordinal, "keys": sorted(keys),
                            "record": pickle.dumps(e)})
        yield pa.RecordBatch.from_pylist(out, schema=schema)


def _merge_groups(batches: Iterable[pa.RecordBatch], duplicates: Any,
                  ) -> Iterator[pa.RecordBatch]:
    """Rows sorted by (group, ordinal, id) within the partition: each group of connected
    events merged on its own, documents ranked by (page ordinal, id) as the local build
    ranks them (the last report of an id wins, as in the local build)."""
    schema = pa.schema([("kind", pa.string()), ("id", pa.string()), ("record", pa.binary())])
    duplicate_of: dict[str, str] = duplicates.value
    members: list[Event] = []
    arrival: dict[str, tuple[int, str]] = {}
    group: int | None = None
    out: list[dict[str, Any]] = []

    def flush() -> None:
        if group is not None:
            reports = {e.id: e for e in members}  # in input order: the last report wins
            out.extend({"kind": "events", "id": e.id, "record": pickle.dumps(e)}
                       for e in merge_events(reports.values(), arrival=arrival,
                                             duplicate_of=duplicate_of))
            out.extend({"kind": "event_reports", "id": e.id, "record": pickle.dumps(e)}
                       for e in reports.values())

    for batch in batches:
        for g, ordinal, blob in zip(batch.column("group").to_pylist(),
                                    batch.column("ordinal").to_pylist(),
                                    batch.column("record").to_pylist(), strict=True):
            if g != group:
                flush()
                group, members, arrival = g, [], {}
            event: Event = pickle.loads(blob)
            members.append(event)
            arrival.update((d, (ordinal, d)) for d in event.documents)
        if len(out) >= _OUT_BATCH:
            yield pa.RecordBatch.from_pylist(out, schema=schema)
            out = []
    flush()
    yield pa.RecordBatch.from_pylist(out, schema=schema)


# --- the driver --------------------------------------------------------------------------


class _UnionFind:
    """Connected groups over integer ids, kept as one integer array."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _event_groups(rows: Iterable[Any]) -> Iterator[tuple[str, int]]:
    """(event id, group) for rows of (id, keys): events sharing a key, directly or
    through others, are in one group."""
    uf = _UnionFind()
    key_at: dict[str, int] = {}
    event_at: dict[str, int] = {}
    for row in rows:
        i = event_at.get(row["id"])
        if i is None:
            i = event_at[row["id"]] = uf.add()
        for k in row["keys"]:
            j = key_at.get(k)
            if j is None:
                key_at[k] = i
            else:
                uf.union(i, j)
    for eid, i in event_at.items():
        yield eid, uf.find(i)


@attrs.frozen(kw_only=True)
class _Options:
    texts: bool = True
    publication: Publication | None = None


def _build(spark: SparkSession, parsed: DataFrame, tmp: Path, failures: list[InputFailure],
           progress: Progress, options: _Options) -> BuildResult:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        return _stages(spark, parsed, tmp, failures, progress, options, F)
    finally:
        parsed.unpersist()


def _stages(spark: SparkSession, parsed: DataFrame, tmp: Path, failures: list[InputFailure],
            progress: Progress, options: _Options, F: Any) -> BuildResult:
    from pyspark import StorageLevel

    # 2. duplicates and failures, in input order, from the page ids alone.
    seen_docs: set[str] = set()
    skipped: list[int] = []
    read = duplicates = 0
    log: list[PageLog] = [page_log(f.name, f.reason) for f in failures]
    meta = parsed.select("ordinal", "name", "error", "doc_ids", "log", "log_dup")
    for row in meta.orderBy("ordinal").toLocalIterator():
        progress.advance(row["name"])
        if row["error"] is not None:
            log.append(pickle.loads(row["log"]))
            failures.append(InputFailure(row["name"], row["error"]))
            progress.message(f"error: {row['name']}: {row['error']}")
            continue
        read += 1
        ids = row["doc_ids"]
        if ids and ids[0] in seen_docs:
            log.append(pickle.loads(row["log_dup"]))
            duplicates += 1
            skipped.append(row["ordinal"])
            continue
        log.append(pickle.loads(row["log"]))
        seen_docs.update(ids)
    del seen_docs
    kept = parsed.filter(F.col("error").isNull())
    if skipped:
        drop = spark.createDataFrame([(o,) for o in skipped], "ordinal long")
        kept = kept.join(F.broadcast(drop), "ordinal", "left_anti")
    # The per-article tables, streamed in input order; sources as the local build has them.
    rows: collections.Counter[str] = collections.Counter()
    sources = _Merged()
    for name in _STREAMED:
        (tmp / resource_path(name)).parent.mkdir(parents=True, exist_ok=True)
    writers = {name: ParquetStreamWriter(tmp / resource_path(name), TABLES[name],
                                         row_group_size=_STREAM_ROW_GROUP)
               for name in _STREAMED}
    try:
        for row in kept.select("ordinal", "page").orderBy("ordinal").toLocalIterator():
            page: Page = pickle.loads(row["page"])
            if not options.texts:
                page = attrs.evolve(page, documents=snippets_only(page))
            # Near-duplicates are judged in input order, as the local build judges them.
            page = attrs.evolve(page, documents=tuple(
                sources.add_document(d) for d in _by_id(page.documents)))
            for name in _STREAMED:
                records = _by_id(getattr(page, name))
                writers[name].write(records)
                rows[name] += len(records)
            sources.add_sources(page)
    finally:
        for writer in writers.values():
            writer.close()
    tables: dict[str, Iterable[Any]] = {"sources": sources.tables()["sources"]}
    copies = spark.sparkContext.broadcast(sources.duplicates.duplicates())
    del sources
    # 3. actors and places: shuffled by id, merged in input order.
    entities = (kept.select("ordinal", "page").mapInArrow(_entities, _ENTITY)
                .repartition("kind", "id")
                .sortWithinPartitions("kind", "id", "ordinal", "pos")
                .mapInArrow(_merge_entities, _MERGED))
    mentions = (kept.select("page").mapInArrow(_entity_mentions, _MENTION).distinct()
                .orderBy("rank", "id", "doc_id", "start", "end"))
    # 4. events: groups of events connected by merge keys, shuffled by group.
    events = kept.select("ordinal", "page").mapInArrow(
        functools.partial(_events, duplicates=copies), _EVENT)
    events = events.persist()
    try:
        groups = list(_event_groups(events.select("id", "keys").toLocalIterator()))
        merged = entities
        if groups:
            merged = merged.unionByName(
                events.join(spark.createDataFrame(groups, "id string, group long"), "id")
                .repartition("group")
                .sortWithinPartitions("group", "ordinal", "id")
                .select("group", "ordinal", "record")
                .mapInArrow(functools.partial(_merge_groups, duplicates=copies), _MERGED))
        del groups
        merged = merged.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            # Each merged table comes to the driver sorted by id, a partition at a time,
            # and is written as it comes: the driver never holds a table whole.
            for name in ("actors", "places", "events", "event_reports"):
                tables[name] = _records_by_id(merged, name, F)
            tables["mentions"] = _mention_rows(mentions)
            return _finish(tmp, tables, rows, read, duplicates, failures, log,
                           texts=options.texts, publication=options.publication)
        finally:
            merged.unpersist()
    finally:
        events.unpersist()


def _mention_rows(mentions: DataFrame) -> Iterator[Mention]:
    """The actors' and places' rows of the ``mentions`` table, in order, streamed to the
    driver."""
    for row in mentions.toLocalIterator():
        yield Mention(record_table=ENTITY_TABLES[row["rank"]], record_id=row["id"],
                      doc_id=row["doc_id"], start=row["start"], end=row["end"])


def _records_by_id(merged: DataFrame, kind: str, F: Any) -> Iterator[Any]:
    """The merged records of one table, in id order, streamed to the driver."""
    rows = merged.filter(F.col("kind") == kind).orderBy("id").select("record")
    for row in rows.toLocalIterator():
        yield pickle.loads(row["record"])


def build_inputs_spark(tmp: Path, inputs: Sequence[_Input], failures: list[InputFailure],
                       progress: Progress, *, texts: bool = True,
                       publication: Publication | None = None,
                       spark: SparkSession | None = None) -> BuildResult:
    """The Spark engine of :func:`~caucasus_events.dataset.build_dataset`: write the
    dataset of ``inputs`` into ``tmp``."""
    spark = spark or spark_session()
    rows = [(i, item.name, pickle.dumps(item)) for i, item in enumerate(inputs)]
    slices = max(1, min(len(rows), spark.sparkContext.defaultParallelism * 4))
    frame = spark.createDataFrame(spark.sparkContext.parallelize(rows, slices),
                                  "ordinal long, name string, input binary")
    return _build(spark, frame.mapInArrow(_parse_inputs, _PARSED), tmp, failures, progress,
                  _Options(texts=texts, publication=publication))


def build_dataset_spark(
    pages: DataFrame,
    out: str | os.PathLike[str],
    *,
    force: bool = False,
    progress: Progress | None = None,
    texts: bool = True,
    publication: Publication | None = None,
) -> BuildResult:
    """Build the dataset of a Spark DataFrame of pages into ``out`` (atomically, as
    :func:`~caucasus_events.dataset.build_dataset` does).

    ``pages`` has a ``url`` column and a ``text`` or ``html`` column (HTML is turned into
    text by trafilatura in the executors); ``fetched``, ``published`` (ISO dates) and
    ``origin`` (how errors name the page; the URL when absent) are optional.  Pages are
    taken in the DataFrame's order, which decides only which of two identical pages is
    kept.  Rows that cannot be parsed are listed in :attr:`BuildResult.failures`.
    ``texts`` and ``publication`` are those of
    :func:`~caucasus_events.dataset.build_dataset`.
    """
    from pyspark.sql import functions as F

    columns = set(pages.columns)
    if not {"text", "html"} & columns:
        raise InputError(f"the DataFrame of pages needs a 'text' or 'html' column, it has "
                         f"{sorted(columns)}")
    wanted = [c for c in (*MANIFEST_COLUMNS, "origin") if c in columns]
    frame = pages.select(*[F.col(c).cast("string") for c in wanted]).withColumn(
        "ordinal", F.monotonically_increasing_id())
    for column in (*MANIFEST_COLUMNS, "origin"):
        if column not in columns:
            frame = frame.withColumn(column, F.lit(None).cast("string"))
    parsed = frame.mapInArrow(_parse_records, _PARSED)
    options = _Options(texts=texts, publication=publication)
    return _into_place(lambda tmp, p: _build(pages.sparkSession, parsed, tmp, [], p, options),
                       Path(out), force, progress)


def _into_place(build: Callable[[Path, Progress], BuildResult], out: Path, force: bool,
                progress: Progress | None) -> BuildResult:
    _check_target(out, force)
    progress = progress or Progress(0, quiet=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _staging(out, "building") as tmp:
            result = build(tmp, progress)
            _check_target(out, force)
            _swap_into_place(tmp, out)
    finally:
        progress.close()
    return attrs.evolve(result, path=out)
