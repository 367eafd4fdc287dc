"""Where pages come from: plain text files, manifests (JSON Lines, CSV, Parquet) with one
page per row, HTML files and WARC archives, all behind one iterator of page locators.

Every kind of input is read by its own reader that yields :class:`PageRef` locators,
small and picklable (a file and a line, a row or a byte offset), so a build can list
millions of pages without holding their text, hand them to worker processes or Spark
executors, and read each page only when it is parsed.  :func:`read_page` reads one
locator into a :class:`PageRecord` (its text or HTML, its URL, the input it came from);
:func:`parse_record` turns that into a parsed :class:`~caucasus_events.models.Page`.

HTML is turned into text by trafilatura (``pip install 'caucasus-events[html]'``) before
the parser's own layout rules; WARC files need warcio (``[warc]``).  A bad row raises
:class:`~caucasus_events.errors.InputError` naming the file and the row.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from caucasus_events._encoding import decode_page
from caucasus_events.errors import InputError
from caucasus_events.models import Page

__all__ = [
    "MANIFEST_COLUMNS",
    "PageRecord",
    "PageRef",
    "html_to_text",
    "input_kind",
    "iter_page_refs",
    "load_page",
    "parse_record",
    "read_page",
]

#: Columns a manifest row may have: ``url``, and ``text`` or ``html``, are read;
#: ``fetched`` and ``published`` (ISO dates or datetimes) are optional.
MANIFEST_COLUMNS = ("url", "text", "html", "fetched", "published")

_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_KINDS: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
    "csv": (".csv", ".csv.gz"),
    "parquet": (".parquet",),
    "warc": _WARC_SUFFIXES,
    "html": _HTML_SUFFIXES,
}


@attrs.frozen
class PageRef:
    """Where one page is: ``kind`` of input, the ``path`` of the file and, for inputs
    holding many pages, the ``index`` of its row (JSON Lines line number from 1, CSV data
    row from 1, Parquet row from 0) or the byte ``index`` of its WARC record."""

    kind: str
    path: str
    index: int | None = None
    offset: int | None = None  # byte offset of a JSON Lines line, so it is read directly

    @property
    def name(self) -> str:
        """How errors and build logs name the page: the file, then the row or offset."""
        if self.index is None:
            return self.path
        if self.kind == "warc":
            return f"{self.path}@{self.index}"
        if self.kind == "parquet":
            return f"{self.path}[row {self.index}]"
        return f"{self.path}:{self.index}"


@attrs.frozen(kw_only=True)
class PageRecord:
    """One page as read from its input, before parsing: text or HTML, its URL and dates
    when the input gives them, and ``origin``, the input it came from (see
    :attr:`PageRef.name`)."""

    origin: str
    url: str | None = None
    text: str | None = None
    html: str | None = None
    fetched: str | None = None
    published: str | None = None


def input_kind(path: str | os.PathLike[str]) -> str:
    """The kind of input a file is, by its name: jsonl, csv, parquet, warc, html or text."""
    name = os.fspath(path).lower()
    for kind, suffixes in _KINDS.items():
        if name.endswith(suffixes):
            return kind
    return "text"


def iter_page_refs(path: str | os.PathLike[str]) -> Iterator[PageRef]:
    """The pages of one file, in order, without reading their text (WARC files and JSON
    Lines manifests are scanned record by record; CSV and Parquet manifests count rows).
    Raises InputError naming the file when it is not of the kind its name says."""
    where = os.fspath(path)
    kind = input_kind(where)
    try:
        if kind in ("text", "html"):
            yield PageRef(kind, where)
        elif kind == "jsonl":
            with _open_binary(where) as fh:
                offset = 0
                for line_no, line in enumerate(fh, 1):
                    if line.strip():
                        yield PageRef(kind, where, line_no, offset)
                    offset += len(line)
        elif kind == "csv":
            rows = _csv_rows(where)
            yield from (PageRef(kind, where, i) for i in range(1, len(rows) + 1))
        elif kind == "parquet":
            yield from (PageRef(kind, where, i) for i in range(_parquet_rows(where)))
        else:
            yield from _warc_refs(where)
    except (OSError, UnicodeError, ValueError) as exc:
        raise InputError(f"cannot read this {kind} input: {exc}", path=where) from None


def read_page(ref: PageRef) -> PageRecord:
    """Read the page ``ref`` points to; InputError names the file and row when the row
    has no ``text`` or ``html``, a value of the wrong type, or cannot be read."""
    try:
        return _READERS[ref.kind](ref)
    except InputError:
        raise
    except (OSError, UnicodeError, ValueError, KeyError, IndexError) as exc:
        raise InputError(f"cannot read {ref.kind} page: {exc}", path=ref.name) from None


def load_page(ref: PageRef) -> Page:
    """Read and parse the page ``ref`` points to.  A text file is read as
    :func:`~caucasus_events.parse.parse_file` reads it, its URL being the file's own
    (``file://...``)."""
    if ref.kind == "text":
        from caucasus_events.parse import parse_file

        return parse_file(ref.path, url=Path(ref.path).resolve().as_uri())
    return parse_record(read_page(ref))


def parse_record(record: PageRecord) -> Page:
    """Parse one page record: HTML is first turned into text (:func:`html_to_text`); every
    document keeps the record's URL, and takes the record's ``published`` date when the
    page itself states none."""
    from caucasus_events.parse import parse_page

    if record.text is not None:
        text = record.text
    elif record.html is not None:
        text = html_to_text(record.html, url=record.url, where=record.origin)
    else:
        raise InputError("row has neither 'text' nor 'html'", path=record.origin)
    try:
        page = parse_page(text, url=record.url)
    except InputError as exc:
        raise InputError(str(exc), path=record.origin) from None
    fetched = _iso_instant(record.fetched, "fetched", record.origin)
    if fetched is not None:
        page = attrs.evolve(page, documents=tuple(
            attrs.evolve(d, fetched=fetched) for d in page.documents))
    if record.published and any(d.published is None for d in page.documents):
        from caucasus_events.dates import parse_date

        published = parse_date(record.published[:10])
        if published is not None:
            page = attrs.evolve(page, documents=tuple(
                d if d.published is not None else attrs.evolve(d, published=published)
                for d in page.documents))
    return page


def _iso_instant(value: str | None, column: str, where: str) -> str | None:
    """``value`` stripped when it is an ISO 8601 date or date-time (None when empty);
    InputError naming the row otherwise."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        raise InputError(f"column {column!r} is not an ISO 8601 date or date-time: "
                         f"{value!r}", path=where) from None
    return value


def html_to_text(html: str, *, url: str | None = None, where: str | None = None) -> str:
    """The article of an HTML page as plain text laid out as our parser reads a page: the
    headline, the byline and date lines, then the body paragraphs separated by blank
    lines.  Needs trafilatura (``pip install 'caucasus-events[html]'``)."""
    try:
        import trafilatura
    except ImportError:
        raise InputError("reading HTML needs trafilatura: pip install "
                         "'caucasus-events[html]'", path=where) from None
    found = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                        include_comments=False, include_tables=False)
    body = (getattr(found, "text", None) or "") if found is not None else ""
    if not body.strip():
        return ""
    title = (getattr(found, "title", None) or "").strip()
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    head = [title] if title else []
    author = (getattr(found, "author", None) or "").strip()
    date = _long_date(getattr(found, "date", None))
    byline = [f"By {author}"] if author else []
    byline += [date] if date else []
    blocks = [*head, "\n".join(byline)] if byline else head
    return "\n\n".join([*blocks, *lines]) + "\n"


def _long_date(value: Any) -> str | None:
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return f"{day:%B} {day.day}, {day.year}"


# --- readers, one per kind of input ------------------------------------------------------


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_text_file(ref: PageRef) -> PageRecord:
    from caucasus_events.parse import MAX_PAGE_CHARS

    with open(ref.path, "rb") as fh:
        data = fh.read(MAX_PAGE_CHARS * 4 + 1)
    return PageRecord(origin=ref.name, url=Path(ref.path).resolve().as_uri(),
                      **{ref.kind: _decode(data, ref.name)})


def _decode(data: bytes, where: str) -> str:
    # Almost-UTF-8 stays UTF-8, other encodings are detected (caucasus_events._encoding).
    return decode_page(data, where)[0]


def _row_record(row: Mapping[str, Any], ref: PageRef) -> PageRecord:
    if not isinstance(row, Mapping):
        raise InputError(f"row is a {type(row).__name__}, not an object with 'url' and "
                         "'text' or 'html'", path=ref.name)
    values: dict[str, str | None] = {}
    for column in MANIFEST_COLUMNS:
        value = row.get(column)
        if value is None or value == "":
            values[column] = None
        elif isinstance(value, str):
            values[column] = value
        elif column in ("fetched", "published") and isinstance(value, dt.date):
            values[column] = value.isoformat()
        else:
            raise InputError(f"column {column!r} must be a string, got "
                             f"{type(value).__name__}", path=ref.name)
    if values["text"] is None and values["html"] is None:
        present = ", ".join(sorted(map(str, row))) or "none"
        raise InputError(f"row has neither 'text' nor 'html' (columns: {present})",
                         path=ref.name)
    return PageRecord(origin=ref.name, **values)


def _read_jsonl(ref: PageRef) -> PageRecord:
    with _open_binary(ref.path) as fh:
        fh.seek(ref.offset or 0)
        line = fh.readline()
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc}", path=ref.name) from None
    return _row_record(row, ref)


@functools.lru_cache(maxsize=2)
def _csv_rows(path: str) -> list[dict[str, str]]:
    with _open_binary(path) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        csv.field_size_limit(1 << 30)
        reader = csv.DictReader(text)
        if reader.fieldnames is None or not {"text", "html"} & set(reader.fieldnames):
            raise ValueError(f"the header must name a 'text' or 'html' column, got "
                             f"{reader.fieldnames}")
        return list(reader)


def _read_csv(ref: PageRef) -> PageRecord:
    assert ref.index is not None
    row = _csv_rows(ref.path)[ref.index - 1]
    if None in row:
        raise InputError("row has more fields than the header", path=ref.name)
    return _row_record(row, ref)


def _parquet_rows(path: str) -> int:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    names = set(meta.schema.names)
    if not {"text", "html"} & names:
        raise ValueError(f"the manifest must have a 'text' or 'html' column, got {sorted(names)}")
    return int(meta.num_rows)


@functools.lru_cache(maxsize=2)
def _parquet_group(path: str, group: int) -> tuple[int, list[dict[str, Any]]]:
    """Row group ``group`` of a manifest (its first row's index and its rows): pages are
    read in order, so a process reads each row group once."""
    import pyarrow.parquet as pq

    file = pq.ParquetFile(path)
    first = sum(file.metadata.row_group(g).num_rows for g in range(group))
    columns = [c for c in MANIFEST_COLUMNS if c in file.schema_arrow.names]
    return first, file.read_row_group(group, columns=columns).to_pylist()


def _read_parquet(ref: PageRef) -> PageRecord:
    import pyarrow.parquet as pq

    assert ref.index is not None
    meta = pq.ParquetFile(ref.path).metadata
    first = 0
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        if ref.index < first + rows:
            start, records = _parquet_group(ref.path, group)
            return _row_record(records[ref.index - start], ref)
        first += rows
    raise InputError("no such row", path=ref.name)


def _warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError("reading WARC files needs warcio: pip install "
                         "'caucasus-events[warc]'") from None
    return ArchiveIterator


def _warc_refs(path: str) -> Iterator[PageRef]:
    archive = _warcio()
    with open(path, "rb") as fh:
        records = archive(fh)
        for record in records:
            if _is_page(record):
                yield PageRef("warc", path, records.get_record_offset())


def _is_page(record: Any) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    ctype = ""
    if record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return not ctype or ctype.split(";")[0].strip().lower() in (
        "text/html", "application/xhtml+xml", "text/plain")


def _read_warc(ref: PageRef) -> PageRecord:
    archive = _warcio()
    assert ref.index is not None
    with open(ref.path, "rb") as fh:
        fh.seek(ref.index)
        record = next(iter(archive(fh)), None)
        if record is None or not _is_page(record):
            raise InputError("no page record at this offset", path=ref.name)
        url = record.rec_headers.get_header("WARC-Target-URI")
        fetched = record.rec_headers.get_header("WARC-Date")
        headers = record.http_headers
        ctype = (headers.get_header("Content-Type") if headers is not None else None) or ""
        data = record.content_stream().read()
    text = _decode(data, ref.name)
    kind = "text" if ctype.split(";")[0].strip().lower() == "text/plain" else "html"
    return PageRecord(origin=ref.name, url=url or None, fetched=fetched or None,
                      **{kind: text})


_READERS: dict[str, Callable[[PageRef], PageRecord]] = {
    "text": _read_text_file,
    "html": _read_text_file,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
    "parquet": _read_parquet,
    "warc": _read_warc,
}
