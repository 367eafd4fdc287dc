"""The build's merge state on disk (sorted runs, compact clusters) gives what merging in
memory gives, and the merge-memory benchmark keeps working: its synthetic pages go
through the build's merge state and merge (a tiny size; the figures are measured by the
benchmark itself)."""

from __future__ import annotations

import json
import random
import shutil
import sys
import tracemalloc
from pathlib import Path

import pytest

import caucasus_events._runs as runs_mod
import caucasus_events.dataset as dataset_mod
from caucasus_events._runs import Runs, Scratch, Spool
from caucasus_events.dataset import _Merged, build_dataset
from caucasus_events.links import Mention
from caucasus_events.parse.corpus import DuplicateIndex, merge_events, merge_records
from caucasus_events.schema import as_stored

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import entity_memory  # noqa: E402
import merge_memory  # noqa: E402


def test_merge_memory_child_merges_synthetic_pages(capsys: pytest.CaptureFixture[str]) -> None:
    merge_memory.child(120)
    found = json.loads(capsys.readouterr().out)
    assert found["pages"] == 120 and found["reports"] == 120 * 18
    assert 0 < found["events"] < found["reports"]  # reports of one happening merged
    assert found["duplicates"] >= 1  # the near-copies among the pages were found


def test_entity_memory_child_writes_each_record_and_span_once(
        capsys: pytest.CaptureFixture[str]) -> None:
    entity_memory.child(60)
    found = json.loads(capsys.readouterr().out)
    pages = list(entity_memory._entities(60))
    spans = {(kind, r.id, s) for page in pages for kind, records in enumerate(page)
             for r in records for s in r.mentions}
    assert found["mentions"] == len(spans) > 60 * entity_memory._HOT_SPANS
    assert found["actors"] == len({a.id for actors, _ in pages for a in actors})
    assert found["places"] == len({p.id for _, places in pages for p in places})


# --- the build's merge state on disk -------------------------------------------------------

CORPUS = Path(dataset_mod.__file__).parent / "data" / "corpus"


