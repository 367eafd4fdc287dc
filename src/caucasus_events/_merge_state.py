"""The merge state of a build, and the part of it a dataset keeps.

While a build runs, :class:`MergeState` keeps what must be merged across pages (actor,
place and event records) on disk in sorted runs (:mod:`caucasus_events._runs`) and merges
it at the end one id (or one happening) at a time, so that memory does not grow with the
number of pages.

An actor's or place's mention spans are not part of its merged record (schema 3.0.0:
the ``mentions`` table holds them, one row each): they go to runs of their own, keyed by
table, record id and position, and come back sorted and each once, so no record ever
holds all the spans of an actor named a million times.

So that ``update`` can add pages without reparsing, a dataset keeps the event reports
(every page's own events, before reports of one happening are merged) in one Parquet
file with the Event schema beside the tables, its size and SHA-256 in datapackage.json.
Actors, places and sources need no state of their own: their merged tables merge on with
new records by the same rule."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from caucasus_events._runs import Runs, Scratch, Spool, batched
from caucasus_events.datapackage import PACKAGE_KEY, file_digest
from caucasus_events.errors import SchemaError
from caucasus_events.links import Mention
from caucasus_events.models import Actor, Event, Place, Span
from caucasus_events.parquet import ParquetStreamWriter, read_table
from caucasus_events.parse.corpus import (
    _Clusters,
    _combine,
    _Entity,
    _entity,
    _family,
    _fingerprint,
    report_order,
)
from caucasus_events.schema import as_stored, check_schema, from_arrow, stored_elsewhere

#: Where the event reports live inside a dataset directory.
REPORTS_PATH = "state/event_reports.parquet"
#: The key of the tables dict (and of datapackage.json's ``caucasus_events`` section).
REPORTS = "event_reports"
# Records converted to Arrow at a time when a merged table is written.
_WRITE_BATCH = 4096
#: The tables whose records' mentions the merge streams, in the order the ``mentions``
#: table lists them.
ENTITY_TABLES = ("actors", "places")
_TABLE_RANK = {name: rank for rank, name in enumerate(ENTITY_TABLES)}


def write_reports(directory: Path, reports: Iterable[Event]) -> dict[str, Any]:
    """Write the reports (given in id order), a batch at a time, and return what
    datapackage.json records."""
    path = directory / REPORTS_PATH
    path.parent.mkdir(exist_ok=True)
    with ParquetStreamWriter(path, Event) as writer:
        for batch in batched(reports, _WRITE_BATCH):
            writer.write(batch)
    size, digest = file_digest(path)
    return {"path": REPORTS_PATH, "rows": writer.rows, "bytes": size,
            "hash": f"sha256:{digest}"}


def read_reports(directory: Path, package: dict[str, Any]) -> list[Event]:
    """The event reports of the dataset at ``directory``, checked against
    datapackage.json; SchemaError names the file when they are missing or altered."""
    path = directory / REPORTS_PATH
    check_reports(directory, package)
    table: pa.Table = read_table(path, Event)
    check_schema(table.schema, Event, path=str(path))
    return list(from_arrow(table, Event))


def check_reports(directory: Path, package: dict[str, Any]) -> None:
    """SchemaError naming the file when the dataset's event reports are missing or do
    not match datapackage.json."""
    path = directory / REPORTS_PATH
    recorded = package.get(PACKAGE_KEY, {}).get(REPORTS)
    if not isinstance(recorded, dict):
        raise SchemaError("the dataset keeps no event reports (built by an older version); "
                          "rebuild it to update it", path=str(directory / "datapackage.json"))
    if not path.is_file():
        raise SchemaError("file is missing", path=str(path))
    size, digest = file_digest(path)
    if size != recorded.get("bytes") or f"sha256:{digest}" != recorded.get("hash"):
        raise SchemaError("corrupted: size or SHA-256 does not match datapackage.json",
                          path=str(path))


class MergeState:
    """What a build merges across pages, kept on disk in sorted runs (:mod:`._runs`), so
    that memory does not grow with the pages: every page's actor and place records (by
    id and arrival) and its event reports (by id and arrival).  At the end, actors and
    places are merged one id at a time, and events by the rules of
    :func:`~caucasus_events.parse.corpus.merge_events`, holding only each cluster's merge
    state (ids, date, evidence spans), never the reports themselves.  Their mention
    spans are kept apart, as rows of the ``mentions`` table (:meth:`mentions`)."""

    def __init__(self, scratch: Scratch) -> None:
        self._scratch = scratch
        self._seq = itertools.count()
        self._reports: Runs[Event] = Runs(scratch, "reports")
        self._entities: dict[str, Runs[Any]] = {
            name: Runs(scratch, name) for name in ENTITY_TABLES}
        # (table rank, record id, doc id, start, end), each a row of the mentions table.
        self._mentions: Runs[None] = Runs(scratch, "mentions")

    @property
    def reports(self) -> int:
        """Reports added so far (a report added again under its id counts twice)."""
        return len(self._reports)

    def add_reports(self, events: Iterable[Event]) -> None:
        """Add event reports; a later report of an id replaces an earlier one."""
        for event in events:
            self._reports.add((event.id, next(self._seq)), event)

    def add_entities(self, actors: Iterable[Actor], places: Iterable[Place]) -> None:
        """Add a page's actors and places; their spans go to the mention runs, the
        records without them to the runs of their table."""
        for name, records in (("actors", actors), ("places", places)):
            runs = self._entities[name]
            for record in records:
                for field in stored_elsewhere(type(record)):
                    self._add_spans(name, record.id, getattr(record, field))
                runs.add((record.id, next(self._seq)), as_stored(record))

    def _add_spans(self, name: str, record_id: str, spans: Iterable[Span]) -> None:
        rank = _TABLE_RANK[name]
        for span in spans:
            self._mentions.add((rank, record_id, span.doc_id, span.start, span.end), None)

    def add_mentions(self, name: str, rows: Iterable[tuple[str, str, int, int]]) -> None:
        """Add mention rows (record id, doc id, start, end) of table ``name`` (actors or
        places), as a dataset's ``mentions`` table holds them."""
        rank = _TABLE_RANK[name]
        for row in rows:
            self._mentions.add((rank, *row), None)

    def mentions(self) -> Iterator[Mention]:
        """The ``mentions`` rows of the merged actors, then places: each span of a
        record once, by record id, document and offsets, streamed from the runs."""
        last = None
        for key, _ in self._mentions.drain():
            if key != last:
                last = key
                rank, record_id, doc_id, start, end = key
                yield Mention(record_table=ENTITY_TABLES[rank], record_id=record_id,
                              doc_id=doc_id, start=start, end=end)

    def entities(self, name: str) -> Iterator[Any]:
        """The merged actors (or places), one per id in id order (the rule of
        :func:`~caucasus_events.parse.corpus.merge_records`), one id in memory at a time,
        without their mentions (see :meth:`mentions`)."""
        for _, group in itertools.groupby(self._entities[name].drain(), key=_id_of):
            entity: _Entity[Any] | None = None
            for _, record in group:
                if entity is None:
                    entity = _entity(record)
                else:
                    entity.add(record)
            assert entity is not None
            yield entity.record()

    def events(self, arrival: Mapping[str, int], duplicate_of: Mapping[str, str],
               ) -> tuple[Iterator[Event], Iterator[Event]]:
        """The merged events and the reports (the last of each id), both in id order.
        The reports are read once here; iterate the events before the reports."""
        scratch = self._scratch
        kept: Spool[Event] = Spool(scratch, "kept")
        ordered: Runs[Event] = Runs(scratch, "ordered")
        maybe_copies: Runs[Event] = Runs(scratch, "maybe-copies")
        roots = set(duplicate_of.values())
        originals: dict[tuple[str, tuple[Any, ...]], str] = {}
        for _, group in itertools.groupby(self._reports.drain(), key=_id_of):
            *_, (_, event) = group
            kept.append(event)
            # by type family first: clusters never span two families, so each family is
            # clustered on its own and only its clusters' state is held at a time
            key = (_family(event.event_type), *report_order(event, arrival))
            docs = set(event.documents)
            if docs and docs <= roots:
                for d in docs:
                    found = (d, _fingerprint(event))
                    if found not in originals or event.id < originals[found]:
                        originals[found] = event.id
            elif docs and duplicate_of and all(d in duplicate_of for d in docs):
                maybe_copies.add(key, event)
                continue
            ordered.add(key, event)
        # Reports of near-duplicate documents that repeat a report of the original join
        # that report's event after every other report (as merge_events does).
        copies: Spool[tuple[Any, Event, str]] = Spool(scratch, "copies")
        plain: Spool[tuple[Any, Event]] = Spool(scratch, "plain")
        targets: set[str] = set()
        for key, event in maybe_copies.drain():
            matches = [originals[k] for d in event.documents
                       if (k := (duplicate_of[d], _fingerprint(event))) in originals]
            if matches:
                copies.append((key, event, min(matches)))
                targets.add(min(matches))
            else:
                plain.append((key, event))
        del originals
        return self._clustered(ordered, plain, copies, targets), _later(kept)

    def _clustered(self, ordered: Runs[Event], plain: Spool[tuple[Any, Event]],
                   copies: Spool[tuple[Any, Event, str]], targets: set[str],
                   ) -> Iterator[Event]:
        clusters = _Clusters()
        family = None
        grouped: Runs[Event] = Runs(self._scratch, "grouped")
        home_of: dict[str, str] = {}
        n = 0
        for key, event in heapq.merge(ordered.drain(), plain.drain(), key=_first):
            if key[0] != family:  # a family's reports are done: its clusters are final
                clusters, family = _Clusters(), key[0]
            founder = clusters.clusters[clusters.place(event)].founder
            grouped.add((founder, n), event)
            n += 1
            if event.id in targets:
                home_of[event.id] = founder
        for _, event, original in copies.drain():
            grouped.add((home_of[original], n), event)
            n += 1
        del clusters, home_of
        for _, group in itertools.groupby(grouped.drain(), key=_id_of):
            yield _combine([event for _, event in group])


def _later(spool: Spool[Event]) -> Iterator[Event]:
    yield from spool.drain()


def _id_of(pair: tuple[tuple[str, int], Any]) -> str:
    return pair[0][0]


def _first(pair: tuple[Any, ...]) -> Any:
    return pair[0]


def iter_reports(directory: Path, package: dict[str, Any], *,
                 batch_rows: int = 4096) -> Iterator[Event]:
    """The event reports of the dataset at ``directory``, as :func:`read_reports` checks
    them, read a batch at a time."""
    path = directory / REPORTS_PATH
    check_reports(directory, package)
    with pq.ParquetFile(path) as file:
        check_schema(file.schema_arrow, Event, path=str(path))
        for batch in file.iter_batches(batch_size=batch_rows):
            yield from from_arrow(pa.Table.from_batches([batch]), Event, path=str(path))
