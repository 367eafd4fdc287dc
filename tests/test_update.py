"""update adds pages to a dataset: equal to a full rebuild, old records kept, atomic."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from caucasus_events import _merge_state, load
from caucasus_events.cli import main
from caucasus_events.datapackage import resource_path
from caucasus_events.dataset import build_dataset, dataset_tables, validate_dataset
from caucasus_events.errors import SchemaError

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import corpus as bench_corpus  # noqa: E402


def _split_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Old pages, and new pages that report some of the same happenings (the generated
    pages recombine one pool of paragraphs) plus a copy of an old page."""
    pages = tmp_path / "all"
    bench_corpus.generate_corpus(pages, 36, seed=11)
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for i, page in enumerate(sorted(pages.iterdir())):
        shutil.copy(page, (old if i < 24 else new) / page.name)
    shutil.copy(sorted(old.iterdir())[3], new / "zz-copy-of-an-old-page.txt")
    return old, new


def _tables(path: Path) -> dict[str, object]:
    return {n: pq.read_table(path / resource_path(n)) for n in dataset_tables()}


def test_update_equals_a_full_rebuild(tmp_path: Path) -> None:
    old, new = _split_corpus(tmp_path)
    ds = tmp_path / "ds"
    build_dataset([old], ds)
    before = load(ds)
    old_docs = {d.id for d in before.documents}
    old_actors = {a.id for a in before.actors}  # read now: the update replaces the files
    assert main(["update", str(ds), str(new), "-q"]) == 0
    build_dataset([old, new], tmp_path / "full")
    updated, full = _tables(ds), _tables(tmp_path / "full")
    for name in dataset_tables():
        assert updated[name].equals(full[name]), f"{name} differs from a full rebuild"
    assert _merge_state.read_reports(ds, load(ds).package) == _merge_state.read_reports(
        tmp_path / "full", load(tmp_path / "full").package)
    validate_dataset(ds)
    after = load(ds)
    # Old records keep their ids; the copied page was skipped.
    assert old_docs <= {d.id for d in after.documents}
    assert len(after.documents) == len(old_docs) + 12
    assert old_actors <= {a.id for a in after.actors}
    # New reports joined known happenings: some old events gained documents.
    new_docs = {d.id for d in after.documents} - old_docs
    grown = [e for e in after.events
             if set(e.documents) & new_docs and set(e.documents) & old_docs]
    assert grown, "no new page reported a known happening"
    untouched = [e for e in after.events if not set(e.documents) & new_docs]
    assert untouched


def test_update_keeps_ids_of_events_no_new_page_reports(tmp_path: Path) -> None:
    old, new = _split_corpus(tmp_path)
    ds = tmp_path / "ds"
    build_dataset([old], ds)
    before = {e.id: e for e in load(ds).events}
    old_docs = {d.id for d in load(ds).documents}
    assert main(["update", str(ds), str(new), "-q"]) == 0
    after = {e.id: e for e in load(ds).events}
    untouched = [e for e in after.values() if set(e.documents) <= old_docs]
    assert untouched and all(before.get(e.id) == e for e in untouched)
    # Every old event is still there under its id, with all its old reports: new
    # reports only join events, they never split one or take its id.
    assert before.keys() <= after.keys()
    for eid, event in before.items():
        assert set(event.documents) <= set(after[eid].documents)
        assert set(event.evidence) <= set(after[eid].evidence)
    assert any(len(after[eid].documents) > len(e.documents) for eid, e in before.items())


def test_a_reprinted_page_adds_mentions_not_events(tmp_path: Path) -> None:
    """A reprint (the same story under other furniture) is stored, marked as a copy of
    the original, and its events add mentions and documents to the original's events;
    a build and an update agree."""
    original = tmp_path / "pages" / "a-original.txt"
    original.parent.mkdir()
    text = (Path(__file__).resolve().parent.parent / "src/caucasus_events/data/corpus"
            / sorted(p.name for p in (Path(__file__).resolve().parent.parent /
                                      "src/caucasus_events/data/corpus").glob("*.txt"))[0])
    story = text.read_text(encoding="utf-8")
    original.write_text(story, encoding="utf-8")
    alone = build_dataset([original.parent], tmp_path / "alone")
    reprint = tmp_path / "more" / "b-reprint.txt"
    reprint.parent.mkdir()
    reprint.write_text("NEWS FEED | Home | World | Caucasus\n\n" + story
                       + "\nShare this story. Read more on our site.\n", encoding="utf-8")
    both = build_dataset([original.parent, reprint.parent], tmp_path / "both")
    assert both.rows["documents"] == alone.rows["documents"] + 1
    assert both.rows["events"] == alone.rows["events"] > 0
    ds = load(tmp_path / "both")
    (copy,) = [d for d in ds.documents if d.duplicate_of is not None]
    assert copy.duplicate_of in {d.id for d in load(tmp_path / "alone").documents}
    reported = [e for e in ds.events if copy.id in e.documents]
    assert reported and all(copy.duplicate_of in e.documents for e in reported)
    assert sum(e.num_mentions for e in ds.events) > sum(
        e.num_mentions for e in load(tmp_path / "alone").events)
    assert {e.id for e in ds.events} == {e.id for e in load(tmp_path / "alone").events}
    assert main(["update", str(tmp_path / "alone"), str(reprint.parent), "-q"]) == 0
    for name in dataset_tables():
        if name != "page_log":
            assert pq.read_table(tmp_path / "alone" / resource_path(name)).equals(
                pq.read_table(tmp_path / "both" / resource_path(name))), name


def test_interrupted_update_leaves_the_old_dataset(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = _split_corpus(tmp_path)
    ds = tmp_path / "ds"
    build_dataset([old], ds)
    files = {p.name: p.read_bytes() for p in ds.rglob("*") if p.is_file()}

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("caucasus_events.update._swap_into_place", interrupted)
    assert main(["update", str(ds), str(new), "-q"]) == 130
    assert {p.name: p.read_bytes() for p in ds.rglob("*") if p.is_file()} == files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all", "ds", "new", "old"]
    validate_dataset(ds)


def test_update_needs_the_event_reports(tmp_path: Path) -> None:
    old, new = _split_corpus(tmp_path)
    ds = tmp_path / "ds"
    build_dataset([old], ds)
    package = json.loads((ds / "datapackage.json").read_text())
    (ds / _merge_state.REPORTS_PATH).write_bytes(b"PAR1 not the reports")
    with pytest.raises(SchemaError, match="corrupted"):
        from caucasus_events.update import update_dataset
        update_dataset(ds, [new])
    del package["caucasus_events"][_merge_state.REPORTS]
    (ds / "datapackage.json").write_text(json.dumps(package))
    assert main(["update", str(ds), str(new), "-q"]) == 3  # invalid dataset
