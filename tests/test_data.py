"""The bundled data-file reader (caucasus_events/_data.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from caucasus_events import _data
from caucasus_events.errors import InputError


def test_load_json_reads_a_bundled_file_afresh() -> None:
    first = _data.load_json("page_checks.json")
    assert "html_tags" in first
    first["html_tags"] = "changed"
    assert _data.load_json("page_checks.json")["html_tags"] != "changed"


def test_json_files_lists_a_folder_by_name() -> None:
    names = _data.json_files("lexicon")
    assert "lexicon/actors.json" in names
    assert list(names) == sorted(names)
    assert all(name.endswith(".json") for name in names)


def test_bad_json_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(_data, "_data_path", lambda relative: tmp_path / relative)
    with pytest.raises(InputError, match=r"caucasus_events/data/broken\.json: not valid JSON"):
        _data.load_json("broken.json")


def test_missing_file_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        _data.load_json("no_such_file.json")


def test_a_key_given_twice_names_the_file_and_the_key(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    (tmp_path / "twice.json").write_text('{"words": {"a": [1], "b": [2], "a": [3]}}',
                                         encoding="utf-8")
    monkeypatch.setattr(_data, "_data_path", lambda relative: tmp_path / relative)
    with pytest.raises(InputError, match=r"caucasus_events/data/twice\.json: key 'a' appears "
                                         r"twice"):
        _data.load_json("twice.json")


def _repeated_words(value: object, where: str) -> list[str]:
    """Every word list (a list of strings) under ``value`` that names a word twice."""
    if isinstance(value, dict):
        return [r for key, item in value.items() for r in _repeated_words(item, f"{where}.{key}")]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        twice = sorted(word for word, n in Counter(value).items() if n > 1)
        return [f"{where}: {twice}"] if twice else []
    if isinstance(value, list):
        return [r for i, item in enumerate(value) for r in _repeated_words(item, f"{where}[{i}]")]
    return []


def test_no_bundled_word_list_names_a_word_twice() -> None:
    # a word given twice is a merge slip: harmless to a set, but it hides which list
    # edit was meant, and a differing second copy of a list would be lost
    names = [name.removeprefix("./") for folder in (".", "lexicon")
             for name in _data.json_files(folder)]
    repeated = [r for name in names for r in _repeated_words(_data.load_json(name), name)]
    assert not repeated
