"""Build an event dataset (a directory of Parquet tables with a datapackage.json) from
scraped pages, and load it back as typed records with the queries users need.

Building streams: pages are parsed in batches and the per-article tables (documents,
citations, quotes) are written as row groups as they come, so memory does not grow with
the text of the corpus.  Events, actors and places are merged across pages: their records
go to sorted run files beside the dataset being built (:mod:`caucasus_events._merge_state`)
and are merged at the end one id (or one happening) at a time, and the merged and link
tables are written in batches as the merge gives them.  What stays in memory is compact
per-document and per-happening state (arrival ranks, near-duplicate sketches, each
cluster's ids and date).
"""

from __future__ import annotations

import calendar
import collections
import concurrent.futures
import contextlib
import datetime as dt
import functools
import hashlib
import multiprocessing
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import attrs
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from caucasus_events import _merge_state, _plots
from caucasus_events._atomic import (
    build_lock,
    checkpoint,
    clean_stale,
    die_with_parent,
    foreign_files,
    record_files,
    replace_dataset,
)
from caucasus_events._card import write_card
from caucasus_events._merge_state import MergeState
from caucasus_events._page_log import LOG_TABLES, PageLog, StrictBuildError, page_log
from caucasus_events._query import ActorNames, RowCache, equals, gc_paused, is_in, positions
from caucasus_events._redact import snippets_only
from caucasus_events._runs import Scratch
from caucasus_events._validate import check_keys, check_spans
from caucasus_events._version import __version__
from caucasus_events.countries import country_code
from caucasus_events.datapackage import (
    DATAPACKAGE,
    FOREIGN_KEYS,
    PACKAGE_KEY,
    Summary,
    _top,
    is_empty_dir,
    is_our_dataset,
    make_datapackage,
    read_datapackage,
    resource_path,
    verify_files,
    write_json,
)
from caucasus_events.dates import PartialDate, parse_date
from caucasus_events.errors import CaucasusEventsError, InputError, SchemaError
from caucasus_events.inputs import iter_page_refs, load_page
from caucasus_events.links import (
    LINK_TABLES,
    EventActorLink,
    EventDocument,
    EventQuote,
    Mention,
)
from caucasus_events.models import (
    Actor,
    ActorKind,
    Citation,
    Document,
    Event,
    EventType,
    Page,
    Place,
    Quote,
    Source,
    Span,
)
from caucasus_events.parquet import ParquetStreamWriter, read_table, write_parquet
from caucasus_events.parse import parse_page
from caucasus_events.parse.citations import resolve_source
from caucasus_events.parse.corpus import DuplicateIndex
from caucasus_events.parse.gazetteer import Gazetteer
from caucasus_events.progress import Progress
from caucasus_events.publication import Publication
from caucasus_events.schema import (
    SCHEMA_VERSION,
    TABLES,
    arrow_schema,
    check_schema,
    from_arrow,
    stored_elsewhere,
    table_name,
)

__all__ = [
    "LINK_TABLES",
    "BuildResult",
    "Dataset",
    "DatasetExistsError",
    "EventActorLink",
    "EventDocument",
    "EventQuote",
    "InputFailure",
    "Mention",
    "build_dataset",
    "dataset_tables",
    "expand_inputs",
    "load",
    "validate_dataset",
]

_R = TypeVar("_R")


# Tables written as the pages stream by, in input order and by id within a page (so the
# files do not depend on the batch size); every other table is merged first, then sorted.
_STREAMED = ("documents", "citations", "quotes")
# Rows per row group of a streamed table: bounds what the writer buffers (documents carry
# their text) and, being fixed, keeps the files independent of the batch size.
_STREAM_ROW_GROUP = 2048
def dataset_tables() -> dict[str, type]:
    """Every table of a dataset, name -> model, in file order: the record tables, then the
    link tables."""
    return {**TABLES, **LINK_TABLES, **LOG_TABLES}


def _span_key(span: Span) -> tuple[str, int, int]:
    return (span.doc_id, span.start, span.end)


# --- inputs ------------------------------------------------------------------------------


@attrs.frozen
class InputFailure:
    """An input that could not be read or parsed, and why."""

    name: str
    reason: str


@attrs.frozen
class _Input:
    name: str
    read: Callable[[], Page]


def _bundled_inputs() -> list[_Input]:
    corpus = resources.files("caucasus_events") / "data" / "corpus"
    names = sorted(e.name for e in corpus.iterdir() if e.name.endswith(".txt"))
    return [_Input(f"<bundled>/{n}", functools.partial(_parse_bundled, n)) for n in names]


def _parse_bundled(name: str) -> Page:
    entry = resources.files("caucasus_events") / "data" / "corpus" / name
    return parse_page(entry.read_text(encoding="utf-8"))


def _files_under(directory: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, f) for f in sorted(files) if not f.startswith(".")]
    return found


