"""The merge-memory benchmark keeps working: its synthetic pages go through the build's
merge state and merge (a tiny size; the figures are measured by the benchmark itself)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import merge_memory  # noqa: E402


def test_merge_memory_child_merges_synthetic_pages(capsys: pytest.CaptureFixture[str]) -> None:
    merge_memory.child(120)
    found = json.loads(capsys.readouterr().out)
    assert found["pages"] == 120 and found["reports"] == 120 * 18
    assert 0 < found["events"] < found["reports"]  # reports of one happening merged
    assert found["duplicates"] >= 1  # the near-copies among the pages were found