def _files(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_runs_give_pairs_back_in_key_order_across_spilled_runs(tmp_path: Path) -> None:
    scratch = Scratch(tmp_path)
    keys = list(range(1000))
    random.Random(4).shuffle(keys)
    runs: Runs[str] = Runs(scratch, "t", run_size=64)
    spool: Spool[int] = Spool(scratch, "s", run_size=64)
    for k in keys:
        runs.add((k // 10, k), f"item{k}")
        spool.append(k)
    assert len(list((tmp_path / ".merge").iterdir())) > 10  # spilled to run files
    assert [item for _, item in runs.drain()] == [f"item{k}" for k in range(1000)]
    assert list(spool.drain()) == keys
    scratch.close()
    assert not (tmp_path / ".merge").exists()


def test_a_build_spilling_every_few_records_writes_the_same_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(CORPUS, pages)
    first = sorted(pages.glob("*.txt"))[0]
    # A reprint (near-duplicate) and an exact copy of a page.
    (pages / "zz_reprint.txt").write_text("Reprinted from elsewhere\n\n" + first.read_text()
                                          + "\n\nRead more.\n", encoding="utf-8")
    shutil.copy(first, pages / "zz_same.txt")
    kept = build_dataset([pages], tmp_path / "memory", batch_size=2)
    monkeypatch.setattr(runs_mod, "RUN_SIZE", 7)
    spilled = build_dataset([pages], tmp_path / "spilled", batch_size=2)
    assert kept.rows == spilled.rows and kept.rows["events"] > 0
    assert _files(tmp_path / "memory") == _files(tmp_path / "spilled")
    assert not any(p.name.startswith(".") for p in (tmp_path / "spilled").iterdir())


def test_the_merge_state_gives_what_merging_in_memory_gives(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setattr(runs_mod, "RUN_SIZE", 50)
    pages = list(merge_memory._pages(60))
    merged = _Merged(tmp_path)
    for page in pages:
        merged.add(page)  # type: ignore[arg-type]
    tables = merged.tables()
    actors = list(tables["actors"])
    places = list(tables["places"])
    mentions = list(tables["mentions"])
    events = list(tables["events"])
    reports = list(tables["event_reports"])
    merged.close()
    every = [e for p in pages for e in p.events]  # type: ignore[attr-defined]
    expected = merge_events(every, arrival=merged.arrival,
                            duplicate_of=merged.duplicates.duplicates())
    assert events == sorted(expected, key=lambda e: e.id)
    assert reports == sorted(every, key=lambda e: e.id)
    # actors and places without their spans, which come as the mentions table's rows
    rows = []
    for name, got in (("actors", actors), ("places", places)):
        whole = sorted(merge_records(r for p in pages for r in getattr(p, name)),
                       key=lambda r: r.id)
        assert got == [as_stored(r) for r in whole]
        rows += [Mention(record_table=name, record_id=r.id, doc_id=s.doc_id, start=s.start,
                         end=s.end) for r in whole for s in r.mentions]
    assert mentions == rows and len(rows) > len(actors) + len(places) > 0
    assert not (tmp_path / ".merge").exists()


def test_events_are_clustered_one_type_family_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import caucasus_events._merge_state as state_mod
    from caucasus_events.parse.corpus import _Clusters, _family

    families: list[set[str]] = []

    class Recording(_Clusters):
        def __init__(self) -> None:
            super().__init__()
            families.append(set())

        def place(self, event):  # type: ignore[no-untyped-def]
            families[-1].add(_family(event.event_type))
            return super().place(event)

    monkeypatch.setattr(state_mod, "_Clusters", Recording)
    monkeypatch.setattr(runs_mod, "RUN_SIZE", 50)
    pages = list(merge_memory._pages(40))
    merged = _Merged(tmp_path)
    for page in pages:
        merged.add(page)  # type: ignore[arg-type]
    events = list(merged.tables()["events"])
    merged.close()
    every = [e for p in pages for e in p.events]  # type: ignore[attr-defined]
    assert events == sorted(merge_events(every, arrival=merged.arrival,
                                         duplicate_of=merged.duplicates.duplicates()),
                            key=lambda e: e.id)
    # each family's clusters are dropped before the next family's are made
    seen = [f for f in families if f]
    assert all(len(f) == 1 for f in seen)
    assert len(seen) == len({_family(e.event_type) for e in every}) > 1


def _merge_peak(count: int, tmp_path: Path) -> int:
    """Peak traced bytes of feeding ``count`` synthetic pages and reading the merge."""
    pages = merge_memory._pages(count)
    tracemalloc.start()
    try:
        (tmp_path / str(count)).mkdir()
        merged = _Merged(tmp_path / str(count))
        for page in pages:
            merged.add(page)  # type: ignore[arg-type]
        tables = merged.tables()
        for name in ("actors", "places", "mentions", "events", "event_reports"):
            for _ in tables[name]:
                pass
        merged.close()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _former_peak(count: int) -> int:
    """Peak traced bytes of the former merge: every page's records held, then merged in
    memory (:func:`merge_events`, :func:`merge_records`)."""
    tracemalloc.start()
    try:
        pages = list(merge_memory._pages(count))
        merge_records(a for p in pages for a in p.actors)  # type: ignore[attr-defined]
        merge_events([e for p in pages for e in p.events])  # type: ignore[attr-defined]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_merge_memory_grows_far_slower_than_the_pages(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Small runs read a few records at a time, so that the run buffers (a constant) do
    # not hide the growth.
    monkeypatch.setattr(runs_mod, "RUN_SIZE", 100)
    monkeypatch.setattr(runs_mod, "_CHUNK", 8)
    monkeypatch.setattr(runs_mod, "_FAN_IN", 4)
    small, large = _merge_peak(80, tmp_path), _merge_peak(240, tmp_path)
    former = _former_peak(240) - _former_peak(80)
    # What stays is compact per-document and per-cluster state; a generous bound
    # (tracemalloc counts every allocation, the RSS figures are in docs/performance.md).
    assert large - small < 0.7 * former, (small, large, former)


def test_duplicate_index_keeps_its_verdicts() -> None:
    text = " ".join(f"word{i}" for i in range(80))
    index = DuplicateIndex()
    assert index.add("a", text) is None
    assert index.add("b", "Copied: " + text) == "a"
    assert index.add("c", "Again copied: " + text + " end") == "a"
    assert index.add("d", "something else entirely " * 20) is None
    assert index.add("e", "x", "gone", known=True) == "gone"  # an original not in the index
    assert index.add("b", "ignored") == "a" and "b" in index and "z" not in index
    assert index.duplicates() == {"b": "a", "c": "a", "e": "gone"}


def test_many_runs_are_merged_in_stages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs_mod, "_FAN_IN", 3)
    scratch = Scratch(tmp_path)
    runs: Runs[int] = Runs(scratch, "t", run_size=5)
    keys = list(range(200))
    random.Random(2).shuffle(keys)
    for k in keys:
        runs.add(k, k)
    assert [k for k, _ in runs.drain()] == list(range(200))
    assert not list((tmp_path / ".merge").iterdir())  # every run file read and removed


def test_numbering_numbers_strings_in_order_and_finds_them_again() -> None:
    from caucasus_events._compact import Numbering

    numbering = Numbering()
    ids = [f"doc-{i:05d}-ü" for i in range(5000)]  # grows its table several times
    assert [numbering.add(s) for s in ids] == list(range(5000))
    assert numbering.add(ids[17]) == 17 and len(numbering) == 5000
    assert numbering["doc-04999-ü"] == 4999 and numbering.text(0) == "doc-00000-ü"
    assert "doc-05000-ü" not in numbering and 3 not in numbering
    assert numbering.get("nope") is None and list(numbering)[:2] == ids[:2]
    with pytest.raises(KeyError):
        numbering["nope"]


def test_byte_records_keep_records_on_disk() -> None:
    from caucasus_events._compact import ByteRecords

    records = ByteRecords()
    data = [bytes([i % 256]) * (i % 7) for i in range(300)]
    for d in data:
        records.append(d)
    assert [records[i] for i in range(300)] == data and len(records) == 300
    records.close()
