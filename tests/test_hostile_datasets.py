"""Datasets made by an attacker: each gives a clean SchemaError (or InputError) naming
the file, or a validate failure, quickly and without reading what the footer does not
vouch for.  The hostile files are built here, from a fresh build of the bundled corpus,
and re-signed in datapackage.json (size and SHA-256), so only the deeper checks can
catch them.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from caucasus_events import load
from caucasus_events.cli import EXIT_INVALID, main
from caucasus_events.datapackage import (
    DATAPACKAGE,
    file_digest,
    read_datapackage,
    resource_path,
)
from caucasus_events.dataset import BuildResult, build_dataset, dataset_tables, validate_dataset
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.models import Document

_ERRORS = (SchemaError, InputError)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build_dataset(None, tmp_path_factory.mktemp("hostile") / "dataset")


@pytest.fixture
def target(built: BuildResult, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(built.path, copy)
    return copy


def _package(target: Path) -> dict[str, Any]:
    return json.loads((target / DATAPACKAGE).read_text(encoding="utf-8"))


def _write_package(target: Path, package: Any) -> None:
    (target / DATAPACKAGE).write_text(json.dumps(package), encoding="utf-8")


def _resign(target: Path, name: str, rows: int | None = None) -> None:
    """Record the table file's current size and SHA-256 (and ``rows``) in the descriptor,
    as an attacker who edits a file would."""
    package = _package(target)
    size, digest = file_digest(target / resource_path(name))
    for res in package["resources"]:
        if res["name"] == name:
            res["hash"] = f"sha256:{digest}"
            res["caucasus_events"]["bytes"] = size
            if rows is not None:
                res["rows"] = rows
    _write_package(target, package)


def _rewrite(target: Path, name: str, change: Callable[[list[dict[str, Any]]], None]) -> None:
    """Rewrite table ``name`` with its rows changed in place, same Arrow schema."""
    path = target / resource_path(name)
    table = pq.read_table(path)
    rows = table.to_pylist()
    change(rows)
    schema = pa.schema([f.with_nullable(True) for f in table.schema],
                       metadata=table.schema.metadata)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, compression="zstd",
                   store_schema=True)
    _resign(target, name, rows=len(rows))


def _all_records(path: Path) -> None:
    ds = load(path)
    for name in dataset_tables():
        ds.records(name)


def _zigzag_varint(n: int) -> bytes:
    n = (n << 1) ^ (n >> 63)
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _forge_row_count(path: Path, rows: int) -> None:
    """Rewrite the Parquet footer so the file and its row groups claim ``rows`` rows
    (Thrift compact i64 fields 3 of FileMetaData and RowGroup: header byte 0x16)."""
    data = path.read_bytes()
    length = int.from_bytes(data[-8:-4], "little")
    footer = data[-8 - length:-8]
    real = pq.read_metadata(path).num_rows
    forged = footer.replace(b"\x16" + _zigzag_varint(real), b"\x16" + _zigzag_varint(rows))
    path.write_bytes(data[:-8 - length] + forged + len(forged).to_bytes(4, "little") + b"PAR1")
    assert pq.read_metadata(path).num_rows == rows


# --- the descriptor --------------------------------------------------------------------


def test_a_fifo_descriptor_is_refused_without_blocking(target: Path) -> None:
    (target / DATAPACKAGE).unlink()
    os.mkfifo(target / DATAPACKAGE)
    with pytest.raises(SchemaError, match="FIFO"):
        load(target)


def test_a_descriptor_linked_to_dev_zero_is_refused(target: Path) -> None:
    (target / DATAPACKAGE).unlink()
    (target / DATAPACKAGE).symlink_to("/dev/zero")
    with pytest.raises(SchemaError, match="symbolic link"):
        load(target)


def test_a_huge_descriptor_is_refused(target: Path) -> None:
    package = _package(target)
    package["padding"] = "x" * (9 << 20)
    _write_package(target, package)
    with pytest.raises(SchemaError, match="more than"):
        load(target)


def test_deeply_nested_arrays_are_refused(target: Path) -> None:
    package = _package(target)
    text = json.dumps(package)
    (target / DATAPACKAGE).write_text(
        text[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(SchemaError, match="nested"):
        load(target)


@pytest.mark.parametrize(("key", "value"), [
    ("rows", "12"), ("rows", 1.5), ("rows", True), ("rows", -1), ("rows", [[1]]),
    ("bytes", None), ("name", {"a": 1}), ("path", "/etc/passwd"), ("path", "a/../../x"),
    ("hash", 7),
])
def test_a_malformed_resource_field_is_refused(target: Path, key: str, value: Any) -> None:
    package = _package(target)
    if key == "bytes":
        package["resources"][0]["caucasus_events"][key] = value
    else:
        package["resources"][0][key] = value
    _write_package(target, package)
    with pytest.raises(SchemaError, match=rf"resources\[0\]\.(caucasus_events\.)?{key}"):
        load(target)


@pytest.mark.parametrize("resources", [[1, 2], ["documents"], [None], {"a": 1}, "x"])
def test_non_object_resources_are_refused(target: Path, resources: Any) -> None:
    package = _package(target)
    package["resources"] = resources
    _write_package(target, package)
    with pytest.raises(SchemaError, match="resources"):
        load(target)


@pytest.mark.parametrize("content", ["[]", "null", "1", '"x"', '{"caucasus_events": 1}',
                                     "\ufeff{}", '{"caucasus_events": {}, "resources": 1}'])
def test_descriptors_of_the_wrong_shape_are_refused(target: Path, content: str) -> None:
    (target / DATAPACKAGE).write_text(content, encoding="utf-8")
    with pytest.raises(SchemaError, match=DATAPACKAGE):
        load(target)


# --- the table files -------------------------------------------------------------------


def test_a_symlink_out_of_the_dataset_is_refused(target: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.parquet"
    table = target / resource_path("sources")
    shutil.copy(table, outside)
    table.unlink()
    table.symlink_to(outside)  # same bytes, so size and hash still match
    with pytest.raises(SchemaError, match="outside the dataset"):
        load(target)


def test_a_table_that_is_a_fifo_is_refused(target: Path) -> None:
    table = target / resource_path("sources")
    table.unlink()
    os.mkfifo(table)
    with pytest.raises(SchemaError, match="FIFO"):
        load(target)


def test_a_footer_claiming_2_to_the_40_rows_is_refused_before_reading(target: Path) -> None:
    path = target / resource_path("actors")
    _forge_row_count(path, 2**40)
    _resign(target, "actors", rows=2**40)
    with pytest.raises(SchemaError, match="not plausible") as info:
        load(target)
    assert str(path) in str(info.value)


def test_a_footer_disagreeing_with_the_descriptor_is_refused(target: Path) -> None:
    package = _package(target)
    package["resources"][0]["rows"] += 1
    _write_package(target, package)
    with pytest.raises(SchemaError, match="rows"):
        load(target)


def test_a_compression_bomb_is_refused_before_decompressing(target: Path) -> None:
    path = target / resource_path("documents")
    bomb = Document(id="doc_bomb", text="a" * (80 << 20))
    from caucasus_events.parquet import write_parquet

    write_parquet([bomb], path, Document)
    del bomb
    assert path.stat().st_size < 1 << 20
    _resign(target, "documents", rows=1)
    with pytest.raises(SchemaError, match="decompresses to"):
        load(target)


_LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))
from caucasus_events.cli import main
sys.exit(main(["validate", sys.argv[1]]))
"""


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_AS"), reason="needs RLIMIT_AS")
def test_validate_of_a_forged_footer_stays_in_two_gigabytes(target: Path) -> None:
    path = target / resource_path("quotes")
    _forge_row_count(path, 2**40)
    _resign(target, "quotes", rows=2**40)
    done = subprocess.run([sys.executable, "-c", _LIMITED, str(target)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == EXIT_INVALID, done.stderr
    assert "Traceback" not in done.stderr
    assert str(path) in done.stderr


# --- records: load names the file, validate catches what load cannot --------------------


@pytest.mark.parametrize(("table", "column", "value", "match"), [
    ("actors", "id", None, "id"),
    ("actors", "kind", "wizard", "kind"),
    ("events", "event_type", "invasion_of_mars", "event_type"),
    ("quotes", "span", {"doc_id": "d", "start": 9, "end": 2}, "end"),
])
def test_bad_records_raise_schema_error_naming_the_file(
    target: Path, table: str, column: str, value: Any, match: str
) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0][column] = value
        if table == "quotes" and column == "span":
            value["doc_id"] = rows[0]["document_id"]

    _rewrite(target, table, change)
    with pytest.raises(SchemaError, match=match) as info:
        _all_records(target)
    assert str(target / resource_path(table)) in str(info.value)


def test_a_fabricated_quote_text_fails_validation(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0]["text"] = "We will surrender everything tomorrow."

    _rewrite(target, "quotes", change)
    with pytest.raises(SchemaError, match="claims 'We will surrender") as info:
        validate_dataset(target)
    assert resource_path("quotes") in str(info.value)


def test_a_fabricated_speaker_fails_validation(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        quote = next(r for r in rows if r["speaker_span"] is not None)
        quote["speaker_text"] = "Someone Else"

    _rewrite(target, "quotes", change)
    with pytest.raises(SchemaError, match="speaker span claims"):
        validate_dataset(target)


def test_a_span_past_the_end_of_its_document_fails_validation(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0]["span"] = {**rows[0]["span"], "start": 10**6, "end": 10**6 + 5}
        rows[0]["text"] = ""

    _rewrite(target, "quotes", change)
    with pytest.raises(SchemaError, match="lies outside document"):
        validate_dataset(target)


def test_event_evidence_past_the_end_fails_validation(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0]["evidence"] = [{**rows[0]["evidence"][0], "end": 10**7}]

    _rewrite(target, "events", change)
    with pytest.raises(SchemaError, match="outside document") as info:
        validate_dataset(target)
    assert resource_path("events") in str(info.value)


def test_duplicate_actor_ids_fail_validation(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows.append({**rows[0], "name": "An Impostor"})

    _rewrite(target, "actors", change)
    with pytest.raises(SchemaError, match="not unique") as info:
        validate_dataset(target)
    assert resource_path("actors") in str(info.value)


def test_a_dangling_foreign_key_fails_validation(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0]["actor_id"] = "act_nobody"

    _rewrite(target, "event_actors", change)
    with pytest.raises(SchemaError, match=r"not found in actors\.id"):
        validate_dataset(target)


def test_info_escapes_terminal_control_sequences(
    target: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row["name"] = "\x1b]0;pwned\x07\x1b[2J" + row["name"] + "\u202e\x9b"

    _rewrite(target, "actors", change)
    assert main(["info", str(target)]) == 0
    out = capsys.readouterr().out
    assert "pwned" in out
    assert not any(c in out for c in "\x1b\x07\x9b\u202e")


def test_error_messages_escape_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "evil\x1b[2J"
    odd.mkdir()
    assert main(["validate", str(odd)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b" in err


def test_every_table_of_a_fresh_build_reads_back(target: Path) -> None:
    validate_dataset(target)
    assert read_datapackage(target)["resources"]
