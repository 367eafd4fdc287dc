"""The dataset's self-description: a Frictionless Data Package (``datapackage.json``) with
every table's columns, keys, size and SHA-256, and a human-readable dataset card
(``README.md``).  Both are derived from the models, so they cannot drift from the data."""

from __future__ import annotations

import collections
import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

from caucasus_events._safe_read import check_footer, check_resources, dataset_file, read_json
from caucasus_events._version import __version__
from caucasus_events.errors import SchemaError
from caucasus_events.models import Actor, Event
from caucasus_events.publication import Publication, created_timestamp, outlets

__all__ = [
    "DATAPACKAGE",
    "FOREIGN_KEYS",
    "PACKAGE_KEY",
    "PRIMARY_KEYS",
    "Summary",
    "file_digest",
    "is_empty_dir",
    "is_our_dataset",
    "make_datapackage",
    "read_datapackage",
    "recorded_bytes",
    "resource_path",
    "table_glob",
    "verify_files",
    "write_json",
]

DATAPACKAGE = "datapackage.json"
# The custom key under which the package records what wrote it; its presence is what
# marks a directory as a dataset of ours.
PACKAGE_KEY = "caucasus_events"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
# The one Parquet part each table is written as today; a table directory may hold more.
TABLE_PART = "part-0.parquet"

PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["id"],
    "sources": ["id"],
    "citations": ["id"],
    "actors": ["id"],
    "places": ["id"],
    "events": ["id"],
    "quotes": ["id"],
    "event_actors": ["event_id", "actor_id", "role"],
    "event_documents": ["event_id", "document_id"],
    "event_quotes": ["event_id", "quote_id"],
}

# table -> [(columns, referenced table, referenced columns)]
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "citations": [("document_id", "documents", "id"), ("source_id", "sources", "id")],
    "quotes": [("document_id", "documents", "id"), ("speaker", "actors", "id")],
    "events": [("place", "places", "id")],
    "event_actors": [("event_id", "events", "id"), ("actor_id", "actors", "id")],
    "event_documents": [("event_id", "events", "id"), ("document_id", "documents", "id")],
    "event_quotes": [("event_id", "events", "id"), ("quote_id", "quotes", "id")],
    "mentions": [("doc_id", "documents", "id")],
}


def resource_path(name: str) -> str:
    """The path of table ``name``'s file inside a dataset directory, relative and with
    ``/`` separators: the one place the layout is decided.

    Each table is a directory of Parquet parts (``events/part-0.parquet``), so that
    ``pyarrow.dataset``, Spark, pandas and the Hugging Face loader read a table by its
    directory and DuckDB and polars by a glob (``events/*.parquet``); ``README.md``,
    ``datapackage.json`` and the card's images sit beside the table directories, never
    inside one.
    """
    return f"{name}/{TABLE_PART}"


def table_glob(name: str) -> str:
    """A glob matching every Parquet part of table ``name`` (for DuckDB, polars, the
    Hugging Face loader)."""
    return f"{name}/*.parquet"


def file_digest(path: Path) -> tuple[int, str]:
    """Size in bytes and SHA-256 (hex) of a file, read in chunks."""
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def _frictionless_type(dtype: pa.DataType) -> str:
    """The Table Schema type of an Arrow column.  Lists are ``any``: Frictionless reads a
    Parquet list as a numpy array, which its ``array`` type rejects; the exact Arrow type
    is in each field's ``arrowType``."""
    if pa.types.is_dictionary(dtype):
        return _frictionless_type(dtype.value_type)
    checks = (
        (pa.types.is_string, "string"), (pa.types.is_large_string, "string"),
        (pa.types.is_boolean, "boolean"), (pa.types.is_integer, "integer"),
        (pa.types.is_floating, "number"), (pa.types.is_date, "date"),
        (pa.types.is_timestamp, "datetime"), (pa.types.is_struct, "object"),
    )
    return next((name for check, name in checks if check(dtype)), "any")


def _arrow_type(dtype: pa.DataType) -> str:
    """A readable Arrow type: ``string``, ``date32``, ``list<struct<doc_id, start,
    end>>``, ``dictionary<string>`` (an enum)."""
    if pa.types.is_dictionary(dtype):
        return f"dictionary<{_arrow_type(dtype.value_type)}>"
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        return f"list<{_arrow_type(dtype.value_type)}>"
    if pa.types.is_struct(dtype):
        return f"struct<{', '.join(dtype.field(i).name for i in range(dtype.num_fields))}>"
    if pa.types.is_date32(dtype):
        return "date32"
    return str(dtype)