def expand_inputs(paths: Sequence[str | os.PathLike[str]] | None, *,
                  exclude: Path | None = None) -> tuple[list[_Input], list[InputFailure]]:
    """The pages to read for ``paths`` (files, and every non-hidden file under
    directories, in sorted order; the bundled corpus when None), and the paths that do
    not exist or cannot be listed.  A manifest or WARC file gives one input per page
    (see :mod:`caucasus_events.inputs`).  Files under ``exclude`` (the output directory)
    are skipped."""
    if paths is None:
        return _bundled_inputs(), []
    inputs: list[_Input] = []
    failures: list[InputFailure] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _files_under(path)
        elif path.exists():
            files = [path]
        else:
            failures.append(InputFailure(str(path), "no such file or directory"))
            continue
        for file in files:
            key = file.resolve()
            if exclude is not None and key.is_relative_to(exclude):
                continue
            if key not in seen:
                seen.add(key)
                try:
                    inputs.extend(_Input(ref.name, functools.partial(load_page, ref))
                                  for ref in iter_page_refs(file))
                except InputError as exc:
                    failures.append(InputFailure(str(file), _reason(exc)))
    return inputs, failures


# --- building ----------------------------------------------------------------------------


class DatasetExistsError(CaucasusEventsError, FileExistsError):
    """The output directory exists and may not be replaced; the message says why."""


@attrs.frozen(kw_only=True)
class BuildResult:
    """What a build wrote: where, rows per table, pages read, duplicates skipped and the
    inputs that failed."""

    path: Path
    rows: dict[str, int]
    pages: int
    duplicates: int
    failures: tuple[InputFailure, ...]
    summary: Summary
    log: tuple[PageLog, ...] = ()


def _check_target(out: Path, force: bool) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise DatasetExistsError(f"{out}: exists and is not a directory; refusing to replace it")
    if is_empty_dir(out):
        return
    if not is_our_dataset(out):
        raise DatasetExistsError(
            f"{out}: is not empty and is not a caucasus_events dataset (no {DATAPACKAGE} of "
            "ours); refusing to replace it, even with --force")
    if not force:
        raise DatasetExistsError(
            f"{out}: a dataset already exists there; use --force to replace it")
    _refuse_foreign_files(out)


def _refuse_foreign_files(out: Path) -> None:
    foreign = foreign_files(out)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if foreign[5:] else "")
        raise DatasetExistsError(
            f"{out}: holds files no build wrote or that changed since ({shown}); refusing "
            "to replace it, even with --force: move them elsewhere first")


def _fresh_name(out: Path, what: str) -> Path:
    """A hidden name beside ``out`` (same filesystem, so renames are atomic) that no
    other build uses."""
    return out.parent / f".{out.name}.{what}-{os.getpid()}-{secrets.token_hex(4)}"


@contextlib.contextmanager
def _staging(out: Path, what: str) -> Iterator[Path]:
    """A fresh directory beside ``out`` to build into, held under the build lock of ``out``
    (debris of dead builds cleaned first) and removed when the build fails; shared by
    ``build``, ``update`` and the Spark engine."""
    with build_lock(out, DatasetExistsError):
        clean_stale(out)
        tmp = _fresh_name(out, what)
        tmp.mkdir()  # unlike mkdtemp, honours the umask: the dataset gets the usual mode
        try:
            yield tmp
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise


def _swap_into_place(built: Path, out: Path) -> None:
    """Move the finished dataset to ``out``, exchanging it with an old one in one step,
    then delete the old one's files (:mod:`caucasus_events._atomic`).  The files the
    build wrote are listed in its descriptor first; DatasetExistsError when the old
    directory holds anything a build did not write."""
    record_files(built)
    if out.is_dir() and (out / DATAPACKAGE).exists():
        _refuse_foreign_files(out)
    replace_dataset(built, out, _fresh_name(out, "old"))


def _reason(exc: BaseException) -> str:
    text = str(exc)
    path = getattr(exc, "path", None)
    # Our errors already name the path; the caller names the input itself.
    return text[len(path) + 2:] if path and text.startswith(f"{path}: ") else text


def _batches(items: Sequence[_R], size: int) -> Iterator[Sequence[_R]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_READ_ERRORS = (CaucasusEventsError, OSError, UnicodeError, ValueError)


def _read(item: _Input) -> Page | str:
    """The parsed page, or why it could not be read (run in a worker process when the
    build has several jobs, so it must be a picklable top-level function)."""
    try:
        return item.read()
    except _READ_ERRORS as exc:
        return _reason(exc)
    except Exception as exc:  # a parser bug loses this page, never the build
        return f"internal error while parsing: {type(exc).__name__}: {exc}"


@contextlib.contextmanager
def _reader(jobs: int) -> Iterator[Callable[[Sequence[_Input]], Iterable[Page | str]]]:
    """A function reading a batch of inputs in order: in this process, or spread over
    ``jobs`` worker processes (order kept, so the dataset's bytes do not change)."""
    if jobs <= 1:
        yield lambda batch: map(_read, batch)
        return
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=die_with_parent,
            initargs=(os.getpid(),)) as pool:
        yield lambda batch: pool.map(_read, batch, chunksize=4)


