"""Serialization benchmark: the library's models -> Arrow -> Parquet path and back, side by
side with the straightforward baseline and with the columnar floor.

* baseline write: ``attrs.asdict`` per record + ``pyarrow.Table.from_pylist``;
  baseline read: ``Table.to_pylist`` + a recursive rebuild of the (nested) models.
* floor write: one ``pyarrow.array`` per column from lists extracted beforehand, into
  the library's own schema — the cost of building the same table with no per-record work.
"""

from __future__ import annotations

import enum
import tempfile
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

from measure import best_of

__all__ = ["SerializationResult", "baseline_structure", "bench_model", "page_tables"]

ToArrow = Callable[[Sequence[Any], type], pa.Table]
FromArrow = Callable[[pa.Table, type], list[Any]]


# --- the baseline's recursive rebuild ------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def baseline_structure(hint: Any, value: Any) -> Any:
    """Rebuild a value of type ``hint`` from the plain dicts/lists ``to_pylist`` returns:
    attrs classes from dicts (recursively), tuples from lists, enums from their values."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return baseline_structure(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(baseline_structure(item, v) for v in value)
    if isinstance(hint, type) and attrs.has(hint):
        hints = _hints(hint)
        return hint(**{f.name: baseline_structure(hints[f.name], value[f.name])
                       for f in attrs.fields(hint) if f.init and f.name in value})
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    return value


def baseline_write(records: Sequence[Any]) -> pa.Table:
    """The straightforward write: every record to a dict, then pyarrow infers the table."""
    return pa.Table.from_pylist([attrs.asdict(r) for r in records])


def baseline_read(table: pa.Table, model: type) -> list[Any]:
    """The straightforward read: rows as dicts, each rebuilt into ``model`` recursively."""
    return [baseline_structure(model, row) for row in table.to_pylist()]


# --- the columnar floor ------------------------------------------------------------------


def floor_columns(table: pa.Table) -> list[list[Any]]:
    """The table's columns as Python lists: the input of the floor, extracted untimed."""
    return [table.column(i).to_pylist() for i in range(table.num_columns)]


def floor_write(columns: Sequence[list[Any]], schema: pa.Schema) -> pa.Table:
    """One ``pyarrow.array`` per column into ``schema``: no per-record Python work at all."""
    arrays = [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


# --- the comparison ----------------------------------------------------------------------


@dataclass(frozen=True)
class SerializationResult:
    """Rows per second of each way to write and read one model's records."""

    model: str
    rows: int
    write_rps: float
    write_parquet_rps: float
    baseline_write_rps: float
    baseline_write_parquet_rps: float
    floor_write_rps: float
    floor_write_parquet_rps: float
    read_rps: float
    read_parquet_rps: float
    baseline_read_rps: float
    baseline_read_parquet_rps: float

    @property
    def write_vs_baseline(self) -> float:
        """How many times faster than the baseline the library writes (Arrow + Parquet)."""
        return self.write_parquet_rps / self.baseline_write_parquet_rps

    @property
    def read_vs_baseline(self) -> float:
        """How many times faster than the baseline the library reads (Parquet + models)."""
        return self.read_parquet_rps / self.baseline_read_parquet_rps

    @property
    def write_vs_floor(self) -> float:
        """How many times slower than the floor the library builds its Arrow table."""
        return self.floor_write_rps / self.write_rps


def _rps(rows: int, seconds: float) -> float:
    return rows / seconds if seconds > 0 else float("inf")


def bench_model(model: type, records: Sequence[Any], to_arrow: ToArrow, from_arrow: FromArrow,
                *, repeat: int = 3, workdir: Path | None = None) -> SerializationResult:
    """Time the library, the baseline and the floor on ``records`` of ``model``; each write
    is timed to Arrow alone and through a Parquet file, each read likewise."""
    rows = len(records)
    # One-time costs (schema derivation, lazy imports) are not per-row throughput.
    warm = list(records[:10])
    from_arrow(to_arrow(warm, model), model)
    baseline_read(baseline_write(warm), model)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        ours_path, base_path, floor_path = (Path(tmp) / f"{n}.parquet"
                                            for n in ("ours", "baseline", "floor"))

        t_ours, table = best_of(lambda: to_arrow(records, model), repeat)
        t_ours_io, _ = best_of(lambda: pq.write_table(table, ours_path), repeat)
        t_base, base_table = best_of(lambda: baseline_write(records), repeat)
        t_base_io, _ = best_of(lambda: pq.write_table(base_table, base_path), repeat)
        columns = floor_columns(table)
        t_floor, floor_table = best_of(lambda: floor_write(columns, table.schema), repeat)
        t_floor_io, _ = best_of(lambda: pq.write_table(floor_table, floor_path), repeat)
        # Same schema and values; dictionary encodings may legitimately differ in detail.
        if (not floor_table.schema.equals(table.schema)
                or floor_table.to_pylist() != table.to_pylist()):
            raise AssertionError(f"{model.__name__}: floor table differs from the library's")

        t_read_io, read_table = best_of(lambda: pq.read_table(ours_path), repeat)
        t_read, back = best_of(lambda: from_arrow(read_table, model), repeat)
        t_bread_io, bread_table = best_of(lambda: pq.read_table(base_path), repeat)
        t_bread, base_back = best_of(lambda: baseline_read(bread_table, model), repeat)
        if list(back) != list(records) or base_back != list(records):
            raise AssertionError(f"{model.__name__}: records do not survive the round trip")

    return SerializationResult(
        model=model.__name__,
        rows=rows,
        write_rps=_rps(rows, t_ours),
        write_parquet_rps=_rps(rows, t_ours + t_ours_io),
        baseline_write_rps=_rps(rows, t_base),
        baseline_write_parquet_rps=_rps(rows, t_base + t_base_io),
        floor_write_rps=_rps(rows, t_floor),
        floor_write_parquet_rps=_rps(rows, t_floor + t_floor_io),
        read_rps=_rps(rows, t_read),
        read_parquet_rps=_rps(rows, t_read + t_read_io),
        baseline_read_rps=_rps(rows, t_bread),
        baseline_read_parquet_rps=_rps(rows, t_bread + t_bread_io),
    )


def page_tables(page_type: type) -> dict[str, type]:
    """The record kinds a parsed page carries: each ``tuple[Model, ...]`` field of
    ``page_type`` whose items are attrs models, by field name."""
    hints = _hints(page_type)
    tables: dict[str, type] = {}
    for field in attrs.fields(page_type):
        hint = hints[field.name]
        if typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            if isinstance(item, type) and attrs.has(item):
                tables[field.name] = item
    return tables
