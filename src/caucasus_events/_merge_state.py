"""The merge state a dataset keeps so that ``update`` can add pages without reparsing:
the event reports (every page's own events, before reports of one happening are merged),
in one Parquet file with the Event schema beside the tables, its size and SHA-256 in
datapackage.json.  Actors, places and sources need no state of their own: their merged
tables merge on with new records by the same rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa

from caucasus_events.datapackage import PACKAGE_KEY, file_digest
from caucasus_events.errors import SchemaError
from caucasus_events.models import Event
from caucasus_events.parquet import read_table, write_parquet
from caucasus_events.schema import check_schema, from_arrow

#: Where the event reports live inside a dataset directory.
REPORTS_PATH = "state/event_reports.parquet"
#: The key of the tables dict (and of datapackage.json's ``caucasus_events`` section).
REPORTS = "event_reports"


def write_reports(directory: Path, reports: list[Event]) -> dict[str, Any]:
    """Write the reports (sorted by id) and return what datapackage.json records."""
    path = directory / REPORTS_PATH
    path.parent.mkdir(exist_ok=True)
    write_parquet(sorted(reports, key=lambda e: e.id), path, Event)
    size, digest = file_digest(path)
    return {"path": REPORTS_PATH, "rows": len(reports), "bytes": size,
            "hash": f"sha256:{digest}"}


def read_reports(directory: Path, package: dict[str, Any]) -> list[Event]:
    """The event reports of the dataset at ``directory``, checked against
    datapackage.json; SchemaError names the file when they are missing or altered."""
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
    table: pa.Table = read_table(path, Event)
    check_schema(table.schema, Event, path=str(path))
    return list(from_arrow(table, Event))