class _Merged:
    """What must be merged across pages: actors, places and event reports (kept on disk in
    sorted runs under ``directory`` by :class:`~caucasus_events._merge_state.MergeState`
    and merged at the end by the corpus rules: :func:`merge_records`, and
    :func:`merge_events` with reports in the order their documents arrived and
    near-duplicate documents adding mentions), and the sources documents name or
    citations resolve to.  In memory stay each document's number (its arrival rank) and
    near-duplicate filing in compact arrays (see :class:`DuplicateIndex`), and the
    sources."""

    def __init__(self, directory: Path | None = None) -> None:
        self.scratch = Scratch(directory)
        self.state = MergeState(self.scratch)
        self.sources: dict[str, Source] = {}
        self.source_refs: dict[str, str] = {}
        # Documents numbered in the order they entered the dataset, with their
        # near-duplicate verdicts.
        self.duplicates = DuplicateIndex()

    @property
    def arrival(self) -> Mapping[str, int]:
        """Each document's place in the order documents entered the dataset."""
        return self.duplicates.arrival

    def __contains__(self, doc_id: object) -> bool:
        """Whether a document of this id was added."""
        return doc_id in self.duplicates

    def close(self) -> None:
        """Remove the run files and the near-duplicate sketches' file."""
        self.scratch.close()
        self.duplicates.close()

    def add_document(self, doc: Document, *, known: bool = False) -> Document:
        """Rank ``doc`` after the documents before it and mark it when it is a
        near-duplicate of one of them (as the stored text reads, so that ``update``
        judges the old documents again from their stored rows); with ``known``, its
        ``duplicate_of`` is taken as recorded."""
        root = self.duplicates.add(doc.id, doc.text, doc.duplicate_of, known=known)
        return doc if root == doc.duplicate_of else attrs.evolve(doc, duplicate_of=root)

    def add(self, page: Page) -> Page:
        """Add a parsed page; returns it with its near-duplicate documents marked."""
        page = attrs.evolve(page, documents=tuple(
            self.add_document(d) for d in _by_id(page.documents)))
        self.state.add_entities(page.actors, page.places)
        self.state.add_reports(page.events)
        self.add_sources(page)
        return page

    def add_sources(self, page: Page) -> None:
        for doc in page.documents:
            for src in (doc.source, doc.original_publisher):
                if src is not None:
                    self.sources.setdefault(src.id, src)
        self.source_refs.update((c.source_id, c.source_text) for c in page.citations
                                if c.source_id)

    def tables(self) -> dict[str, Iterable[Any]]:
        """The merged tables, each in id order: sources as a list, the others read once
        (actors, places, the actors' and places' mention rows, events, then the event
        reports)."""
        missing = self.source_refs.keys() - self.sources.keys()
        if missing:
            known = {s.id: s for s in Gazetteer.default().sources}
            self.sources.update((i, known[i]) for i in sorted(missing) if i in known)
            # An outlet the gazetteer does not know: its row is rebuilt from the name the
            # citation wrote, as the parser did, so no citation points at nothing.
            for i in sorted(missing - known.keys()):
                text = self.source_refs[i]
                source = resolve_source(text, None)
                self.sources[i] = source if source is not None and source.id == i \
                    else Source(id=i, name=" ".join(text.split()) or i)
        events, reports = self.state.events(self.arrival, self.duplicates.duplicates())
        return {
            "sources": _by_id(self.sources.values()),
            "actors": self.state.entities("actors"),
            "places": self.state.entities("places"),
            "mentions": self.state.mentions(),
            "events": events,
            _merge_state.REPORTS: reports,
        }


def _by_id(records: Iterable[_R]) -> list[_R]:
    return sorted(records, key=lambda r: getattr(r, "id"))  # noqa: B009


def build_dataset(
    inputs: Sequence[str | os.PathLike[str]] | None,
    out: str | os.PathLike[str],
    *,
    force: bool = False,
    batch_size: int = 500,
    progress: Progress | None = None,
    jobs: int = 1,
    strict: bool = False,
    texts: bool = True,
    publication: Publication | None = None,
    engine: str = "local",
) -> BuildResult:
    """Parse ``inputs`` (files or directories; None for the bundled corpus) and write the
    dataset to ``out`` atomically.

    Every input page gets a row in the ``page_log`` table (:attr:`BuildResult.log`): ok,
    warning (with the reasons), duplicate or failed.  With ``strict``, any page with a
    warning or a failure raises :class:`StrictBuildError` (an InputError) and nothing is
    written.

    Unreadable inputs are recorded in :attr:`BuildResult.failures` and the rest is built.
    Raises DatasetExistsError when ``out`` holds a dataset and ``force`` is false, or holds
    anything else; InputError when no input could be read (nothing is written then).
    ``jobs`` > 1 parses in that many worker processes; the files are the same.
    ``texts`` False leaves the full article texts out, keeping only the evidence snippets
    at their offsets (see :mod:`caucasus_events._redact`); ``publication`` sets the
    licence, version, contributors and title written to datapackage.json and the card.
    ``engine="spark"`` parses and merges on Apache Spark (see :mod:`caucasus_events.spark`);
    the files are the same again.
    """
    out = Path(out)
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if jobs < 1:
        raise ValueError(f"jobs must be >= 1, got {jobs}")
    if engine not in ("local", "spark"):
        raise ValueError(f"engine must be 'local' or 'spark', got {engine!r}")
    _check_target(out, force)
    pages, failures = expand_inputs(inputs, exclude=out.resolve())
    progress = progress or Progress(0, quiet=True)
    progress.start(len(pages))
    for failure in failures:
        progress.message(f"error: {failure.name}: {failure.reason}")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _staging(out, "building") as tmp:
            checkpoint("building")
            if engine == "spark":
                from caucasus_events.spark import build_inputs_spark

                result = build_inputs_spark(tmp, pages, failures, progress, texts=texts,
                                            publication=publication)
            else:
                result = _build_into(tmp, pages, failures, batch_size, progress, jobs,
                                     texts=texts, publication=publication)
            checkpoint("built")
            if strict and any(row.status in ("warning", "failed") for row in result.log):
                raise StrictBuildError(result.log)
            _check_target(out, force)
            _swap_into_place(tmp, out)
    finally:
        progress.close()
    return attrs.evolve(result, path=out)


