"""Measuring primitives for the benchmarks: best-of timing, cProfile summaries, child
processes with their own peak memory, and plain-text tables."""

from __future__ import annotations

import cProfile
import io
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow

__all__ = ["ChildRun", "best_of", "cpu_best_of", "format_table", "machine_info", "profile",
           "run_child"]


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


def cpu_best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """The least CPU time (this process, user + system: one core's work, since the call is
    single-threaded) of ``repeat`` calls of ``fn`` in seconds, the wall time of that call,
    and the last call's result.  CPU time is what a core spends, whatever else the machine
    runs; the minimum over repeats drops cache and scheduling noise."""
    best_cpu, best_wall = float("inf"), float("inf")
    result: Any = None
    for _ in range(max(1, repeat)):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
        if cpu < best_cpu:
            best_cpu, best_wall = cpu, wall
    return best_cpu, best_wall, result


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
    # User + system CPU time of the child (the steady figure on a shared machine).
    cpu_seconds: float = 0.0


# Linux keeps the larger of the parent's and the child's peak RSS across fork + exec, so a
# child forked from a benchmark that already holds gigabytes reports gigabytes.  A small,
# freshly exec'ed launcher forks the real child instead and reports that child's peak.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "proc = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(proc.pid, 0)\n"
    "proc.returncode = os.waitstatus_to_exitcode(status)\n"
    "with open(sys.argv[1], 'w') as f:\n"
    "    f.write(f'{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}')\n"
    "sys.exit(proc.returncode)\n"
)


def run_child(argv: Sequence[str], *, cwd: Path | None = None) -> ChildRun:
    """Run ``argv`` to completion and return its wall time and its own peak RSS.

    The child is started by a small launcher process and reaped there with ``os.wait4``,
    so the memory figure is that child's alone: neither the running maximum over all
    children that ``RUSAGE_CHILDREN`` reports nor the benchmark's own memory, which a
    child forked directly from it would inherit in its ``ru_maxrss``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "maxrss"
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _LAUNCHER, str(report), *argv],
                              cwd=cwd, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        maxrss, cpu = report.read_text().split() if report.exists() else ("0", "0")
    # ru_maxrss is in KiB on Linux.
    return ChildRun(proc.returncode, seconds, int(maxrss) / 1024, proc.stdout, proc.stderr,
                    float(cpu))


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
