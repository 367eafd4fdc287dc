"""Quality floors: the parser's figures on devset/ may not fall below their pinned level.

The floors live in tests/quality_floors.json with the digest of the devset they were
measured on; `python tools/parser_report.py --pin` raises them (docs/evaluation.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from _repo_tools import load_tool
from caucasus_events import Evaluation
from caucasus_events._evaluation._result import metric_info

ROOT = Path(__file__).resolve().parent.parent
FLOORS: dict[str, Any] = json.loads((ROOT / "tests" / "quality_floors.json").read_text("utf-8"))
EPSILON = float(FLOORS["epsilon"])
_HOW = "if on purpose, run `python tools/parser_report.py --pin` and commit the new floors"


def _tool() -> ModuleType:
    return load_tool("parser_report")


@pytest.fixture(scope="module")
def measured() -> Evaluation:
    result: Evaluation = _tool().measure_devset(ROOT / "devset")
    return result


def test_devset_is_the_one_the_floors_were_measured_on() -> None:
    assert _tool().devset_digest(ROOT / "devset") == FLOORS["devset_digest"], (
        f"devset/ changed since the floors were pinned; {_HOW}")


def test_every_measured_metric_is_pinned_in_its_direction(measured: Evaluation) -> None:
    from caucasus_events._evaluation import METRICS

    higher = {m.key for m in METRICS if m.higher_is_better}
    lower = {m.key for m in METRICS if not m.higher_is_better}
    assert set(FLOORS["floors"]) <= higher, "a floor pins a lower-is-better metric"
    assert set(FLOORS["ceilings"]) <= lower, "a ceiling pins a higher-is-better metric"
    unpinned = {m.key for m in METRICS if measured.value(m.key) is not None} - (
        set(FLOORS["floors"]) | set(FLOORS["ceilings"]))
    assert not unpinned, f"metrics without a floor: {sorted(unpinned)}; {_HOW}"


@pytest.mark.parametrize("key", sorted(FLOORS["floors"]))
def test_metric_holds_its_floor(measured: Evaluation, key: str) -> None:
    value = measured.value(key)
    floor = FLOORS["floors"][key]
    counts = FLOORS.get("counts", {})
    if metric_info(key).of_found and _tool()._more_found_right(measured, counts, key):
        return  # counted among found: more found and at least as many right is no loss
    assert value is not None and value >= floor - EPSILON, (
        f"{key} fell to {value} ({measured.totals[key].num}/{measured.totals[key].den}) "
        f"below its floor {floor}; {_HOW}")


@pytest.mark.parametrize("key", sorted(FLOORS["ceilings"]))
def test_metric_stays_under_its_ceiling(measured: Evaluation, key: str) -> None:
    value = measured.value(key)
    ceiling = FLOORS["ceilings"][key]
    assert value is not None and value <= ceiling + EPSILON, (
        f"{key} rose to {value} above its ceiling {ceiling}")


def test_pin_raises_floors_and_refuses_to_lower_them(measured: Evaluation) -> None:
    tool = _tool()
    higher = {"floors": {k: 1.0 for k in FLOORS["floors"]},
              "ceilings": {k: 0.0 for k in FLOORS["ceilings"]}}
    data, worse = tool.pinned(measured, "digest", higher, allow_lower=False)
    assert worse and data["floors"] == higher["floors"]
    data, worse = tool.pinned(measured, "digest", higher, allow_lower=True)
    assert worse and all(data["floors"][k] <= 1.0 for k in data["floors"])
    data, worse = tool.pinned(measured, "digest", None, allow_lower=False)
    assert not worse and data["devset_digest"] == "digest"
    assert set(data["floors"]) == set(FLOORS["floors"])


def test_a_share_of_found_may_dip_when_more_are_found_and_right(measured: Evaluation) -> None:
    tool = _tool()
    key = "actors.country"
    now = measured.totals[key]
    assert tool._more_found_right(measured, {key: [now.num - 1, now.den - 5]}, key)
    assert not tool._more_found_right(measured, {key: [now.num + 1, now.den - 5]}, key)
    assert not tool._more_found_right(measured, {key: [now.num, now.den]}, key)
    old = {"floors": {key: 1.0}, "ceilings": {}, "counts": {key: [now.num - 1, now.den - 5]}}
    data, worse = tool.pinned(measured, "digest", old, allow_lower=False)
    assert not worse and data["floors"][key] < 1.0