_Prime = Callable[[dict[str, ParquetStreamWriter], "_Merged", collections.Counter[str],
                   list[PageLog]], None]


def _build_into(
    tmp: Path, inputs: Sequence[_Input], failures: list[InputFailure], batch_size: int,
    progress: Progress, jobs: int = 1, *, texts: bool = True,
    publication: Publication | None = None, prime: _Prime | None = None,
) -> BuildResult:
    """Parse ``inputs`` into a dataset at ``tmp``; ``prime`` first fills the writers,
    merge state (with the documents seen), row counts and page log with an existing
    dataset's (an update, :mod:`caucasus_events.update`)."""
    merged = _Merged(tmp)
    rows: collections.Counter[str] = collections.Counter()
    read = duplicates = 0
    log: list[PageLog] = []
    for name in dataset_tables():
        (tmp / resource_path(name)).parent.mkdir(parents=True, exist_ok=True)
    writers = {name: ParquetStreamWriter(tmp / resource_path(name), TABLES[name],
                                         row_group_size=_STREAM_ROW_GROUP)
               for name in _STREAMED}
    stack = contextlib.ExitStack()
    stack.callback(merged.close)
    try:
        if prime is not None:
            prime(writers, merged, rows, log)
        log += [page_log(failure.name, failure.reason) for failure in failures]
        reader = stack.enter_context(_reader(jobs))
        for batch in _batches(inputs, batch_size):
            streamed: dict[str, list[Any]] = {name: [] for name in _STREAMED}
            for item, page in zip(batch, reader(batch), strict=True):
                if isinstance(page, str):
                    log.append(page_log(item.name, page))
                    failures.append(InputFailure(item.name, page))
                    progress.message(f"error: {item.name}: {page}")
                    progress.advance(item.name)
                    continue
                progress.advance(item.name)
                read += 1
                if page.documents and page.documents[0].id in merged:
                    log.append(page_log(item.name, page, duplicate=True))
                    duplicates += 1
                    continue
                log.append(page_log(item.name, page))
                if not texts:
                    page = attrs.evolve(page, documents=snippets_only(page))
                page = merged.add(page)
                for name in _STREAMED:
                    streamed[name].extend(_by_id(getattr(page, name)))
            for name, records in streamed.items():
                writers[name].write(records)
                rows[name] += len(records)
        for writer in writers.values():
            writer.close()
        return _finish(tmp, merged.tables(), rows, read, duplicates, failures, log,
                       texts=texts, publication=publication)
    finally:
        for writer in writers.values():
            writer.close()
        stack.close()


def _finish(tmp: Path, tables: Mapping[str, Iterable[Any]], rows: collections.Counter[str],
            read: int, duplicates: int, failures: list[InputFailure], log: list[PageLog], *,
            texts: bool, publication: Publication | None) -> BuildResult:
    """Write the merged tables (sources, actors and places without their mentions, the
    rows of the ``mentions`` table that list those, events; each given in id order and
    read once), the link tables and the page log beside the streamed ones, the event
    reports ``update`` merges on, then datapackage.json and the card; shared by the
    engines.  Records are written a batch at a time, so no table is held whole."""
    if read == 0:
        raise InputError("no input could be read; nothing was written")
    models = dataset_tables()
    tally = _Tally(plots=_plots.available())
    with contextlib.ExitStack() as stack:
        out: dict[str, _TableWriter] = {}
        for name in dict.fromkeys((*_MERGED_TABLES, *LINK_TABLES)):
            (tmp / resource_path(name)).parent.mkdir(parents=True, exist_ok=True)
            out[name] = stack.enter_context(
                _TableWriter(tmp / resource_path(name), models[name]))
        for name in _MERGED_TABLES:
            for record in tables[name]:
                out[name].add(record)
                _link_rows(name, record, out, tally)
        for writer in out.values():
            writer.close()
    rows.update({name: writer.rows for name, writer in out.items()})
    (tmp / resource_path("page_log")).parent.mkdir(parents=True, exist_ok=True)
    write_parquet(log, tmp / resource_path("page_log"), models["page_log"])
    rows["page_log"] = len(log)
    described = {name: (model, arrow_schema(model), rows[name])
                 for name, model in models.items()}
    reports = _merge_state.write_reports(tmp, tables[_merge_state.REPORTS])
    package = make_datapackage(tmp, described, schema_version=str(SCHEMA_VERSION),
                               publication=publication, texts=texts)
    package[PACKAGE_KEY][_merge_state.REPORTS] = reports
    write_json(tmp / DATAPACKAGE, package)
    summary = tally.summary({name: rows[name] for name in models})
    write_card(tmp, package, summary, tally.plot_tables())
    return BuildResult(path=tmp, rows=summary.rows, pages=read, duplicates=duplicates,
                       failures=tuple(failures), summary=summary, log=tuple(log))


