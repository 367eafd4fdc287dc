"""The built folder opens anywhere: pyarrow.dataset, DuckDB, polars, pandas, Spark and
Hugging Face `datasets` read its tables directly, and SQL joins over the link tables give
the same answers as the library's query API."""

from __future__ import annotations

import collections
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from caucasus_events.datapackage import resource_path, table_glob
from caucasus_events.dataset import Dataset, build_dataset, dataset_tables, load


@pytest.fixture(scope="module")
def ds(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    return load(build_dataset(None, tmp_path_factory.mktemp("interop") / "dataset").path)


def _file(ds: Dataset, name: str) -> str:
    return str(Path(ds.path) / resource_path(name))


def test_duckdb_and_pandas_read_every_table(ds: Dataset) -> None:
    con = duckdb.connect()
    for name in dataset_tables():
        count = con.execute("SELECT count(*) FROM read_parquet(?)", [_file(ds, name)]).fetchone()
        assert count == (ds.rows[name],)
        frame = pd.read_parquet(_file(ds, name))
        assert len(frame) == ds.rows[name]
        assert list(frame.columns) == ds.table(name).column_names


def test_events_per_actor_in_sql_match_the_api(ds: Dataset) -> None:
    rows = duckdb.connect().execute(
        """
        SELECT a.id, count(DISTINCT e.id)
        FROM read_parquet($events) e
        JOIN read_parquet($links) ea ON ea.event_id = e.id
        JOIN read_parquet($actors) a ON a.id = ea.actor_id
        GROUP BY a.id
        """,
        {"events": _file(ds, "events"), "links": _file(ds, "event_actors"),
         "actors": _file(ds, "actors")},
    ).fetchall()
    in_sql = dict(rows)
    assert in_sql
    via_api = {actor_id: len(ds.events_by_actor(actor_id)) for actor_id in in_sql}
    assert in_sql == via_api


def test_quotes_per_speaker_name_in_sql_match_the_api(ds: Dataset) -> None:
    rows = duckdb.connect().execute(
        """
        SELECT a.id, count(q.id)
        FROM read_parquet($quotes) q JOIN read_parquet($actors) a ON a.id = q.speaker
        GROUP BY a.id
        """,
        {"quotes": _file(ds, "quotes"), "actors": _file(ds, "actors")},
    ).fetchall()
    assert dict(rows) == {a: len(ds.quotes_by_speaker(a)) for a, _ in rows}
    speakers = collections.Counter(q.speaker for q in ds.quotes if q.speaker)
    assert dict(rows) == dict(speakers)


def test_date_bounds_and_evidence_are_queryable_in_sql(ds: Dataset) -> None:
    dated = [e for e in ds.events if e.date is not None]
    assert dated, "the bundled corpus has dated events"
    event = dated[0]
    assert event.date is not None
    start, end = event.date.start, event.date.end
    rows = duckdb.connect().execute(
        """
        SELECT e.id FROM read_parquet($events) e
        WHERE e.date.start <= $end AND e.date."end" >= $start
        """,
        {"events": _file(ds, "events"), "start": start, "end": end},
    ).fetchall()
    assert {r[0] for r in rows} == {e.id for e in ds.events_between(start, end)}
    texts = duckdb.connect().execute(
        """
        SELECT substr(d.text, m.start + 1, m."end" - m.start)
        FROM read_parquet($mentions) m JOIN read_parquet($docs) d ON d.id = m.doc_id
        WHERE m.record_table = 'events' AND m.record_id = $id
        ORDER BY m.doc_id, m.start, m."end"
        """,
        {"mentions": _file(ds, "mentions"), "docs": _file(ds, "documents"), "id": event.id},
    ).fetchall()
    spans = sorted(event.evidence, key=lambda s: (s.doc_id, s.start, s.end))
    assert [t[0] for t in texts] == [text for s in spans for text in ds.evidence(s)]


# --- the folder opens with every reader analysts use ---------------------------------------


def test_pyarrow_dataset_reads_each_table_directory(ds: Dataset) -> None:
    import pyarrow.dataset as pads

    for name in dataset_tables():
        table = pads.dataset(str(ds.path / name), format="parquet").to_table()
        assert table.num_rows == ds.rows[name]
        assert table.column_names == ds.table(name).column_names


def test_duckdb_globs_and_polars_scan_each_table(ds: Dataset) -> None:
    import polars as pl

    con = duckdb.connect()
    for name in dataset_tables():
        glob = str(ds.path / table_glob(name))
        assert con.execute(f"SELECT count(*) FROM '{glob}'").fetchone() == (ds.rows[name],)
        frame = pl.scan_parquet(glob).collect()
        assert frame.height == ds.rows[name]
        assert frame.columns == ds.table(name).column_names
    dated = pl.scan_parquet(str(ds.path / table_glob("events"))).filter(
        pl.col("date_start").is_not_null()).collect()
    assert dated.schema["date_start"] == pl.Date


def test_pandas_gets_flat_typed_dates(ds: Dataset) -> None:
    frame = pd.read_parquet(ds.path / "events")
    by_id = {e.id: e for e in ds.events}
    dated = frame[frame["date_start"].notna()]
    assert len(dated) == sum(1 for e in ds.events if e.date is not None) > 0
    for row in dated.itertuples():
        date = by_id[row.id].date
        assert date is not None
        assert (row.date_start, row.date_end) == (date.start, date.end)
        assert row.date_precision == date.precision.value
    docs = pd.read_parquet(ds.path / "documents")
    assert {"published_start", "published_end", "published_precision"} <= set(docs.columns)


def test_spark_reads_each_table_directory(ds: Dataset) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master("local[1]").appName("caucasus-events-test") \
        .config("spark.ui.enabled", "false").getOrCreate()
    try:
        for name in dataset_tables():
            assert spark.read.parquet(str(ds.path / name)).count() == ds.rows[name]
    finally:
        spark.stop()


def test_hugging_face_datasets_loads_the_tables_the_card_declares(
        ds: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))
    import datasets

    datasets.disable_progress_bars()
    for name in ("events", "actors", "event_actors", "mentions"):
        loaded = datasets.load_dataset(str(ds.path), name, split="train",
                                       cache_dir=str(tmp_path / "hf" / "datasets"))
        assert loaded.num_rows == ds.rows[name]
        assert loaded.column_names == ds.table(name).column_names
    events = datasets.load_dataset(str(ds.path), split="train",
                                   cache_dir=str(tmp_path / "hf" / "datasets"))
    assert events.num_rows == ds.rows["events"]  # the default config is the events table
