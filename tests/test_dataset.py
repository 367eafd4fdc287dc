"""Building and loading datasets: layout, determinism, atomic and safe replacement, bad
inputs, integrity checks on load, and the query API."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import attrs
import pyarrow.parquet as pq
import pytest

import caucasus_events.dataset as dataset_mod
from caucasus_events.datapackage import (
    DATAPACKAGE,
    file_digest,
    read_datapackage,
    resource_path,
)
from caucasus_events.dataset import (
    BuildResult,
    Dataset,
    DatasetExistsError,
    EventActorLink,
    build_dataset,
    dataset_tables,
    load,
    validate_dataset,
)
from caucasus_events.dates import PartialDate
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.models import Actor, ActorKind, Event, EventType, Quote
from caucasus_events.parquet import write_parquet
from caucasus_events.parse.corpus import merge_records

CORPUS = Path(dataset_mod.__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build_dataset(None, tmp_path_factory.mktemp("ds") / "dataset")


@pytest.fixture(scope="module")
def ds(built: BuildResult) -> Dataset:
    return load(built.path)


def _files(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def _copy(built: BuildResult, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(built.path, target)
    return target


# --- layout and determinism ----------------------------------------------------------------


def test_build_writes_every_table_the_package_and_the_card(built: BuildResult) -> None:
    names = {p.name for p in built.path.iterdir()}
    assert names >= {resource_path(t).split("/")[0] for t in dataset_tables()} | {
        DATAPACKAGE, "README.md"}
    for table in dataset_tables():
        assert [p.name for p in (built.path / table).iterdir()] == ["part-0.parquet"]
    assert built.pages == 5 and not built.failures
    assert built.rows["documents"] >= 5 and built.rows["events"] > 0
    assert built.rows["event_actors"] >= 1 and built.rows["mentions"] >= built.rows["actors"]


def test_same_inputs_give_byte_identical_files(built: BuildResult, tmp_path: Path) -> None:
    again = build_dataset(None, tmp_path / "again")
    assert _files(again.path) == _files(built.path)
    # Inputs given as a directory of files, in batches of any size, build the same files.
    # (Documents read from files carry the files' URLs and the log names the files:
    # everything else is the same bytes.)
    from_dir = build_dataset([CORPUS], tmp_path / "from_dir", batch_size=2)
    differ = {resource_path("documents"), resource_path("page_log"), DATAPACKAGE, "README.md"}
    assert {k: v for k, v in _files(from_dir.path).items() if k not in differ} == {
        k: v for k, v in _files(built.path).items() if k not in differ}
    docs = [pq.read_table(d / resource_path("documents")).drop_columns(["url"])
            for d in (from_dir.path, built.path)]
    assert docs[0].equals(docs[1])


def test_parsing_in_worker_processes_builds_the_same_files(
        built: BuildResult, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(CORPUS, pages)
    (pages / "zz_image.txt").write_bytes(b"\x00\x01binary" * 50)
    parallel = build_dataset([pages], tmp_path / "parallel", jobs=2, batch_size=3)
    assert [Path(f.name).name for f in parallel.failures] == ["zz_image.txt"]
    serial = build_dataset([pages], tmp_path / "serial")
    assert _files(parallel.path) == _files(serial.path)
    # The failed page is only in the build log (and so in the package and card).
    logged = {resource_path("page_log"), resource_path("documents"), DATAPACKAGE, "README.md"}
    assert {k: v for k, v in _files(parallel.path).items() if k not in logged} == {
        k: v for k, v in _files(built.path).items() if k not in logged}
    assert [(r.input, r.status) for r in parallel.log][-1] == ("zz_image.txt", "failed")


def test_no_temporary_directories_are_left_behind(built: BuildResult) -> None:
    assert [p.name for p in built.path.parent.iterdir()] == [built.path.name]


# --- safe replacement ----------------------------------------------------------------------


def test_refuses_to_overwrite_a_dataset_without_force(built: BuildResult, tmp_path: Path) -> None:
    target = _copy(built, tmp_path)
    with pytest.raises(DatasetExistsError, match="--force"):
        build_dataset(None, target)
    assert _files(target) == _files(built.path)


def test_force_replaces_the_dataset_whole(built: BuildResult, tmp_path: Path) -> None:
    target = _copy(built, tmp_path)
    build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], target, force=True)
    assert Dataset(target).rows["documents"] < built.rows["documents"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy"]


def test_force_keeps_a_file_no_build_wrote(built: BuildResult, tmp_path: Path) -> None:
    target = _copy(built, tmp_path)
    (target / "stale.parquet").write_bytes(b"mine")
    with pytest.raises(DatasetExistsError, match=r"stale\.parquet"):
        build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], target, force=True)
    assert (target / "stale.parquet").read_bytes() == b"mine"
    assert Dataset(target).rows["documents"] == built.rows["documents"]


@pytest.mark.parametrize("force", [False, True])
def test_never_replaces_a_directory_that_is_not_a_dataset(tmp_path: Path, force: bool) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "thesis.tex").write_text("years of work")
    with pytest.raises(DatasetExistsError, match="not"):
        build_dataset(None, target, force=force)
    assert (target / "thesis.tex").read_text() == "years of work"
    plain = tmp_path / "file.txt"
    plain.write_text("x")
    with pytest.raises(DatasetExistsError):
        build_dataset(None, plain, force=force)


def test_an_empty_directory_is_built_into(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = build_dataset([CORPUS / "002_7c10b3c813de3b84.txt"], tmp_path / "empty")
    assert (result.path / DATAPACKAGE).is_file()


def test_interrupted_build_leaves_the_old_dataset_intact(
    built: BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _copy(built, tmp_path)
    real = dataset_mod._TableWriter.add
    calls: list[int] = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)  # interrupted while the merged tables are being written
        if len(calls) == 100:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(dataset_mod._TableWriter, "add", failing)
    with pytest.raises(KeyboardInterrupt):
        build_dataset(None, target, force=True)
    assert _files(target) == _files(built.path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy"]


# --- bad inputs ----------------------------------------------------------------------------


def test_bad_inputs_are_reported_by_name_and_the_rest_is_built(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(CORPUS, pages)
    (pages / "zz_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    missing = tmp_path / "no_such_page.txt"
    result = build_dataset([pages, missing], tmp_path / "out")
    failed = {Path(f.name).name: f.reason for f in result.failures}
    assert set(failed) == {"zz_image.txt", "no_such_page.txt"}
    assert result.pages == 5 and result.rows["documents"] >= 5


def test_duplicate_pages_are_read_once(built: BuildResult, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(CORPUS / "000_1f1ef511b1b46b72.txt", pages / name)
    result = build_dataset([pages], tmp_path / "out")
    assert result.duplicates == 1
    single = build_dataset([CORPUS / "000_1f1ef511b1b46b72.txt"], tmp_path / "single")
    assert {**result.rows, "page_log": 1} == single.rows
    assert [(r.input, r.status) for r in result.log] == [("a.txt", "ok"),
                                                        ("b.txt", "duplicate")]


def test_the_output_directory_is_never_read_as_input(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(CORPUS, pages)
    first = build_dataset([pages], pages / "dataset")
    again = build_dataset([pages], pages / "dataset", force=True)
    assert not again.failures and again.rows == first.rows


def test_nothing_readable_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nothing was written"):
        build_dataset([tmp_path / "missing"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


# --- integrity on load ---------------------------------------------------------------------


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("damage", "message"), [
    (_flip_byte, "corrupted"),
    (lambda p: p.write_bytes(p.read_bytes()[:-100]), "truncated"),
    (lambda p: p.unlink(), "missing"),
])
def test_damaged_files_are_named_on_load(
    built: BuildResult, tmp_path: Path, damage: Any, message: str
) -> None:
    target = _copy(built, tmp_path)
    damage(target / resource_path("events"))
    with pytest.raises(SchemaError, match=message) as info:
        load(target)
    assert resource_path("events") in str(info.value)


def test_a_foreign_parquet_file_is_named(built: BuildResult, tmp_path: Path) -> None:
    target = _copy(built, tmp_path)
    shutil.copy(target / resource_path("actors"), target / resource_path("events"))
    package = read_datapackage(target)
    for res in package["resources"]:
        if res["name"] == "events":
            src = next(r for r in package["resources"] if r["name"] == "actors")
            res["caucasus_events"], res["hash"] = src["caucasus_events"], src["hash"]
    (target / DATAPACKAGE).write_text(json.dumps(package))
    with pytest.raises(SchemaError, match=r"events/part-0\.parquet"):
        load(target)


def test_a_directory_without_a_datapackage_is_not_a_dataset(
    built: BuildResult, tmp_path: Path
) -> None:
    target = _copy(built, tmp_path)
    (target / DATAPACKAGE).unlink()
    with pytest.raises(SchemaError, match=r"datapackage\.json is missing"):
        load(target)
    (target / DATAPACKAGE).write_text("{not json")
    with pytest.raises(SchemaError, match="not valid JSON"):
        load(target)


def test_paths_in_the_package_cannot_escape_the_directory(
    built: BuildResult, tmp_path: Path
) -> None:
    target = _copy(built, tmp_path)
    package = read_datapackage(target)
    package["resources"][0]["path"] = "../../etc/passwd"
    (target / DATAPACKAGE).write_text(json.dumps(package))
    with pytest.raises(SchemaError, match=r"not listed|must be a relative path"):
        load(target)


@pytest.mark.parametrize("version", ["99.0.0", "2.1.0"])
def test_another_schema_major_is_refused_naming_the_file_and_version(
        built: BuildResult, tmp_path: Path, version: str) -> None:
    target = _copy(built, tmp_path)
    package = read_datapackage(target)
    package["caucasus_events"]["schema_version"] = version
    (target / DATAPACKAGE).write_text(json.dumps(package))
    with pytest.raises(SchemaError, match=f"{DATAPACKAGE}: schema version '{version}'.*rebuild"):
        load(target)


def test_validate_checks_rows_and_keys(built: BuildResult, tmp_path: Path) -> None:
    ds = validate_dataset(built.path)
    assert ds.rows == built.rows
    # A dangling foreign key, in a file whose checksum was updated to match.
    target = _copy(built, tmp_path)
    links = ds.records("event_actors")
    bogus = [attrs.evolve(links[0], actor_id="actor:nobody"), *links[1:]]
    write_parquet(bogus, target / resource_path("event_actors"), EventActorLink)
    package = read_datapackage(target)
    res = next(r for r in package["resources"] if r["name"] == "event_actors")
    res["caucasus_events"]["bytes"], digest = file_digest(target / resource_path("event_actors"))
    res["hash"] = f"sha256:{digest}"
    (target / DATAPACKAGE).write_text(json.dumps(package))
    load(target)  # checksums and schemas are fine
    with pytest.raises(SchemaError, match="actor:nobody") as info:
        validate_dataset(target)
    assert resource_path("event_actors") in str(info.value) and "actor_id" in str(info.value)


# --- loading and queries -------------------------------------------------------------------


def test_typed_access(ds: Dataset, built: BuildResult) -> None:
    assert len(ds.events) == built.rows["events"]
    assert all(isinstance(e, Event) for e in ds.events)
    assert all(isinstance(a, Actor) for a in ds.actors)
    assert all(isinstance(q, Quote) for q in ds.quotes)
    assert ds.table("events").num_rows == built.rows["events"]
    with pytest.raises(KeyError, match="no table"):
        ds.table("nope")


def test_events_by_actor_accepts_id_name_and_alias(ds: Dataset) -> None:
    actor_id = next(ea.actor_id for e in ds.events for ea in e.actors)
    actor = ds.actor(actor_id)
    by_id = ds.events_by_actor(actor_id)
    assert by_id and all(any(a.actor_id == actor_id for a in e.actors) for e in by_id)
    assert {e.id for e in ds.events_by_actor(actor.name.upper())} >= {e.id for e in by_id}
    with pytest.raises(KeyError, match="no actor"):
        ds.events_by_actor("Nobody Atall")
    with pytest.raises(KeyError):
        ds.actor("no-such-id")


def test_events_between_overlaps_partial_dates(ds: Dataset) -> None:
    dated = [e for e in ds.events if e.date is not None]
    assert dated
    event = dated[0]
    assert event.date is not None
    inside = ds.events_between(event.date.start, event.date.start)
    assert event in inside
    year = str(event.date.start.year)
    assert event in ds.events_between(year, year)
    assert event in ds.events_between(PartialDate(year=event.date.start.year, precision="year"),
                                      dt.date(9999, 12, 31))
    assert ds.events_between("1900", "1900") == []
    assert all(e.date is not None for e in ds.events_between("1000", "9999"))
    with pytest.raises(ValueError, match="after"):
        ds.events_between("2021", "2020")
    with pytest.raises(ValueError, match="date string"):
        ds.events_between("someday", "2020")


def test_type_kind_and_country_filters(ds: Dataset) -> None:
    event = ds.events[0]
    assert event in ds.events_of_type(event.event_type.value)
    assert all(e.event_type is EventType(event.event_type) for e in ds.events_of_type(
        event.event_type))
    with pytest.raises(ValueError, match="unknown event type"):
        ds.events_of_type("picnic")
    people = ds.actors_by_kind("person")
    assert people and all(a.kind is ActorKind.PERSON for a in people)
    aze = ds.actors_by_country("aze")
    assert aze and all(a.country == "AZE" for a in aze)


def test_quotes_by_speaker(ds: Dataset) -> None:
    spoken = [q for q in ds.quotes if q.speaker]
    assert spoken, "the bundled corpus has attributed quotes"
    speaker = spoken[0].speaker
    assert speaker is not None
    assert spoken[0] in ds.quotes_by_speaker(speaker)
    assert spoken[0] in ds.quotes_by_speaker(ds.actor(speaker).name)


def test_evidence_is_the_text_of_the_spans(ds: Dataset) -> None:
    docs = {d.id: d for d in ds.documents}
    for record in (ds.events[0], ds.actors[0], ds.places[0], *ds.quotes[:1],
                   *ds.citations[:1]):
        texts = ds.evidence(record)
        assert texts and all(texts)
        # an actor's or place's spans are read from the mentions table
        spans = dataset_mod._spans_of(record) or ds.mentions_of(record)
        assert texts == [docs[s.doc_id].evidence(s) for s in spans]
    with pytest.raises(TypeError, match="evidence"):
        ds.evidence("a string")


def test_actors_and_places_come_without_mentions_which_the_mentions_table_gives(
        built: BuildResult) -> None:
    pages = [dataset_mod._parse_bundled(n.name) for n in sorted(CORPUS.glob("*.txt"))]
    fresh = load(built.path)  # nothing read yet: mentions_of filters the file
    for name in ("actors", "places"):
        parsed = {r.id: r for r in merge_records(r for p in pages for r in getattr(p, name))}
        records = fresh.records(name)
        assert records and all(r.mentions == () for r in records)
        assert {r.id: fresh.mentions_of(r) for r in records} == {
            i: list(r.mentions) for i, r in parsed.items()}
    actor = fresh.actors[0]
    spans = fresh.mentions_of(actor)
    fresh.table("mentions")  # read whole: mentions_of filters the cached table
    assert fresh.mentions_of(actor) == fresh.mentions_of(actor.id, "actors") == spans
    assert fresh.mentions_of(actor.id, "places") == [] == fresh.mentions_of("no-such-id")
    with pytest.raises(ValueError, match="not of 'quotes'"):
        fresh.mentions_of(fresh.quotes[0])
    event = fresh.events[0]
    assert fresh.mentions_of(event) == sorted(
        event.evidence, key=lambda s: (s.doc_id, s.start, s.end))


def test_load_without_a_path_builds_the_bundled_corpus_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = load()
    assert first.path.is_relative_to(tmp_path) and first.events
    stamp = (first.path / DATAPACKAGE).stat().st_mtime_ns

    def no_build(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("rebuilt")

    monkeypatch.setattr(dataset_mod, "build_dataset", no_build)
    second = load()
    assert second.path == first.path
    assert (second.path / DATAPACKAGE).stat().st_mtime_ns == stamp
