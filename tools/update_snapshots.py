"""Regenerate tests/snapshots/: every table's schema as readable JSON, and the public API.

Run ``python tools/update_snapshots.py`` after a deliberate schema change (with
SCHEMA_VERSION bumped and a CHANGELOG entry) or a change to ``caucasus_events.__all__``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

import caucasus_events
from caucasus_events.schema import SCHEMA_VERSION, TABLES, arrow_schema

SNAPSHOTS = Path(__file__).resolve().parent.parent / "tests" / "snapshots"


def _field(field: pa.Field) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": field.name, "type": str(field.type),
                             "nullable": field.nullable}
    description = (field.metadata or {}).get(b"description")
    if description:
        entry["description"] = description.decode("utf-8")
    kind = field.type
    if pa.types.is_list(kind):
        kind = kind.value_type
    if pa.types.is_struct(kind):
        entry["fields"] = [_field(kind.field(i)) for i in range(kind.num_fields)]
    return entry


def schemas() -> dict[str, Any]:
    """Every table's columns (name, type, nullability, description) and the version."""
    return {"schema_version": SCHEMA_VERSION,
            "tables": {name: [_field(f) for f in arrow_schema(model)]
                       for name, model in TABLES.items()}}


def public_api() -> list[str]:
    """The sorted public names of the package."""
    return sorted(caucasus_events.__all__)


def render(value: Any) -> str:
    """The JSON text a snapshot file holds."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    """Write both snapshot files."""
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    (SNAPSHOTS / "schemas.json").write_text(render(schemas()), encoding="utf-8")
    (SNAPSHOTS / "public_api.json").write_text(render(public_api()), encoding="utf-8")
    print(f"updated {SNAPSHOTS}")


if __name__ == "__main__":
    main()