def _field_docs(model: type) -> dict[str, str]:
    return {f.name: str(f.metadata.get("doc", "")) for f in attrs.fields(model)}


def _arrow_doc(field: pa.Field) -> str:
    raw: bytes = (field.metadata or {}).get(b"description", b"")
    return raw.decode("utf-8")


def _table_schema(name: str, model: type, schema: pa.Schema) -> dict[str, Any]:
    docs = _field_docs(model)
    out: dict[str, Any] = {
        "fields": [
            # A nullable integer (Event.fatalities) reads back through pandas as floats
            # with NaN for null: Frictionless must expect a number.
            {"name": f.name, "type": "number" if f.nullable and pa.types.is_integer(f.type)
             else _frictionless_type(f.type),
             "arrowType": _arrow_type(f.type),
             "description": docs.get(f.name) or _arrow_doc(f)}
            for f in schema
        ],
    }
    if name in PRIMARY_KEYS:
        out["primaryKey"] = PRIMARY_KEYS[name]
    if name in FOREIGN_KEYS:
        out["foreignKeys"] = [
            {"fields": column, "reference": {"resource": table, "fields": ref}}
            for column, table, ref in FOREIGN_KEYS[name]
        ]
    return out


def make_datapackage(
    directory: Path,
    tables: Mapping[str, tuple[type, pa.Schema, int]],
    *,
    schema_version: str,
    publication: Publication | None = None,
    texts: bool = True,
) -> dict[str, Any]:
    """The datapackage.json content for the tables written in ``directory``.

    ``tables`` maps each table name to its model, Arrow schema and row count; sizes and
    SHA-256 digests are read from the files, so call this after writing them.  The
    licence, version, contributors and other package-level properties come from
    ``publication`` (the defaults when None); ``created`` and ``sources`` are read from
    the documents table (see :func:`~caucasus_events.publication.created_timestamp`);
    ``texts`` False records that the article texts were reduced to evidence snippets.
    """
    publication = publication or Publication()
    resources = []
    for name, (model, schema, rows) in tables.items():
        size, digest = file_digest(directory / resource_path(name))
        resources.append({
            "name": name,
            "path": resource_path(name),
            "profile": "tabular-data-resource",
            "format": "parquet",
            "mediatype": PARQUET_MEDIATYPE,
            "description": " ".join((model.__doc__ or "").strip().split("\n\n")[0].split()),
            "hash": f"sha256:{digest}",
            "rows": rows,
            "schema": _table_schema(name, model, schema),
            PACKAGE_KEY: {"bytes": size, "glob": table_glob(name)},
        })
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "caucasus-events",
        **publication.descriptor(),
    }
    documents = directory / resource_path("documents")
    if "documents" in tables:
        created = created_timestamp(documents)
        if created:
            package["created"] = created
        package["sources"] = outlets(documents)
    package[PACKAGE_KEY] = {"schema_version": schema_version, "library_version": __version__,
                            "texts": "full" if texts else "snippets"}
    package["resources"] = resources
    return package


def recorded_bytes(resource: Mapping[str, Any]) -> Any:
    """The file size a resource records (None when it records none).

    It lives in the resource's ``caucasus_events`` section, not in the standard
    ``bytes`` property: Frictionless cannot count the bytes of a Parquet file it reads
    through pyarrow and would report every resource invalid.  The SHA-256 stays in the
    standard ``hash``."""
    section = resource.get(PACKAGE_KEY)
    return section.get("bytes") if isinstance(section, Mapping) else None


def write_json(path: Path, content: Mapping[str, Any]) -> None:
    """Write JSON deterministically (fixed key order, indentation and trailing newline)."""
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def read_datapackage(directory: Path) -> dict[str, Any]:
    """The parsed datapackage.json of a dataset directory.

    Raises SchemaError naming the file when it is missing, not a regular file (a link,
    FIFO or device), too large or too deeply nested, not JSON, not written by
    caucasus_events, or has resources of another shape than a build writes.  Reads at
    most :data:`~caucasus_events._safe_read.MAX_JSON_BYTES` bytes and never blocks.
    """
    path = directory / DATAPACKAGE
    if not directory.is_dir():
        raise SchemaError("not a directory", path=str(directory))
    try:
        package = read_json(path)
    except FileNotFoundError:
        raise SchemaError(
            f"not a caucasus_events dataset: {DATAPACKAGE} is missing", path=str(path)
        ) from None
    if not isinstance(package, dict) or not isinstance(package.get(PACKAGE_KEY), dict):
        raise SchemaError(
            f"not a caucasus_events dataset: no {PACKAGE_KEY!r} section", path=str(path)
        )
    check_resources(package, str(path))
    return package


