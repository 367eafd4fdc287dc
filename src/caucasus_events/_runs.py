"""Sorted runs on disk: what a build merges across pages is kept out of memory.

A :class:`Runs` takes ``(key, item)`` pairs in any order and gives them back in key
order.  While the pairs fit in ``run_size`` they are held in memory; beyond that each
full buffer is sorted and written to a run file (pickled chunks of a few hundred pairs),
and reading merges the runs with a k-way merge (``heapq.merge``), so memory holds one
buffer while writing and one chunk per run while reading, whatever the number of pairs.
A :class:`Spool` is one run kept in the order written.

The files are the build's own scratch (a directory inside the staging directory, removed
with it): they are pickles and are never read from anywhere else.
"""

from __future__ import annotations

import heapq
import itertools
import operator
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

__all__ = ["RUN_SIZE", "Runs", "Scratch", "Spool", "batched"]

_T = TypeVar("_T")

#: Pairs held in memory before a run is written (records of a page are a few dozen).
RUN_SIZE = 5_000
# Pairs per pickled chunk: what one run holds in memory while the runs are merged.
_CHUNK = 128
# Runs merged at once: beyond this many, groups of runs are first merged into longer
# runs, so that reading holds at most this many chunks however many runs there are.
_FAN_IN = 32
_first = operator.itemgetter(0)


class Scratch:
    """A directory for run files, made on first use: ``parent/name`` when a parent is
    given (the build's staging directory, so a failed build leaves nothing behind), else
    a fresh temporary directory; :meth:`close` removes it."""

    def __init__(self, parent: Path | None = None, name: str = ".merge") -> None:
        self._parent = parent
        self._name = name
        self._path: Path | None = None
        self._count = itertools.count()

    def file(self, stem: str) -> Path:
        """A new file name in the directory."""
        if self._path is None:
            if self._parent is None:
                self._path = Path(tempfile.mkdtemp(prefix="caucasus_events-merge-"))
            else:
                self._path = self._parent / self._name
                self._path.mkdir(exist_ok=True)
        return self._path / f"{stem}-{next(self._count):06d}.pickle"

    def close(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None


def _write_chunks(path: Path, pairs: list[Any]) -> None:
    with open(path, "wb") as out:
        for i in range(0, len(pairs), _CHUNK):
            pickle.dump(pairs[i:i + _CHUNK], out, protocol=pickle.HIGHEST_PROTOCOL)


def _read_chunks(path: Path, *, remove: bool) -> Iterator[Any]:
    file: IO[bytes]
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        while file.tell() < size:
            yield from pickle.load(file)
    if remove:
        path.unlink(missing_ok=True)


class Runs(Generic[_T]):
    """``(key, item)`` pairs given back in key order (see the module); keys must be
    unique or their ties are given back in the order added.  Reading (:meth:`drain`)
    empties it."""

    def __init__(self, scratch: Scratch, stem: str, *, run_size: int | None = None) -> None:
        self._scratch = scratch
        self._stem = stem
        self._run_size = run_size or RUN_SIZE
        self._buffer: list[tuple[Any, _T]] = []
        self._runs: list[Path] = []
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add(self, key: Any, item: _T) -> None:
        self._buffer.append((key, item))
        self.count += 1
        if len(self._buffer) >= self._run_size:
            self._spill()

    def _spill(self) -> None:
        self._buffer.sort(key=_first)
        path = self._scratch.file(self._stem)
        _write_chunks(path, self._buffer)
        self._runs.append(path)
        self._buffer = []

    def drain(self) -> Iterator[tuple[Any, _T]]:
        """Every pair in key order, once."""
        self._buffer.sort(key=_first)
        while len(self._runs) > _FAN_IN:
            group, self._runs = self._runs[:_FAN_IN], self._runs[_FAN_IN:]
            path = self._scratch.file(self._stem)
            with open(path, "wb") as out:
                for chunk in batched(heapq.merge(
                        *(_read_chunks(p, remove=True) for p in group), key=_first), _CHUNK):
                    pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
            self._runs.append(path)
        sources: list[Iterator[tuple[Any, _T]]] = [
            _read_chunks(p, remove=True) for p in self._runs]
        if self._buffer:
            sources.append(iter(self._buffer))
        self._buffer, self._runs, self.count = [], [], 0
        if len(sources) == 1:
            return sources[0]
        return heapq.merge(*sources, key=_first)


class Spool(Generic[_T]):
    """Items kept in the order written, on disk beyond ``run_size``; read once."""

    def __init__(self, scratch: Scratch, stem: str, *, run_size: int | None = None) -> None:
        self._scratch = scratch
        self._stem = stem
        self._run_size = run_size or RUN_SIZE
        self._buffer: list[_T] = []
        self._path: Path | None = None
        self._file: IO[bytes] | None = None
        self.count = 0

    def append(self, item: _T) -> None:
        self._buffer.append(item)
        self.count += 1
        if len(self._buffer) >= self._run_size:
            self._flush()

    def _flush(self) -> None:
        if self._file is None:
            self._path = self._scratch.file(self._stem)
            self._file = open(self._path, "wb")  # noqa: SIM115 - closed in drain
        for i in range(0, len(self._buffer), _CHUNK):
            pickle.dump(self._buffer[i:i + _CHUNK], self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._buffer = []

    def drain(self) -> Iterator[_T]:
        """Every item in the order written, once."""
        if self._file is None:
            items, self._buffer = self._buffer, []
            return iter(items)
        self._flush()
        self._file.close()
        self._file = None
        assert self._path is not None
        return _read_chunks(self._path, remove=True)


def batched(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
