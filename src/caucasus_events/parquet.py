"""Parquet files of model records: deterministic to write, validated to read.

The same records give a byte-identical file: zstd compression, fixed row groups of
``row_group_size`` rows however the records arrive in batches, no timestamps.  The
Arrow schema, with its column descriptions and schema version, is stored in the file.
Reading checks the file against the model first and reports a missing, foreign,
truncated or corrupt file as :class:`InputError` or :class:`SchemaError` naming it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from caucasus_events._safe_read import check_footer
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.schema import arrow_schema, check_schema, from_arrow, to_arrow

__all__ = [
    "DEFAULT_ROW_GROUP_SIZE",
    "ParquetStreamWriter",
    "read_parquet",
    "read_table",
    "write_parquet",
]

DEFAULT_ROW_GROUP_SIZE = 65_536
# No Parquet dictionary encoding: it would copy each batch's Arrow dictionary, making the
# bytes depend on how records were batched; zstd compresses the repeats instead.  The
# stored Arrow schema still restores enum columns as dictionaries on read.
_OPTIONS: dict[str, Any] = {"compression": "zstd", "compression_level": 3,
                            "use_dictionary": False, "write_statistics": True,
                            "store_schema": True}


def _as_table(records_or_table: Sequence[Any] | pa.Table, model: type,
              path: str) -> pa.Table:
    """The records as a table in exactly the model's schema (descriptions included)."""
    schema = arrow_schema(model)
    if isinstance(records_or_table, pa.Table):
        check_schema(records_or_table.schema, model, path=path)
        try:
            return records_or_table.select(schema.names).cast(schema)
        except (pa.ArrowException, ValueError) as exc:
            raise SchemaError(f"cannot be cast to the {model.__name__} schema: {exc}",
                              path=path) from None
    return to_arrow(records_or_table, model)


class ParquetStreamWriter:
    """Writes ``model`` records to one Parquet file batch by batch, so a large dataset
    never sits in memory whole; rows are regrouped into fixed ``row_group_size`` row
    groups so the file does not depend on how the batches were cut.

    Use as a context manager, or call :meth:`close`; the file is complete only then, and
    the context manager deletes it when the block raises.
    """

    def __init__(self, path: str | os.PathLike[str], model: type, *,
                 row_group_size: int = DEFAULT_ROW_GROUP_SIZE) -> None:
        if row_group_size < 1:
            raise ValueError(f"row_group_size must be >= 1, got {row_group_size}")
        self.path = str(path)
        self.model = model
        self.row_group_size = row_group_size
        self.rows = 0
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._closed = False
        try:
            self._writer = pq.ParquetWriter(self.path, arrow_schema(model), **_OPTIONS)
        except OSError as exc:
            raise InputError(f"cannot write: {exc}", path=self.path) from None

    def write(self, records_or_table: Sequence[Any] | pa.Table) -> None:
        """Append a batch of records (or a table in the model's schema)."""
        if self._closed:
            raise ValueError(f"{self.path}: the writer is closed")
        table = _as_table(records_or_table, self.model, self.path)
        if table.num_rows == 0:
            return
        self._pending.append(table)
        self._pending_rows += table.num_rows
        self.rows += table.num_rows
        if self._pending_rows >= self.row_group_size:
            self._flush(final=False)

    def _flush(self, *, final: bool) -> None:
        table = pa.concat_tables(self._pending)
        full = (table.num_rows // self.row_group_size) * self.row_group_size
        cut = table.num_rows if final else full
        if cut:
            # One contiguous chunk: Arrow cuts data pages where input chunks end, so the
            # bytes would otherwise depend on how the records were batched.
            self._writer.write_table(table.slice(0, cut).combine_chunks(),
                                     row_group_size=self.row_group_size)
        rest = table.slice(cut)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def close(self) -> None:
        """Write the remaining rows and the footer; closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        if self._pending:
            self._flush(final=True)
        self._writer.close()

    def __enter__(self) -> ParquetStreamWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
            return
        # A failed write leaves no half-written file behind to be mistaken for data.
        self._closed = True
        self._writer.close()
        Path(self.path).unlink(missing_ok=True)


def write_parquet(records_or_table: Sequence[Any] | pa.Table, path: str | os.PathLike[str],
                  model: type, *, row_group_size: int = DEFAULT_ROW_GROUP_SIZE) -> None:
    """Write records of ``model`` (or a table in its schema) to a Parquet file at ``path``;
    the same records always give the same bytes."""
    with ParquetStreamWriter(path, model, row_group_size=row_group_size) as writer:
        writer.write(records_or_table)


def read_table(path: str | os.PathLike[str], model: type, *,
               rows: int | None = None) -> pa.Table:
    """The model's columns of the Parquet file at ``path`` as an Arrow table, after
    checking the file's schema against ``model`` and its footer before any data: row
    counts plausible for the file's size (and equal to ``rows`` when given) and the
    decompressed size capped, so a forged footer or a compression bomb is refused
    (:func:`~caucasus_events._safe_read.check_footer`)."""
    where = str(path)
    try:
        info = os.stat(where)
    except FileNotFoundError:
        raise InputError("no such file", path=where) from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", path=where) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError("is not a file", path=where)
    try:
        parquet = pq.ParquetFile(where)
    except PermissionError as exc:
        raise InputError(f"cannot be read: {exc}", path=where) from None
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise SchemaError(f"is not a readable Parquet file ({exc})", path=where) from None
    with parquet:
        check_schema(parquet.schema_arrow, model, path=where)
        check_footer(parquet.metadata, info.st_size, where, expected_rows=rows)
        try:
            return parquet.read(columns=arrow_schema(model).names, use_threads=False)
        except (pa.ArrowException, OSError, ValueError, MemoryError) as exc:
            raise SchemaError(f"is truncated or corrupt ({exc})", path=where) from None


def read_parquet(path: str | os.PathLike[str], model: type) -> list[Any]:
    """The ``model`` records of the Parquet file at ``path``, validated like any record."""
    return from_arrow(read_table(path, model), model, path=str(path))
