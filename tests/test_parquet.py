"""Parquet files: lossless, deterministic, self-describing, and clear about bad files."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_events import strategies
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.models import Source, Span
from caucasus_events.parquet import (
    ParquetStreamWriter,
    read_parquet,
    read_table,
    write_parquet,
)
from caucasus_events.schema import SCHEMA_VERSION_KEY, TABLES, arrow_schema, as_stored, to_arrow

_SCRATCH = Path(tempfile.mkdtemp(prefix="caucasus-events-parquet-"))


@pytest.fixture
def sources() -> list[Source]:
    return [Source(id=f"s{i}", name=f"Name {i}", kind="blog" if i % 2 else "newspaper",
                   domain=None if i % 3 else f"s{i}.az", country="AZE") for i in range(10)]


@pytest.fixture(scope="module", autouse=True)
def _scratch() -> Iterator[None]:
    yield
    for file in _SCRATCH.iterdir():
        file.unlink()
    _SCRATCH.rmdir()


@pytest.mark.parametrize("name", sorted(TABLES))
@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_round_trip_through_parquet_is_lossless(name: str, data: st.DataObject) -> None:
    model = TABLES[name]
    records = data.draw(st.lists(strategies.records(model), max_size=2))
    path = _SCRATCH / f"{name}.parquet"
    write_parquet(records, path, model)
    # lossless but for the fields kept in another table of a dataset (actors' mentions)
    assert read_parquet(path, model) == [as_stored(r) for r in records]


def test_same_records_give_identical_bytes(tmp_path: Path, sources: list[Source]) -> None:
    write_parquet(sources, tmp_path / "a.parquet", Source, row_group_size=4)
    with ParquetStreamWriter(tmp_path / "b.parquet", Source, row_group_size=4) as writer:
        for batch in (sources[:3], [], sources[3:8], sources[8:]):
            writer.write(batch)
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()
    assert pq.ParquetFile(tmp_path / "a.parquet").metadata.num_row_groups == 3
    assert read_parquet(tmp_path / "b.parquet", Source) == sources


def test_file_carries_descriptions_and_version(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "sources.parquet"
    write_parquet(sources, path, Source)
    schema = pq.read_schema(path)
    assert schema.equals(arrow_schema(Source), check_metadata=True)
    assert schema.metadata[SCHEMA_VERSION_KEY]
    assert schema.field("name").metadata[b"description"] == b"Canonical name."
    assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"
    assert read_table(path, Source).schema.equals(arrow_schema(Source), check_metadata=True)


def test_a_table_can_be_written(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "sources.parquet"
    write_parquet(to_arrow(sources), path, Source)
    assert read_parquet(path, Source) == sources


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "spans.parquet"
    with pytest.raises(SchemaError), ParquetStreamWriter(path, Span) as writer:
        writer.write([Source(id="s", name="n")])
    assert not path.exists()


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.parquet"
    with pytest.raises(InputError, match=r"absent\.parquet: no such file"):
        read_parquet(path, Source)


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a file"):
        read_table(tmp_path, Source)


def test_not_a_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.parquet"
    path.write_text("just some text\n")
    with pytest.raises(SchemaError, match=r"notes\.parquet: is not a readable Parquet"):
        read_parquet(path, Source)


def test_truncated_file(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "cut.parquet"
    write_parquet(sources, path, Source)
    path.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(SchemaError, match=r"cut\.parquet"):
        read_parquet(path, Source)


def test_corrupt_data_pages(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "bad.parquet"
    write_parquet(sources * 50, path, Source)
    raw = bytearray(path.read_bytes())
    for i in range(8, len(raw) // 2):
        raw[i] ^= 0x5A
    path.write_bytes(bytes(raw))
    with pytest.raises(SchemaError, match=r"bad\.parquet"):
        read_parquet(path, Source)


def test_file_with_missing_column_names_path_and_column(tmp_path: Path,
                                                        sources: list[Source]) -> None:
    path = tmp_path / "sources.parquet"
    pq.write_table(to_arrow(sources).drop_columns(["country"]), path)
    with pytest.raises(SchemaError, match=r"sources\.parquet: column 'country'.*missing"):
        read_parquet(path, Source)


def test_file_with_wrong_type_names_path_and_column(tmp_path: Path,
                                                    sources: list[Source]) -> None:
    path = tmp_path / "sources.parquet"
    table = to_arrow(sources)
    table = table.set_column(2, "kind", pa.array(table["kind"].to_pylist()))
    pq.write_table(table, path)
    with pytest.raises(SchemaError, match=r"sources\.parquet: column 'kind'.*string"):
        read_parquet(path, Source)


def test_file_from_newer_major_version(tmp_path: Path, sources: list[Source]) -> None:
    path = tmp_path / "sources.parquet"
    table = to_arrow(sources)
    pq.write_table(table.replace_schema_metadata(
        {**table.schema.metadata, SCHEMA_VERSION_KEY: b"999.0.0"}), path)
    with pytest.raises(SchemaError, match=r"sources\.parquet: .*999\.0\.0.*newer"):
        read_parquet(path, Source)


def test_invalid_record_in_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spans.parquet"
    table = to_arrow([Span(doc_id="d", start=1, end=2)], Span)
    pq.write_table(table.set_column(2, table.schema.field("end"), pa.array([0])), path)
    with pytest.raises(SchemaError, match=r"spans\.parquet: .*Span\.end"):
        read_parquet(path, Span)