# The tables merged across pages, in the order they are written: the mentions table
# lists the actors' spans, then the places' (both given by the merge, apart from the
# records), then the events' (written with each event).
_MERGED_TABLES = ("sources", "actors", "places", "mentions", "events")


class _TableWriter:
    """A Parquet file written from records a batch at a time (the same bytes as writing
    them at once: :class:`ParquetStreamWriter` cuts fixed row groups)."""

    def __init__(self, path: Path, model: type) -> None:
        self._writer = ParquetStreamWriter(path, model)
        self._batch: list[Any] = []
        self.rows = 0

    def add(self, record: Any) -> None:
        self._batch.append(record)
        self.rows += 1
        if len(self._batch) >= _WRITE_BATCH:
            self._writer.write(self._batch)
            self._batch = []

    def close(self) -> None:
        if self._batch:
            self._writer.write(self._batch)
            self._batch = []
        self._writer.close()

    def __enter__(self) -> _TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._writer.__exit__(*exc)  # type: ignore[arg-type]


_WRITE_BATCH = 4096


def _link_rows(name: str, record: Any, out: Mapping[str, _TableWriter], tally: _Tally) -> None:
    """The link-table rows of one merged record (an event's actors, documents, quotes
    and evidence spans), in the order the link tables keep, and its share of the
    summary."""
    if name in ("sources", "mentions"):
        return
    if name == "events":
        event: Event = record
        tally.event(event)
        for link in sorted({EventActorLink(event_id=event.id, actor_id=a.actor_id, role=a.role)
                            for a in event.actors}, key=lambda r: (r.actor_id, r.role.value)):
            out["event_actors"].add(link)
        for doc in sorted(set(event.documents)):
            out["event_documents"].add(EventDocument(event_id=event.id, document_id=doc))
        for quote in sorted(set(event.quotes)):
            out["event_quotes"].add(EventQuote(event_id=event.id, quote_id=quote))
        for s in sorted(event.evidence, key=_span_key):
            out["mentions"].add(Mention(record_table=name, record_id=event.id,
                                        doc_id=s.doc_id, start=s.start, end=s.end))
    else:
        tally.entity(name, record)


class _Tally:
    """The summary (:class:`Summary`) and, when the card draws pictures, slim copies of
    the records its pictures read, gathered as the merged tables stream by."""

    def __init__(self, *, plots: bool) -> None:
        self._names: dict[str, str] = {}
        self._actor_counts: collections.Counter[str] = collections.Counter()
        self._type_counts: collections.Counter[str] = collections.Counter()
        self._first: dt.date | None = None
        self._last: dt.date | None = None
        self._plots = plots
        self._plot_events: list[_PlotEvent] = []
        self._located: list[Place] = []
        self._shared: dict[Any, Any] = {}

    def entity(self, name: str, record: Any) -> None:
        if name == "actors":
            self._names[record.id] = record.name
        elif self._plots and record.latitude is not None:
            self._located.append(record)

    def event(self, event: Event) -> None:
        if event.date is not None:
            start, end = event.date.start, event.date.end
            self._first = start if self._first is None else min(self._first, start)
            self._last = end if self._last is None else max(self._last, end)
        self._actor_counts.update({self._names.get(a.actor_id, a.actor_id)
                                   for a in event.actors})
        self._type_counts[event.event_type.value] += 1
        if self._plots:
            share = self._shared.setdefault
            self._plot_events.append(_PlotEvent(
                share(event.date, event.date), event.event_type,
                share(event.place, event.place),
                share(event.actors, tuple(share(a, a) for a in event.actors))))

    def summary(self, rows: Mapping[str, int]) -> Summary:
        return Summary(
            rows=dict(rows), schema_version=str(SCHEMA_VERSION), library_version=__version__,
            date_start=self._first.isoformat() if self._first else None,
            date_end=self._last.isoformat() if self._last else None,
            top_actors=_top(self._actor_counts, 10),
            top_event_types=_top(self._type_counts, 10))

    def plot_tables(self) -> dict[str, Sequence[Any]] | None:
        if not self._plots:
            return None
        actors = [_PlotActor(i, n) for i, n in self._names.items()]
        return {"events": self._plot_events, "places": self._located, "actors": actors}


class _PlotEvent(NamedTuple):
    """What the card's pictures read of an event."""

    date: PartialDate | None
    event_type: EventType
    place: str | None
    actors: tuple[Any, ...]


class _PlotActor(NamedTuple):
    id: str
    name: str


# --- loading -----------------------------------------------------------------------------


_DateLike = dt.date | PartialDate | str