def verify_files(directory: Path, package: Mapping[str, Any], names: Iterable[str]) -> None:
    """Check that each table in ``names`` is listed in ``package`` and that its file exists
    with the recorded size and SHA-256, and that its Parquet footer records the listed
    rows plausibly; raises SchemaError naming the first bad file.

    Paths are never taken from the package: each table lives where
    :func:`resource_path` puts it, and a file whose real path leaves ``directory`` (a
    symbolic link out) or that is not a regular file is refused.
    """
    listed = {
        r.get("name"): r for r in package["resources"] if isinstance(r, dict)
    }
    for name in names:
        resource = listed.get(name)
        if resource is None or resource.get("path") != resource_path(name):
            raise SchemaError(
                f"table {name!r} is not listed in {DATAPACKAGE} at {resource_path(name)!r}",
                path=str(directory / DATAPACKAGE),
            )
        path = dataset_file(directory, resource_path(name))
        expected_size = recorded_bytes(resource)
        size = path.stat().st_size
        if size != expected_size:
            what = "truncated" if isinstance(expected_size, int) and size < expected_size \
                else "wrong size"
            raise SchemaError(
                f"{what}: {size} bytes, {DATAPACKAGE} records {expected_size}", path=str(path)
            )
        _, digest = file_digest(path)
        if resource.get("hash") != f"sha256:{digest}":
            raise SchemaError(
                f"corrupted: SHA-256 {digest} does not match {DATAPACKAGE}", path=str(path)
            )
        try:
            metadata = pq.read_metadata(path)
        except (pa.ArrowException, OSError, ValueError) as exc:
            raise SchemaError(f"not a readable Parquet file ({exc})", path=str(path)) from None
        check_footer(metadata, size, str(path), expected_rows=resource.get("rows"))


@attrs.frozen(kw_only=True)
class Summary:
    """What a dataset holds at a glance: rows per table, the span of event dates, the most
    frequent actors and event types.  Shown by ``caucasus-events info`` and the card."""

    rows: dict[str, int]
    schema_version: str
    library_version: str
    date_start: str | None
    date_end: str | None
    top_actors: list[tuple[str, int]]
    top_event_types: list[tuple[str, int]]

    @classmethod
    def from_records(
        cls,
        rows: Mapping[str, int],
        events: Sequence[Event],
        actors: Sequence[Actor],
        *,
        schema_version: str,
        library_version: str = __version__,
        top: int = 10,
    ) -> Summary:
        """Summarize ``events`` and ``actors``; ties are broken by name for determinism."""
        dated = [e.date for e in events if e.date is not None]
        names = {a.id: a.name for a in actors}
        actor_counts: collections.Counter[str] = collections.Counter()
        for event in events:
            actor_counts.update({names.get(ea.actor_id, ea.actor_id) for ea in event.actors})
        type_counts = collections.Counter(e.event_type.value for e in events)
        return cls(
            rows=dict(rows),
            schema_version=schema_version,
            library_version=library_version,
            date_start=min(d.start for d in dated).isoformat() if dated else None,
            date_end=max(d.end for d in dated).isoformat() if dated else None,
            top_actors=_top(actor_counts, top),
            top_event_types=_top(type_counts, top),
        )

    def lines(self) -> list[str]:
        """Plain-text rendering, one fact per line."""
        out = [f"schema version: {self.schema_version}",
               f"library version: {self.library_version}",
               f"date range: {self.date_start or '-'} .. {self.date_end or '-'}",
               "rows:"]
        width = max((len(n) for n in self.rows), default=0)
        out += [f"  {name:<{width}}  {n}" for name, n in self.rows.items()]
        out.append("most frequent actors (events):")
        out += [f"  {n:>5}  {name}" for name, n in self.top_actors] or ["  -"]
        out.append("most frequent event types:")
        out += [f"  {n:>5}  {name}" for name, n in self.top_event_types] or ["  -"]
        return out


def _top(counts: collections.Counter[str], n: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def is_our_dataset(directory: Path) -> bool:
    """Whether ``directory`` holds a datapackage.json written by caucasus_events."""
    try:
        read_datapackage(directory)
    except SchemaError:
        return False
    return True


def is_empty_dir(directory: Path) -> bool:
    """Whether ``directory`` is a directory with no entries at all."""
    with os.scandir(directory) as it:
        return next(it, None) is None
