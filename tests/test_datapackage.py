"""The dataset's self-description: datapackage.json matches the files and the models, and
the dataset card tells a reader what is in it and how to read it."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from caucasus_events.datapackage import DATAPACKAGE, Summary, read_datapackage, resource_path
from caucasus_events.dataset import (
    BuildResult,
    build_dataset,
    dataset_tables,
    load,
    validate_dataset,
)
from caucasus_events.dates import PartialDate
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.models import Actor, Event, EventActor
from caucasus_events.publication import Publication

FRICTIONLESS_TYPES = {"string", "integer", "number", "boolean", "date", "datetime", "any",
                      "object"}
CORPUS = Path(str(resources.files("caucasus_events") / "data" / "corpus"))


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
    return Event(id=f"e{i}", event_type="meet", date=date,
                 actors=[EventActor(actor_id=a, role="participant") for a in actors])


def test_summary_counts_events_per_actor_and_date_bounds() -> None:
    june = PartialDate(year=2021, month=6, precision="month")
    may4 = PartialDate(year=2021, month=5, day=4, precision="day")
    events = [_event(1, ["a", "b"], june), _event(2, ["a", "a"], may4), _event(3, ["b"], None),
              _event(4, ["c"], None)]
    actors = [Actor(id="a", name="Alpha"), Actor(id="b", name="Beta"), Actor(id="c", name="Cee")]
    summary = Summary.from_records({"events": 4}, events, actors, schema_version="1.0.0", top=2)
    assert summary.top_actors == [("Alpha", 2), ("Beta", 2)]
    assert summary.top_event_types == [("meet", 4)]
    assert (summary.date_start, summary.date_end) == ("2021-05-04", "2021-06-30")
    assert "date range: 2021-05-04 .. 2021-06-30" in summary.lines()


# --- a package others can validate, cite and republish ------------------------------------


def test_frictionless_validates_the_built_package(built: BuildResult) -> None:
    import frictionless

    report = frictionless.validate(str(built.path / DATAPACKAGE))
    errors = [e.message for task in report.tasks for e in task.errors] + [
        e.message for e in report.errors]
    assert report.valid, errors[:5]
    assert len(report.tasks) == len(dataset_tables())


def test_the_package_carries_licence_version_date_sources_and_contributors(
        built: BuildResult) -> None:
    package = read_datapackage(built.path)
    assert package["licenses"] and package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["version"] and package["contributors"]
    assert all(c["title"] and c["role"] for c in package["contributors"])
    # The newest publication date of the bundled pages, at midnight UTC.
    newest = max(d.published.start for d in load(built.path).documents if d.published)
    assert package["created"] == f"{newest.isoformat()}T00:00:00Z"
    titles = [s["title"] for s in package["sources"]]
    assert titles == sorted(set(titles)) and len(titles) >= 2
    assert package["caucasus_events"]["texts"] == "full"
    for res in package["resources"]:
        assert res["caucasus_events"]["glob"] == f"{res['name']}/*.parquet"
        assert all(f["arrowType"] for f in res["schema"]["fields"])


def test_source_date_epoch_sets_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    built = build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], tmp_path / "d")
    assert read_datapackage(built.path)["created"] == "2023-11-14T22:13:20Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], tmp_path / "e")


def test_the_card_states_licence_rights_limitations_and_citation(built: BuildResult) -> None:
    card = (built.path / "README.md").read_text(encoding="utf-8")
    front = card.split("---\n")[1]
    assert "license: cc-by-4.0" in front
    for name in dataset_tables():
        declared = f"- config_name: {name}\n  data_files:\n  - split: train\n    path: "
        assert f"{declared}{name}/*.parquet" in front
    for heading in ("## Licence and rights", "## Known limitations", "## How to cite"):
        assert heading in card
    assert "copyright stays with their publishers" in card and "--no-texts" in card
    assert "@misc{caucasus_events_" in card


def test_publication_metadata_reaches_package_and_card(tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({
        "title": "Caucasus wire 2025", "version": "2025.1",
        "licenses": [{"name": "ODC-BY-1.0", "path": "https://opendatacommons.org/licenses/by/"}],
        "contributors": [{"title": "A. Researcher", "role": "author"}],
    }))
    publication = Publication.from_file(meta)
    built = build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], tmp_path / "d",
                          publication=publication)
    package = read_datapackage(built.path)
    assert (package["title"], package["version"]) == ("Caucasus wire 2025", "2025.1")
    assert package["licenses"] == [
        {"name": "ODC-BY-1.0", "path": "https://opendatacommons.org/licenses/by/"}]
    card = (built.path / "README.md").read_text(encoding="utf-8")
    assert "# Caucasus wire 2025" in card and "license: odc-by-1.0" in card
    assert "author  = {A. Researcher}" in card
    meta.write_text('{"licence": "MIT"}')
    with pytest.raises(InputError, match=r"meta\.json.*unknown key.*'licence'"):
        Publication.from_file(meta)
    meta.write_text('{"licenses": [{"title": "no name, no path"}]}')
    with pytest.raises(InputError, match=r"name \(SPDX id\) or a path"):
        Publication.from_file(meta)


def test_no_texts_keeps_only_the_evidence_at_its_offsets(
        built: BuildResult, tmp_path: Path) -> None:
    lean = build_dataset(None, tmp_path / "lean", texts=False)
    full, cut = load(built.path), load(lean.path)
    assert read_datapackage(lean.path)["caucasus_events"]["texts"] == "snippets"
    assert "left out of this dataset" in (lean.path / "README.md").read_text(encoding="utf-8")
    by_id = {d.id: d for d in full.documents}
    kept = total = 0
    for doc in cut.documents:
        original = by_id[doc.id]
        assert len(doc.text) == len(original.text)
        assert doc.page_hash == original.page_hash and doc.title == original.title
        assert all(c in (o, " ") for c, o in zip(doc.text, original.text, strict=True))
        kept += sum(1 for c in doc.text if not c.isspace())
        total += sum(1 for c in original.text if not c.isspace())
    assert 0 < kept < total
    # Every record's evidence reads the same words as in the full dataset.
    for records in ("events", "quotes", "citations", "actors", "places"):
        for before, after in zip(full.records(records), cut.records(records), strict=True):
            assert cut.evidence(after) == full.evidence(before)
    validate_dataset(lean.path)


# --- pictures -------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_build_renders_the_three_pictures_into_the_card(built: BuildResult) -> None:
    from caucasus_events import _plots

    card = (built.path / "README.md").read_text(encoding="utf-8")
    for name in ("timeline", "map", "actors"):
        path = built.path / "images" / f"{name}.png"
        assert _png_size(path) == _plots.SIZE
        assert path.stat().st_size > 20_000, "a real picture, not a blank canvas"
        assert f"](images/{name}.png)" in card


def test_without_matplotlib_the_card_has_no_pictures(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from caucasus_events import _plots

    monkeypatch.setattr(_plots, "available", lambda: False)
    built = build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], tmp_path / "d")
    assert not (built.path / "images").exists()
    card = (built.path / "README.md").read_text(encoding="utf-8")
    assert "images/" not in card and "## Known limitations" in card


def test_pictures_of_nothing_are_still_pictures(tmp_path: Path) -> None:
    from caucasus_events import _plots

    written = _plots.render_all(tmp_path, {"events": [], "places": [], "actors": []})
    assert [_png_size(tmp_path / f"{n}.png") for n in written] == [_plots.SIZE] * 3


def test_the_repository_has_a_licence_and_a_citation_of_this_version() -> None:
    from caucasus_events._version import __version__

    root = Path(__file__).resolve().parent.parent
    assert (root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    citation = (root / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in citation and f"version: {__version__}\n" in citation