def _bounds(value: _DateLike, which: str) -> tuple[dt.date, dt.date]:
    if isinstance(value, PartialDate):
        return value.start, value.end
    if isinstance(value, dt.date):
        return value, value
    if isinstance(value, str):
        numeric = _numeric_bounds(value)
        if numeric is not None:
            return numeric
    parsed = parse_date(_month_words(value)) if isinstance(value, str) else None
    if parsed is None:
        raise ValueError(f"{which} must be a date, a PartialDate or a date string such as "
                         f"'2021', '2021-06' or '2021-06-03', got {value!r}")
    return parsed.start, parsed.end


_NUMERIC_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _numeric_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """The bounds of "2021", "2021-06" or "2021-06-03" read directly, as parse_date reads
    them (without compiling the date resolver's patterns on a first query); None for
    anything else, left to parse_date."""
    m = _NUMERIC_DATE.fullmatch(value.strip())
    if m is None:
        return None
    year = int(m.group(1))
    try:
        if m.group(2) is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(m.group(2))
        if m.group(3) is None:
            return dt.date(year, month, 1), dt.date(year, month,
                                                    calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(m.group(3)))
    except (ValueError, calendar.IllegalMonthError):
        return None
    return day, day


def _month_words(value: str) -> str:
    # parse_date does not read "2021-06"; turn it into "June 2021".
    parts = value.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{dt.date(2000, int(parts[1]), 1):%B} {parts[0]}"
    return value


