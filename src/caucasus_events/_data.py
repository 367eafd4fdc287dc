"""The package's bundled data files: one reader that finds a file under
``caucasus_events/data/`` and names it when its JSON is bad.

It does not cache: every table built from a file keeps its own cache (``Lexicon.default``,
``Gazetteer.default``, ...), so a parsed file is neither shared between readers, where one
could change it under another, nor kept in memory beside the table built from it.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from caucasus_events.errors import InputError

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["data_origin", "json_files", "load_json"]


def data_origin(relative_path: str) -> str:
    """How a data file is named in messages: ``caucasus_events/data/<relative_path>``."""
    return f"caucasus_events/data/{relative_path}"


def _data_path(relative_path: str) -> Traversable:
    path = resources.files("caucasus_events") / "data"
    for part in relative_path.split("/"):
        path = path / part
    return path


def load_json(relative_path: str) -> Any:
    """The parsed content of the bundled file ``data/<relative_path>`` (``/``-separated),
    read afresh on each call.  Raises :class:`InputError` naming the file when it is not
    valid JSON (and ``FileNotFoundError`` when there is no such file)."""
    try:
        return json.loads(_data_path(relative_path).read_text(encoding="utf-8"),
                          object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}", path=data_origin(relative_path)) from None
    except _DuplicateKeyError as exc:
        raise InputError(f"key {exc.args[0]!r} appears twice in one object (the second would "
                         "silently replace the first)", path=data_origin(relative_path)) from None


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's members as a dict, refusing a key given twice (two helpers adding the
    same word list to one file must not lose one of them without a word)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


def json_files(folder: str) -> tuple[str, ...]:
    """The relative paths of the JSON files directly in ``data/<folder>``, by file name."""
    names = sorted(item.name for item in _data_path(folder).iterdir()
                   if item.name.endswith(".json"))
    return tuple(f"{folder}/{name}" for name in names)
