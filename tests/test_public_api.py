"""Public names and table schemas change only on purpose: snapshots catch accidents."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

from _repo_tools import load_tool

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots"
_HOW = "run `python tools/update_snapshots.py`"


def _tool() -> ModuleType:
    return load_tool("update_snapshots")


def _snapshot(name: str) -> Any:
    return json.loads((SNAPSHOTS / name).read_text(encoding="utf-8"))


def test_public_api_matches_snapshot() -> None:
    assert _tool().public_api() == _snapshot("public_api.json"), (
        f"caucasus_events.__all__ changed; if on purpose, {_HOW}")


def test_schema_changes_bump_the_schema_version() -> None:
    current, recorded = _tool().schemas(), _snapshot("schemas.json")
    if current["tables"] != recorded["tables"]:
        assert current["schema_version"] != recorded["schema_version"], (
            "a table schema changed but SCHEMA_VERSION did not: bump SCHEMA_VERSION, add a "
            f"CHANGELOG entry, {_HOW}")
    assert current == recorded, f"schema snapshot is stale: {_HOW}"


def test_changelog_mentions_the_schema_version() -> None:
    version = _tool().schemas()["schema_version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"schema version {version}" in changelog.lower() or f"`{version}`" in changelog, (
        f"CHANGELOG.md does not mention schema version {version}")
