"""Reading gold annotations (``devset/FORMAT.md``) and the pages they describe.

Each gold file is checked for the keys and value types the harness reads; a bad file raises
:class:`~caucasus_events.errors.InputError` naming the file and the key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from caucasus_events.errors import InputError

__all__ = ["GoldPage", "load_gold", "page_paths", "page_urls"]

_STR = (str,)
_OPT_STR = (str, type(None))
_LIST = (list,)
_BOOL = (bool,)

# key -> accepted types, per record kind; only what the harness reads is required.
_TOP: dict[str, tuple[type, ...]] = {
    "file": _STR, "documents": _LIST, "quotes": _LIST, "not_quotes": _LIST,
    "citations": _LIST, "actors": _LIST, "places": _LIST, "events": _LIST,
}
_RECORDS: dict[str, dict[str, tuple[type, ...]]] = {
    "documents": {"title": _OPT_STR, "authors": _LIST, "published": (dict,),
                  "body_first_words": _STR, "body_last_words": _STR, "boilerplate": _LIST},
    "quotes": {"text": _STR, "speaker": _OPT_STR, "partial": _BOOL},
    "citations": {"source": _STR, "as_written": _STR},
    "actors": {"name": _STR, "kind": _STR, "country": _OPT_STR, "aliases_in_text": _LIST},
    "places": {"name": _STR, "country": _OPT_STR, "as_written": _LIST},
    "events": {"date": _OPT_STR, "precision": _STR, "type": _STR, "initiator": _OPT_STR,
               "targets": _LIST, "place": _OPT_STR, "evidence": _STR},
}
_PUBLISHED: dict[str, tuple[type, ...]] = {"date": _OPT_STR, "precision": _STR,
                                           "inferred": _BOOL}


@attrs.frozen
class GoldPage:
    """One gold file: where it was read from, and its annotation as parsed JSON."""

    path: Path
    data: dict[str, Any]

    @property
    def file(self) -> str:
        """The page file name the annotation describes (its ``file`` key)."""
        return str(self.data["file"])


def _check(record: Any, keys: dict[str, tuple[type, ...]], where: str, path: Path) -> None:
    if not isinstance(record, dict):
        raise InputError(f"{where} must be an object, got {type(record).__name__}",
                         path=str(path))
    for key, types in keys.items():
        if key not in record:
            raise InputError(f"{where}: missing key {key!r}", path=str(path))
        if not isinstance(record[key], types):
            want = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            raise InputError(f"{where}.{key} must be {want}, got {record[key]!r:.60}",
                             path=str(path))


def _json_file(path: Path, what: str) -> Any:
    """The JSON value in ``path``; an :class:`InputError` naming the file when it cannot be
    read (``what`` names the kind of file) or is not valid JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}",
                         path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", path=str(path)) from None


def _read(path: Path) -> GoldPage:
    data = _json_file(path, "gold file")
    _check(data, _TOP, "top level", path)
    for kind, keys in _RECORDS.items():
        for i, record in enumerate(data[kind]):
            _check(record, keys, f"{kind}[{i}]", path)
    for i, doc in enumerate(data["documents"]):
        _check(doc["published"], _PUBLISHED, f"documents[{i}].published", path)
    for key in ("not_quotes", "ambiguous"):
        if not all(isinstance(s, str) for s in data.get(key, [])):
            raise InputError(f"{key} must be a list of strings", path=str(path))
    return GoldPage(path=path, data=data)


def load_gold(gold: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
              ) -> list[GoldPage]:
    """The gold pages of a directory (every ``*.json`` in it) or of a list of files,
    ordered by page file name."""
    if isinstance(gold, (str, os.PathLike)):
        root = Path(gold)
        if not root.is_dir():
            raise InputError("gold directory not found" if not root.exists()
                             else "gold must be a directory of JSON files", path=str(root))
        files = sorted(root.glob("*.json"))
        if not files:
            raise InputError("no gold files (*.json) in the directory", path=str(root))
    else:
        files = [Path(p) for p in gold]
    pages = [_read(p) for p in files]
    seen: dict[str, Path] = {}
    for page in pages:
        if page.file in seen:
            raise InputError(f"file {page.file!r} is also annotated in {seen[page.file]}",
                             path=str(page.path))
        seen[page.file] = page.path
    return sorted(pages, key=lambda g: g.file)


def page_paths(pages: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
               ) -> dict[str, Path]:
    """Page file name -> path, for a directory of ``*.txt`` pages or a list of files."""
    if isinstance(pages, (str, os.PathLike)):
        root = Path(pages)
        if not root.is_dir():
            raise InputError("pages directory not found" if not root.exists()
                             else "pages must be a directory of page files", path=str(root))
        files = sorted(p for p in root.iterdir() if p.is_file() and p.suffix == ".txt")
    else:
        files = [Path(p) for p in pages]
    return {p.name: p for p in files}


# The dev set's record of where each page came from (``devset/FORMAT.md``), beside its
# pages directory.
SOURCES_FILE = "SOURCES.json"


def page_urls(pages: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
              ) -> dict[str, str]:
    """Page file name -> the address it was fetched from, from the ``SOURCES.json`` beside a
    pages directory (``{"documents": [{"file": ..., "url": ...}]}``); empty without one.
    A page is parsed with its address as a build from a manifest would be."""
    if not isinstance(pages, (str, os.PathLike)):
        return {}
    path = Path(pages).parent / SOURCES_FILE
    if not path.is_file():
        return {}
    data = _json_file(path, "the sources file")
    rows = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise InputError("sources file must be an object with a 'documents' list",
                         path=str(path))
    urls: dict[str, str] = {}
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("file"), str) \
                or not isinstance(row.get("url", ""), str):
            raise InputError(f"documents[{i}] must have a string 'file' and 'url'",
                             path=str(path))
        if row.get("url"):
            urls[row["file"]] = row["url"]
    return urls