class Dataset:
    """A built dataset opened for reading: typed records per table (read lazily, cached),
    Arrow tables, and the queries users ask most.

    Opening checks the schema version and every file's size and SHA-256 against
    datapackage.json, and each file's Parquet schema against the models; any mismatch
    raises SchemaError naming the file.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.package = read_datapackage(self.path)
        version = str(self.package[PACKAGE_KEY].get("schema_version"))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise SchemaError(
                f"schema version {version!r}, this library reads {SCHEMA_VERSION!r}; rebuild "
                "the dataset with this version", path=str(self.path / DATAPACKAGE))
        self.models = dataset_tables()
        verify_files(self.path, self.package, self.models)
        for name, model in self.models.items():
            file = self.path / resource_path(name)
            try:
                schema = pq.read_schema(file)
            except (pa.ArrowException, OSError) as exc:
                raise SchemaError(f"not a readable Parquet file ({exc})", path=str(file)) from None
            check_schema(schema, model, path=str(file))
        self._tables: dict[str, pa.Table] = {}
        self._records: dict[str, list[Any]] = {}
        self._texts: dict[str, str] = {}
        self._row_caches: dict[str, RowCache] = {}
        self._actor_names: ActorNames | None = None

    def __repr__(self) -> str:
        return f"Dataset({str(self.path)!r})"

    @property
    def rows(self) -> dict[str, int]:
        """Rows per table, as recorded in datapackage.json."""
        return {r["name"]: int(r.get("rows", 0)) for r in self.package["resources"]}

    @property
    def schema_version(self) -> str:
        """The schema version the dataset was written with."""
        return str(self.package[PACKAGE_KEY]["schema_version"])

    def table(self, name: str) -> pa.Table:
        """Table ``name`` as an Arrow table (read once, then cached)."""
        if name not in self.models:
            raise KeyError(f"no table {name!r}; the tables are {', '.join(self.models)}")
        if name not in self._tables:
            self._tables[name] = read_table(self.path / resource_path(name), self.models[name],
                                            rows=self.rows.get(name))
        return self._tables[name]

    def records(self, name: str) -> list[Any]:
        """Table ``name`` as a list of model instances (built once, then cached)."""
        if name not in self._records:
            table = self.table(name)
            with gc_paused():
                self._records[name] = from_arrow(table, self.models[name],
                                                 path=str(self.path / resource_path(name)))
        return self._records[name]

    @property
    def documents(self) -> list[Document]:
        """Every document (with its full text)."""
        return self.records("documents")

    @property
    def sources(self) -> list[Source]:
        """Every source (outlet)."""
        return self.records("sources")

    @property
    def citations(self) -> list[Citation]:
        """Every citation of a source by a document."""
        return self.records("citations")

    @property
    def actors(self) -> list[Actor]:
        """Every actor, without its mentions (``mentions`` is empty: the spans are rows of
        the ``mentions`` table; :meth:`mentions_of` reads one actor's)."""
        return self.records("actors")

    @property
    def places(self) -> list[Place]:
        """Every place, without its mentions (``mentions`` is empty: the spans are rows of
        the ``mentions`` table; :meth:`mentions_of` reads one place's)."""
        return self.records("places")

    @property
    def events(self) -> list[Event]:
        """Every event."""
        return self.records("events")

    @property
    def quotes(self) -> list[Quote]:
        """Every quote."""
        return self.records("quotes")

    # -- queries ---------------------------------------------------------------------

    def _select(self, name: str, mask: pa.Array | pa.ChunkedArray) -> list[Any]:
        """The records of table ``name`` where ``mask`` is true, in file order: from the
        cached records when the whole table was built, else building only those rows."""
        indices = positions(mask)
        if name in self._records:
            records = self._records[name]
            return [records[i] for i in indices]
        if name not in self._row_caches:
            self._row_caches[name] = RowCache(functools.partial(self.table, name),
                                              self.models[name])
        return self._row_caches[name].rows(indices)

    def _names(self) -> ActorNames:
        if self._actor_names is None:
            columns = ["id", "name", "aliases"]
            if "actors" in self._tables:
                actors = self._tables["actors"].select(columns)
            else:  # ParquetFile: pq.read_table would import pyarrow.dataset (~0.1 s)
                with pq.ParquetFile(self.path / resource_path("actors")) as file:
                    actors = file.read(columns=columns, use_threads=False)
            self._actor_names = ActorNames(actors)
        return self._actor_names

    def actor(self, actor_id: str) -> Actor:
        """The actor with id ``actor_id`` (without its mentions: see :meth:`mentions_of`);
        KeyError when there is none."""
        found = self._select("actors", equals(self.table("actors")["id"], actor_id))
        if not found:
            raise KeyError(f"no actor with id {actor_id!r}")
        return found[0]  # type: ignore[no-any-return]

    def actor_ids(self, actor_id_or_name: str) -> set[str]:
        """Ids of the actors with this id, or else this name or alias (accents and case
        ignored); KeyError when none matches, so a typo is not a silent empty result."""
        return self._names().lookup(actor_id_or_name)

    def events_by_actor(self, actor_id_or_name: str) -> list[Event]:
        """Events in which the actor (by id, name or alias) takes part, in any role."""
        ids = self.actor_ids(actor_id_or_name)
        links = self.table("event_actors")
        event_ids = set(links["event_id"].filter(is_in(links["actor_id"], ids)).to_pylist())
        return self._select("events", is_in(self.table("events")["id"], event_ids))

    def events_between(self, start: _DateLike, end: _DateLike) -> list[Event]:
        """Events whose date can fall within ``start``..``end`` (inclusive): a partial date
        such as "June 2021" counts when its bounds overlap the interval.  Undated events
        are left out.  Bounds may be dates, PartialDates or strings ("2021-06-03", "2021")."""
        lo = _bounds(start, "start")[0]
        hi = _bounds(end, "end")[1]
        if hi < lo:
            raise ValueError(f"start {lo} is after end {hi}")
        events = self.table("events")
        mask = pc.and_(pc.less_equal(events["date_start"], pa.scalar(hi, pa.date32())),
                       pc.greater_equal(events["date_end"], pa.scalar(lo, pa.date32())))
        return self._select("events", mask)

    def events_of_type(self, event_type: EventType | str) -> list[Event]:
        """Events of one type ("meet" or EventType.MEET)."""
        wanted = _enum(EventType, event_type, "event type")
        return self._select("events", equals(self.table("events")["event_type"], wanted.value))

    def quotes_by_speaker(self, actor_id_or_name: str) -> list[Quote]:
        """Quotes attributed to the actor (by id, name or alias)."""
        ids = self.actor_ids(actor_id_or_name)
        return self._select("quotes", is_in(self.table("quotes")["speaker"], ids))

    def actors_by_kind(self, kind: ActorKind | str) -> list[Actor]:
        """Actors of one kind ("person", "state", ...)."""
        wanted = _enum(ActorKind, kind, "actor kind")
        return self._select("actors", equals(self.table("actors")["kind"], wanted.value))

    def actors_by_country(self, country: str) -> list[Actor]:
        """Actors belonging to ``country``: an English name ("Armenia"), an ISO 3166-1
        alpha-2 ("AM") or alpha-3 ("ARM") code.  KeyError when no country is known by
        that name, so a typo is not a silent empty result."""
        code = country_code(country)
        return self._select("actors", equals(self.table("actors")["country"], code))

    def mentions_of(self, record: Any, table: str | None = None) -> list[Span]:
        """The spans the ``mentions`` table lists for ``record``: an Actor, Place or
        Event, or a record id (of any table, or of ``table``: "actors", "places" or
        "events"), by document and offsets.  Reads only that record's rows (row groups
        are skipped by their statistics), so it is how to get an actor's or place's
        mentions, which the records of a dataset do not carry."""
        if isinstance(record, str):
            record_id = record
        else:
            record_id, table = record.id, table_name(type(record))
        if table is not None and table not in _MENTIONED:
            raise ValueError(f"the mentions table lists the spans of {', '.join(_MENTIONED)}, "
                             f"not of {table!r}")
        wanted = [("record_id", "==", record_id)]
        if table is not None:
            wanted.append(("record_table", "==", table))
        columns = ["doc_id", "start", "end"]
        if "mentions" in self._tables:
            rows = self._tables["mentions"]
            mask = pc.equal(rows["record_id"], pa.scalar(record_id, pa.string()))
            if table is not None:
                mask = pc.and_(mask, pc.equal(rows["record_table"], pa.scalar(table, pa.string())))
            found = rows.filter(mask).select(columns)
        else:
            found = pq.read_table(self.path / resource_path("mentions"), columns=columns,
                                  filters=wanted)
        return [Span(doc_id=d, start=a, end=b) for d, a, b in zip(
            *(found[c].to_pylist() for c in columns), strict=True)]

    def evidence(self, record: Any) -> list[str]:
        """The text of every span of ``record`` (an event's evidence, a quote's words, an
        actor's or place's mentions, a citation, a document's paragraphs, or a Span).
        An actor or place without mentions, as a dataset gives them, has its mentions
        read from the ``mentions`` table (:meth:`mentions_of`)."""
        spans = _spans_of(record)
        if not spans and stored_elsewhere(type(record)):
            spans = self.mentions_of(record)
        texts = self._document_texts({s.doc_id for s in spans})
        missing = sorted({s.doc_id for s in spans} - texts.keys())
        if missing:
            raise KeyError(f"documents {missing} are not in the dataset")
        return [s.extract(texts[s.doc_id]) for s in spans]

    def _document_texts(self, ids: set[str]) -> dict[str, str]:
        wanted = ids - self._texts.keys()
        if wanted:
            if "documents" in self._tables:
                table = self._tables["documents"]
            else:
                table = pq.read_table(self.path / resource_path("documents"),
                                      columns=["id", "text"])
            table = table.filter(pc.is_in(table["id"], pa.array(sorted(wanted), pa.string())))
            self._texts.update(zip(table["id"].to_pylist(), table["text"].to_pylist(), strict=True))
        return {i: self._texts[i] for i in ids if i in self._texts}


# The tables whose records' spans are rows of the mentions table.
_MENTIONED = ("actors", "places", "events")


def _enum(cls: type[Any], value: Any, what: str) -> Any:
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"unknown {what} {value!r}; one of {allowed}") from None


