"""The dataset's self-description: datapackage.json matches the files and the models, and
the dataset card tells a reader what is in it and how to read it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from caucasus_events.datapackage import DATAPACKAGE, Summary, read_datapackage, resource_path
from caucasus_events.dataset import BuildResult, build_dataset, dataset_tables
from caucasus_events.dates import PartialDate
from caucasus_events.errors import SchemaError
from caucasus_events.models import Actor, Event, EventActor

FRICTIONLESS_TYPES = {"string", "integer", "number", "boolean", "date", "datetime", "array",
                      "object"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build_dataset(None, tmp_path_factory.mktemp("dp") / "dataset")


def test_every_table_is_a_resource_with_size_and_sha256(built: BuildResult) -> None:
    package = read_datapackage(built.path)
    assert package["caucasus_events"]["schema_version"]
    assert package["caucasus_events"]["library_version"]
    assert [r["name"] for r in package["resources"]] == list(dataset_tables())
    for res in package["resources"]:
        data = (built.path / res["path"]).read_bytes()
        assert res["caucasus_events"]["bytes"] == len(data)
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res["rows"] == built.rows[res["name"]] == pq.ParquetFile(
            built.path / res["path"]).metadata.num_rows


def test_fields_match_the_parquet_columns_and_are_described(built: BuildResult) -> None:
    package = read_datapackage(built.path)
    names = {r["name"]: r for r in package["resources"]}
    for res in package["resources"]:
        fields = res["schema"]["fields"]
        columns = pq.read_schema(built.path / res["path"]).names
        assert [f["name"] for f in fields] == columns
        assert all(f["type"] in FRICTIONLESS_TYPES for f in fields)
        assert all(f["description"] for f in fields), res["name"]
        for key in res["schema"].get("primaryKey", []):
            assert key in columns
        for fk in res["schema"].get("foreignKeys", []):
            assert fk["fields"] in columns
            ref = names[fk["reference"]["resource"]]
            assert fk["reference"]["fields"] in [f["name"] for f in ref["schema"]["fields"]]


def test_the_card_gives_counts_dates_and_how_to_read(built: BuildResult) -> None:
    card = (built.path / "README.md").read_text(encoding="utf-8")
    assert f"| `{resource_path('events')}` | {built.rows['events']} |" in card
    assert built.summary.date_start is None or built.summary.date_start in card
    for reader in ("pyarrow", "pandas", "polars", "duckdb", "datasets", "caucasus_events.load"):
        assert reader in card


def test_read_datapackage_rejects_foreign_packages(tmp_path: Path) -> None:
    (tmp_path / DATAPACKAGE).write_text('{"name": "someone-elses", "resources": []}')
    with pytest.raises(SchemaError, match="not a caucasus_events dataset"):
        read_datapackage(tmp_path)
    with pytest.raises(SchemaError, match="not a directory"):
        read_datapackage(tmp_path / "missing")


def _event(i: int, actors: list[str], date: PartialDate | None) -> Event:
    return Event(id=f"e{i}", event_type="meeting", date=date,
                 actors=[EventActor(actor_id=a, role="participant") for a in actors])


def test_summary_counts_events_per_actor_and_date_bounds() -> None:
    june = PartialDate(year=2021, month=6, precision="month")
    may4 = PartialDate(year=2021, month=5, day=4, precision="day")
    events = [_event(1, ["a", "b"], june), _event(2, ["a", "a"], may4), _event(3, ["b"], None),
              _event(4, ["c"], None)]
    actors = [Actor(id="a", name="Alpha"), Actor(id="b", name="Beta"), Actor(id="c", name="Cee")]
    summary = Summary.from_records({"events": 4}, events, actors, schema_version="1.0.0", top=2)
    assert summary.top_actors == [("Alpha", 2), ("Beta", 2)]
    assert summary.top_event_types == [("meeting", 4)]
    assert (summary.date_start, summary.date_end) == ("2021-05-04", "2021-06-30")
    assert "date range: 2021-05-04 .. 2021-06-30" in summary.lines()
