"""Measuring primitives for the benchmarks: best-of timing, cProfile summaries, child
processes with their own peak memory, and plain-text tables."""

from __future__ import annotations

import cProfile
import io
import os
import platform
import pstats
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow

__all__ = ["ChildRun", "best_of", "format_table", "machine_info", "profile", "run_child"]


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The fastest of ``repeat`` calls of ``fn`` in seconds, with the last call's result;
    the minimum is the figure least disturbed by the rest of the machine."""
    best = float("inf")
    result: Any = None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def profile(fn: Callable[[], Any], *, top: int = 15) -> str:
    """Run ``fn`` under cProfile and render the ``top`` functions by cumulative and by
    own time, so a report shows both where time is spent and what spends it."""
    prof = cProfile.Profile()
    prof.runcall(fn)
    out = io.StringIO()
    for key, label in (("cumulative", "cumulative time"), ("tottime", "own time")):
        out.write(f"-- top {top} by {label} --\n")
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats(key).print_stats(top)
    return _trim_pstats(out.getvalue())


def _trim_pstats(text: str) -> str:
    """pstats output without its preamble lines and with project paths shortened."""
    keep = []
    for line in text.splitlines():
        if line.strip().startswith(("Ordered by", "List reduced")) or " function calls " in line:
            continue
        keep.append(line.replace(str(Path.cwd()) + os.sep, ""))
    return "\n".join(line for line in keep if line.strip()) + "\n"


@dataclass(frozen=True)
class ChildRun:
    """A finished child process: exit status, wall time and its own peak resident memory."""

    returncode: int
    seconds: float
    peak_rss_mib: float
    stdout: str
    stderr: str


def run_child(argv: Sequence[str], *, cwd: Path | None = None) -> ChildRun:
    """Run ``argv`` to completion and return its wall time and peak RSS.

    The child is reaped with ``os.wait4`` so the memory figure is that child's alone,
    not the running maximum over all children that ``RUSAGE_CHILDREN`` reports.
    """
    start = time.perf_counter()
    with subprocess.Popen(list(argv), cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        stdout, stderr = _drain(proc)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux.
    return ChildRun(proc.returncode, seconds, usage.ru_maxrss / 1024, stdout, stderr)


def _drain(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """Read a child's stdout and stderr to the end without reaping it (so wait4 still can)."""
    chunks: dict[str, str] = {}

    def read(name: str, stream: Any) -> None:
        chunks[name] = stream.read()

    threads = [threading.Thread(target=read, args=(n, s))
               for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return chunks.get("out", ""), chunks.get("err", "")


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A fixed-width text table; numbers right-aligned, everything else left-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) and bool(rows)
               for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w)
                         for v, w, n in zip(values, widths, numeric, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in cells)])


def _cell(value: object) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def machine_info() -> dict[str, str]:
    """Where figures come from: platform, CPU model and count, memory, Python and pyarrow."""
    cpu = platform.processor() or "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": str(os.cpu_count()),
        "memory": memory,
        "python": platform.python_version(),
        "pyarrow": pyarrow.__version__,
    }
