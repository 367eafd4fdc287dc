"""Reading files of a dataset that may come from a stranger, within fixed bounds.

A descriptor (``datapackage.json``) is read only when it is a regular file, not a
symbolic link, FIFO or device, under :data:`MAX_JSON_BYTES` and nested at most
:data:`MAX_JSON_DEPTH` deep, and its resources have the shape a build writes.  A table
file is read only when it is a regular file whose real path stays inside the dataset
directory.  A Parquet footer is checked before any data page is read: row counts must
match the descriptor and be plausible for the bytes the file stores, and the bytes it
decompresses to are capped relative to its size, so a forged footer or a compression
bomb is refused instead of filling memory.  Every refusal is a :class:`SchemaError`
naming the file.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from caucasus_events.errors import SchemaError

__all__ = [
    "MAX_EXPANSION",
    "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH",
    "check_footer",
    "check_resources",
    "dataset_file",
    "read_json",
]

#: A descriptor larger than this is refused (a real one is tens of kilobytes).
MAX_JSON_BYTES = 8 << 20
#: Deepest nesting of arrays and objects a descriptor may have (a real one has 7).
MAX_JSON_DEPTH = 32
#: A Parquet file may decompress to at most this many times its size ...
MAX_EXPANSION = 1000
#: ... or this many bytes, whichever is larger (small files of repetitive columns).
_EXPANSION_FLOOR = 64 << 20

# The resource section where a build records what Frictionless has no field for (the
# file's size); datapackage.PACKAGE_KEY, which imports this module.
_SECTION = "caucasus_events"

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISDIR, "a directory"), (stat.S_ISLNK, "a symbolic link"))


def _kind(mode: int) -> str:
    return next((name for check, name in _KINDS if check(mode)), "not a regular file")


def read_json(path: Path, *, max_bytes: int = MAX_JSON_BYTES,
              max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The JSON value of the regular file at ``path`` (symbolic links are not followed),
    refused with SchemaError when it is anything else, too large, not UTF-8 JSON or too
    deeply nested.  Never blocks on a FIFO; reads at most ``max_bytes`` + 1 bytes."""
    where = str(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if path.is_symlink():
            raise SchemaError("is a symbolic link; a dataset's descriptor must be a regular "
                              "file", path=where) from None
        raise SchemaError(f"cannot read: {exc.strerror or exc}", path=where) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SchemaError(f"is {_kind(info.st_mode)}, not a regular file", path=where)
        if info.st_size > max_bytes:
            raise SchemaError(f"is {info.st_size:,} bytes, more than the {max_bytes:,} a "
                              "descriptor may have", path=where)
        raw = fh.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise SchemaError(f"is more than the {max_bytes:,} bytes a descriptor may have",
                          path=where)
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"not valid JSON ({exc})", path=where) from None
    except RecursionError:
        value = None
        depth = max_depth + 1
    else:
        depth = _depth(value, max_depth)
    if depth > max_depth:
        raise SchemaError(f"nested more than {max_depth} levels deep", path=where)
    return value


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of a JSON value, without recursion; stops counting past ``limit``."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, dict | list):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


_RESOURCE_FIELDS: tuple[tuple[str, str, Any], ...] = (
    ("name", "a string", lambda v: isinstance(v, str) and v != ""),
    ("path", "a relative path", lambda v: isinstance(v, str) and _relative(v)),
    ("rows", "a non-negative integer", _is_count),
    ("hash", "a 'sha256:...' string", lambda v: isinstance(v, str) and v.startswith("sha256:")),
)


def _relative(text: str) -> bool:
    parts = text.split("/")
    return bool(text) and not text.startswith("/") and "\\" not in text and "\x00" not in text \
        and all(p not in ("", ".", "..") for p in parts)


def check_resources(package: Mapping[str, Any], where: str) -> None:
    """Raise SchemaError naming ``where`` unless every resource of ``package`` is an
    object with a name, a relative path, a hash, and integer rows and bytes, as a build
    writes."""
    resources = package.get("resources")
    if not isinstance(resources, list):
        raise SchemaError("has no 'resources' list", path=where)
    for i, resource in enumerate(resources):
        if not isinstance(resource, dict):
            raise SchemaError(f"resources[{i}] must be an object, got "
                              f"{type(resource).__name__}", path=where)
        for key, expected, ok in _RESOURCE_FIELDS:
            if not ok(resource.get(key)):
                raise SchemaError(f"resources[{i}].{key} must be {expected}, got "
                                  f"{_shown(resource.get(key))}", path=where)
        section = resource.get(_SECTION)
        if not isinstance(section, dict) or not _is_count(section.get("bytes")):
            raise SchemaError(f"resources[{i}].{_SECTION}.bytes must be a non-negative "
                              f"integer, got {_shown(section)}", path=where)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def dataset_file(directory: Path, relative: str) -> Path:
    """The table file ``relative`` of the dataset at ``directory``: SchemaError unless it
    is a regular file whose real path (links resolved) lies inside the directory."""
    path = directory / relative
    if not _relative(relative):
        raise SchemaError("is not a relative path inside the dataset", path=str(path))
    root = os.path.realpath(directory)
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root:
        raise SchemaError(f"leads outside the dataset directory (to {real})", path=str(path))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        raise SchemaError("file is missing", path=str(path)) from None
    except OSError as exc:
        raise SchemaError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if not stat.S_ISREG(info.st_mode):
        raise SchemaError(f"is {_kind(info.st_mode)}, not a regular file", path=str(path))
    return path


def check_footer(metadata: Any, file_size: int, where: str, *,
                 expected_rows: int | None = None) -> None:
    """Check a Parquet footer (``pyarrow.parquet.FileMetaData``) before reading data:
    row counts add up (and equal ``expected_rows`` when given), every column chunk lies
    inside the file, at most one row per stored byte, and the decompressed size is
    capped.  Raises SchemaError naming ``where``."""
    rows = metadata.num_rows
    if expected_rows is not None and rows != expected_rows:
        raise SchemaError(f"footer records {rows} rows, the descriptor {expected_rows}",
                          path=where)
    group_rows = 0
    uncompressed = 0
    for g in range(metadata.num_row_groups):
        group = metadata.row_group(g)
        group_rows += group.num_rows
        group_bytes = 0
        for c in range(group.num_columns):
            column = group.column(c)
            offsets = [o for o in (column.dictionary_page_offset, column.data_page_offset)
                       if o]
            start = min(offsets) if offsets else 0
            if start < 0 or column.total_compressed_size < 0 \
                    or start + column.total_compressed_size > file_size \
                    or column.total_uncompressed_size < 0:
                raise SchemaError(f"footer places row group {g} column {c} outside the "
                                  f"file ({file_size} bytes)", path=where)
            group_bytes += column.total_uncompressed_size
        if group.num_rows < 0 or (group.num_rows > group_bytes and group.num_columns):
            raise SchemaError(f"footer claims {group.num_rows} rows in row group {g}, which "
                              f"stores {group_bytes} bytes: not plausible", path=where)
        uncompressed += group_bytes
    if group_rows != rows:
        raise SchemaError(f"footer claims {rows} rows but its row groups hold {group_rows}",
                          path=where)
    limit = max(_EXPANSION_FLOOR, MAX_EXPANSION * file_size)
    if uncompressed > limit:
        raise SchemaError(f"decompresses to {uncompressed:,} bytes, more than the {limit:,} "
                          f"allowed for a file of {file_size:,} bytes", path=where)
