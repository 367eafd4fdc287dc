"""Replacing a dataset directory without ever losing one: the lock, the swap, the files a
build may delete, stale debris and worker processes.

- **Lock.** A build holds ``fcntl.flock`` on ``.OUT.lock`` beside ``--out`` from start to
  end; a second build to the same ``--out`` fails at once with :class:`BuildLockedError`.
  The lock file is removed on release (a waiter that locked the unlinked file notices
  the inode changed and tries again).
- **Swap.** The new dataset is built in a hidden sibling ``.OUT.building-PID-HEX`` and
  exchanged with the old one by ``renameat2(RENAME_EXCHANGE)`` (Linux 3.15+, through
  ctypes): one system call, so ``--out`` is the old dataset or the new one at every
  instant.  Where the call is missing (other systems, filesystems without it) two
  renames are used and the short window between them is repaired by the next build,
  which renames the old dataset back.  We chose the exchange over a versioned
  subdirectory behind a symlink because ``--out`` stays a plain directory: tools that
  copy, archive or ``rm -r`` it, and ``load()``'s cache, see what they always saw.
- **What ``--force`` may delete.** Only files a build wrote: those its descriptor lists
  (the tables, and under ``caucasus_events.files`` every other file with its SHA-256)
  and unchanged since.  A directory holding anything else is never replaced.
- **Debris.** Under the lock no other build of ``--out`` is running, so any
  ``.OUT.building-*`` left there belongs to a dead process and is removed; an
  ``.OUT.old-*`` is renamed back when ``--out`` is missing, else removed.
- **Workers** set ``PR_SET_PDEATHSIG`` (Linux) so they die with the build.
- **Failure points.** :func:`checkpoint` kills the process with SIGKILL when
  :data:`FAIL_AT` names the point; the kill tests set it in a child process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
import signal
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from caucasus_events._safe_read import read_json
from caucasus_events.datapackage import (
    DATAPACKAGE,
    PACKAGE_KEY,
    file_digest,
    recorded_bytes,
    write_json,
)
from caucasus_events.errors import CaucasusEventsError, SchemaError

__all__ = [
    "FAIL_AT",
    "BuildLockedError",
    "build_lock",
    "checkpoint",
    "clean_stale",
    "die_with_parent",
    "foreign_files",
    "record_files",
    "replace_dataset",
]

#: The failure point at which :func:`checkpoint` kills the process (tests only).
FAIL_AT: str | None = None
#: Whether to try ``renameat2(RENAME_EXCHANGE)`` before the two-rename fallback.
USE_EXCHANGE = True

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_PR_SET_PDEATHSIG = 1


class BuildLockedError(CaucasusEventsError, FileExistsError):
    """Another build is writing the same output directory."""


def checkpoint(point: str) -> None:
    """Die here, as a crash or ``kill -9`` would, when :data:`FAIL_AT` is ``point``."""
    if point == FAIL_AT:
        os.kill(os.getpid(), signal.SIGKILL)


def _libc() -> Any:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    except OSError:
        return None


# --- lock --------------------------------------------------------------------------------


def lock_path(out: Path) -> Path:
    """The lock file of builds writing ``out``."""
    return out.parent / f".{out.name}.lock"


@contextmanager
def build_lock(out: Path, error: type[Exception] = BuildLockedError) -> Iterator[None]:
    """Hold the build lock of ``out``; ``error`` (BuildLockedError) at once when another
    process holds it."""
    path = lock_path(out)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise error(
                f"{out}: another build (process {holder or '?'}) is writing this dataset; "
                "wait for it to finish or choose another --out") from None
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        if current is not None and current.st_ino == os.fstat(fd).st_ino:
            break
        os.close(fd)  # the holder removed the file as we opened it: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)


# --- what a build wrote ------------------------------------------------------------------


def record_files(directory: Path) -> None:
    """List in the descriptor of a just-built ``directory`` every file it holds that is
    not a table resource (the card, ...), with its SHA-256, so a later ``--force`` knows
    what it may delete."""
    package = read_json(directory / DATAPACKAGE)
    listed = {r["path"] for r in package["resources"]}
    files = {}
    for path in sorted(_walk(directory)):
        rel = path.relative_to(directory).as_posix()
        if rel != DATAPACKAGE and rel not in listed:
            files[rel] = f"sha256:{file_digest(path)[1]}"
    package[PACKAGE_KEY]["files"] = files
    write_json(directory / DATAPACKAGE, package)


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(directory):
        dirs.sort()
        for name in (*names, *(d for d in dirs if os.path.islink(os.path.join(root, d)))):
            yield Path(root, name)


def _written(package: Mapping[str, Any]) -> dict[str, tuple[int | None, str]]:
    """Relative path -> (size or None, "sha256:...") of every file a build wrote."""
    out: dict[str, tuple[int | None, str]] = {}
    for res in package.get("resources", []):
        if isinstance(res, dict) and isinstance(res.get("path"), str):
            size = recorded_bytes(res)
            out[res["path"]] = (size if isinstance(size, int) else None, str(res.get("hash")))
    files = package.get(PACKAGE_KEY, {}).get("files", {})
    if isinstance(files, dict):
        out.update((k, (None, str(v))) for k, v in files.items() if isinstance(k, str))
    return out


def foreign_files(directory: Path) -> list[str]:
    """Files (and links, FIFOs ...) in the dataset ``directory`` that no build wrote:
    not listed in its descriptor, or changed since (size or SHA-256).  Empty when
    ``--force`` may replace the directory."""
    try:
        package = read_json(directory / DATAPACKAGE)
    except (OSError, SchemaError):
        return [DATAPACKAGE]
    written = _written(package) if isinstance(package, dict) else {}
    foreign = []
    for path in _walk(directory):
        rel = path.relative_to(directory).as_posix()
        if rel == DATAPACKAGE:
            continue
        expected = written.get(rel)
        if expected is None or path.is_symlink() or not path.is_file():
            foreign.append(rel)
            continue
        size, digest = expected
        if (size is not None and path.stat().st_size != size) \
                or f"sha256:{file_digest(path)[1]}" != digest:
            foreign.append(rel)
    return sorted(foreign)


def _remove_dataset(directory: Path) -> None:
    """Delete a retired dataset: the files a build wrote, then the emptied folders.
    Anything else (added after the check) is left where it is."""
    try:
        package = read_json(directory / DATAPACKAGE)
        written = set(_written(package)) if isinstance(package, dict) else set()
    except (OSError, SchemaError):
        written = set()
    for rel in sorted(written):
        target = directory / rel
        if os.path.commonpath([directory, target]) == str(directory) and target.is_file() \
                and not target.is_symlink():
            target.unlink()
    (directory / DATAPACKAGE).unlink(missing_ok=True)
    for root, _dirs, _files in os.walk(directory, topdown=False):
        with suppress(OSError):
            os.rmdir(root)  # only succeeds on a folder left empty


# --- the swap ----------------------------------------------------------------------------


def _exchange(a: Path, b: Path) -> bool:
    """Swap the names ``a`` and ``b`` in one step; False when the system cannot."""
    libc = _libc() if USE_EXCHANGE else None
    function = getattr(libc, "renameat2", None)
    if function is None:
        return False
    result = function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def replace_dataset(built: Path, out: Path, backup: Path) -> None:
    """Put the dataset ``built`` at ``out`` and delete the one it replaces, if any, so
    that ``out`` is the old or the new dataset at every moment (see the module doc).
    ``backup`` is a free sibling name used only by the two-rename fallback."""
    if not out.exists() and not out.is_symlink():
        checkpoint("before-swap")
        os.rename(built, out)
        checkpoint("after-swap")
        return
    checkpoint("before-swap")
    if _exchange(built, out):
        old = built
    else:
        os.rename(out, backup)
        checkpoint("between-renames")
        try:
            os.rename(built, out)
        except BaseException:
            os.rename(backup, out)
            raise
        old = backup
    checkpoint("after-swap")
    _remove_dataset(old)


def clean_stale(out: Path) -> list[Path]:
    """Remove what dead builds of ``out`` left beside it (call with the lock held):
    build directories, and old datasets (renamed back to ``out`` when it is missing).
    Returns what was removed or restored."""
    handled: list[Path] = []
    prefix = f".{out.name}."
    try:
        entries = sorted(out.parent.iterdir())
    except OSError:
        return handled
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix) or entry.is_symlink() or not entry.is_dir():
            continue
        kind = name[len(prefix):].split("-", 1)[0]
        if kind in ("building", "updating"):
            shutil.rmtree(entry, ignore_errors=True)
        elif kind == "old" and not out.exists() and not out.is_symlink():
            os.rename(entry, out)
        elif kind == "old":
            _remove_dataset(entry)
        else:
            continue
        handled.append(entry)
    return handled


# --- workers -----------------------------------------------------------------------------


def die_with_parent(parent: int) -> None:
    """Pool initializer: the worker gets SIGKILL when the process that started it dies
    (Linux ``prctl(PR_SET_PDEATHSIG)``), and exits at once if it already has."""
    libc = _libc()
    prctl = getattr(libc, "prctl", None)
    if prctl is not None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)
