"""The Spark engine (local mode) writes exactly the rows of the local build."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from caucasus_events.cli import main
from caucasus_events.datapackage import resource_path
from caucasus_events.dataset import build_dataset, dataset_tables, expand_inputs
from caucasus_events.parse.corpus import merge_events, merge_keys

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

# The Spark test is not optional: the test extra installs pyspark, so a missing install
# is a failure here, not a skip.
import pyspark  # noqa: E402, F401

import corpus as bench_corpus  # noqa: E402
from caucasus_events.spark import (  # noqa: E402
    _event_groups,
    build_dataset_spark,
    spark_session,
)


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        for home in sorted(Path("/usr/lib/jvm").glob("*17*")):
            os.environ["JAVA_HOME"] = str(home)
    session = spark_session("local[2]", {
        "spark.sql.shuffle.partitions": "3",
        "spark.default.parallelism": "2",
        "spark.ui.enabled": "false",
        "spark.sql.adaptive.enabled": "false",
        "spark.driver.memory": "1g",
    })
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _assert_same_rows(local: Path, spark_out: Path) -> None:
    for name in dataset_tables():
        a = pq.read_table(local / resource_path(name))
        b = pq.read_table(spark_out / resource_path(name))
        assert a.num_rows == b.num_rows, name
        assert a.equals(b), f"{name}: the Spark build's rows differ from the local build's"
    card_a = json.loads((local / "datapackage.json").read_text())
    card_b = json.loads((spark_out / "datapackage.json").read_text())
    assert [r["hash"] for r in card_a["resources"]] == [r["hash"] for r in card_b["resources"]]


def test_merge_key_groups_merge_like_the_whole(tmp_path: Path) -> None:
    """Merging each group of events connected by merge keys apart gives what merging
    them all together gives: the property the Spark shuffle relies on."""
    devset = Path(__file__).resolve().parent.parent / "devset" / "docs"
    pages, _ = expand_inputs([devset, BENCH.parent / "src/caucasus_events/data/corpus"])
    events = [e for item in pages for e in item.read().events]
    groups: dict[int, list[object]] = {}
    by_id = {e.id: e for e in events}
    rows = [{"id": e.id, "keys": sorted(merge_keys(e))} for e in events]
    for eid, g in _event_groups(rows):
        groups.setdefault(g, []).append(by_id[eid])
    apart = sorted((e for members in groups.values() for e in merge_events(members)),  # type: ignore[arg-type]
                   key=lambda e: e.id)
    together = sorted(merge_events(events), key=lambda e: e.id)
    assert len(groups) > 1
    assert apart == together


def test_bundled_and_generated_corpora_match_the_local_build(spark: object,
                                                             tmp_path: Path) -> None:
    build_dataset(None, tmp_path / "local")
    build_dataset(None, tmp_path / "spark", engine="spark")
    _assert_same_rows(tmp_path / "local", tmp_path / "spark")

    pages = tmp_path / "generated"
    bench_corpus.generate_corpus(pages, 200, seed=3)
    # A duplicate page and a page that cannot be read go the same way in both engines.
    first = sorted(pages.iterdir())[0]
    shutil.copy(first, pages / "zz-duplicate.txt")
    (pages / "zz-binary.txt").write_bytes(b"\x00\x01binary")
    # A reprint of a page (the same story under other furniture) adds mentions in both.
    (pages / "zz-reprint.txt").write_text(
        "NEWS FEED | Home | World\n\n" + sorted(pages.iterdir())[7].read_text("utf-8")
        + "\nRead more on our site.\n", encoding="utf-8")
    local = build_dataset([pages], tmp_path / "glocal", jobs=1)
    assert main(["build", str(pages), "--out", str(tmp_path / "gspark"), "--engine", "spark",
                 "-q"]) == 1  # one input failed, the rest was built
    _assert_same_rows(tmp_path / "glocal", tmp_path / "gspark")
    assert local.duplicates == 1 and len(local.failures) == 1
    copies = pq.read_table(tmp_path / "gspark" / resource_path("documents"),
                           columns=["duplicate_of"])["duplicate_of"].drop_null()
    assert len(copies) >= 1
    assert local.rows["events"] > 500


def test_user_dataframe_of_pages(spark: object, tmp_path: Path) -> None:
    pages = tmp_path / "generated"
    bench_corpus.generate_corpus(pages, 30, seed=5)
    rows = [{"url": f"https://news.example.org/{p.stem}", "text": p.read_text("utf-8")}
            for p in sorted(pages.iterdir())]
    manifest = tmp_path / "pages.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    local = build_dataset([manifest], tmp_path / "local")
    frame = spark.createDataFrame(rows, "url string, text string")  # type: ignore[attr-defined]
    result = build_dataset_spark(frame, tmp_path / "spark")
    assert result.pages == local.pages == 30
    for name in ("events", "actors", "places", "quotes", "event_documents", "mentions"):
        a = pq.read_table(tmp_path / "local" / resource_path(name))
        b = pq.read_table(tmp_path / "spark" / resource_path(name))
        assert a.equals(b), name
    docs = pq.read_table(tmp_path / "spark" / resource_path("documents"))
    assert set(docs["url"].to_pylist()) == {r["url"] for r in rows}