_SPANS: tuple[tuple[type, Callable[[Any], Sequence[Span]]], ...] = (
    (Span, lambda r: (r,)),
    (Event, lambda r: r.evidence),
    (Quote, lambda r: (r.span,)),
    (Citation, lambda r: (r.span,)),
    (Actor, lambda r: r.mentions),
    (Place, lambda r: r.mentions),
    (Document, lambda r: r.paragraphs),
    (Mention, lambda r: (Span(doc_id=r.doc_id, start=r.start, end=r.end),)),
)


def _spans_of(record: Any) -> list[Span]:
    for cls, spans in _SPANS:
        if isinstance(record, cls):
            return list(spans(record))
    raise TypeError(f"evidence() takes a record with spans, not {type(record).__name__}")


# --- validation and the bundled dataset --------------------------------------------------


def validate_dataset(path: str | os.PathLike[str]) -> Dataset:
    """Check a dataset thoroughly: checksums and schemas (as :class:`Dataset` does), then
    every table read in full and every row rebuilt as a validated record, its row count
    against datapackage.json, and every foreign key resolved.  Raises SchemaError naming
    the file; returns the opened dataset.  Also every primary key unique and every span
    inside its document, claiming the words it covers (:mod:`caucasus_events._validate`)."""
    ds = Dataset(path)
    for name in ds.models:
        file = str(ds.path / resource_path(name))
        try:
            table = ds.table(name)
        except (pa.ArrowException, OSError) as exc:
            raise SchemaError(f"cannot be read ({exc})", path=file) from None
        if table.num_rows != ds.rows.get(name):
            raise SchemaError(f"{table.num_rows} rows, {DATAPACKAGE} records "
                              f"{ds.rows.get(name)}", path=file)
        ds.records(name)  # every record through its model's validators; errors name the file
    check_keys(ds)
    for name, keys in FOREIGN_KEYS.items():
        for column, ref_table, ref_column in keys:
            values = pc.drop_null(ds.table(name)[column])
            dangling = pc.invert(pc.is_in(values, ds.table(ref_table)[ref_column]))
            bad = values.filter(dangling).unique().to_pylist()
            if bad:
                raise SchemaError(f"{len(bad)} value(s) not found in {ref_table}.{ref_column}, "
                                  f"e.g. {bad[0]!r}", path=str(ds.path / resource_path(name)),
                                  column=column)
    check_spans(ds)
    return ds


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "caucasus_events"


def _bundled_key() -> str:
    """A key that changes whenever anything that shapes the bundled dataset does: the
    library's code, its data files (corpus, gazetteer, cue and layout tables) or the
    schema version."""
    sha = hashlib.sha256(f"{__version__}\x1f{SCHEMA_VERSION}".encode())
    for name, content in _package_files(resources.files("caucasus_events"), ""):
        sha.update(name.encode() + b"\x1f" + content + b"\x1e")
    return f"{__version__}-{sha.hexdigest()[:12]}"


def _package_files(folder: Any, prefix: str) -> Iterator[tuple[str, bytes]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _package_files(entry, name + "/")
        elif entry.name.endswith((".py", ".json", ".txt")):
            yield name, entry.read_bytes()


def load(path: str | os.PathLike[str] | None = None) -> Dataset:
    """Open the dataset at ``path``; with None, the dataset of the bundled corpus, built
    once into ``$XDG_CACHE_HOME/caucasus_events/<version>-<hash>`` (a temporary directory
    when the cache is not writable) and reused while the library's code and data are
    unchanged."""
    if path is not None:
        return Dataset(path)
    target = _cache_root() / _bundled_key()
    try:
        return Dataset(target)
    except SchemaError:
        pass
    try:
        build_dataset(None, target, force=target.exists())
    except DatasetExistsError:
        pass  # another process built it meanwhile
    except OSError:
        target = Path(tempfile.mkdtemp(prefix="caucasus_events-")) / "dataset"
        build_dataset(None, target)
    return Dataset(target)
