"""Measure the figures of docs/reliability.md: the library tried as an attacker would.

    python tools/reliability.py [--pages N] [--seed S] [--large] [--json OUT]

1. Fuzzed pages: N pages mutated from the bundled and development pages (fragments
   that once crashed a stage inserted, slices deleted or repeated); each is parsed
   under a CPU budget; a crash is any exception but InputError, or a span that does not
   verify; "over 2 s" counts pages taking more than 2 s of CPU.
2. Adversarial shapes: CPU time of parse_page at 10 KB and 100 KB (and 1 MB with
   ``--large``) for each shape of tests/parse/test_adversarial.py, and the growth.
3. Hostile datasets: each built from a fresh dataset, then ``validate`` and ``info`` run
   in a child process limited to 2 GB of address space and 60 s; a traceback, a hang
   (timeout) or a hostile dataset reported valid counts as a failure; peak memory is the
   child's maximum resident set.
4. Kill points: a ``build --force`` over an existing dataset is killed (SIGKILL) at each
   injected point, with the exchange swap and with the two-rename fallback; damaged
   means ``--out`` is neither the old nor a valid new dataset after the next build's
   repair, debris is anything left beside ``--out`` after the next build.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "parse"))

from test_adversarial import SHAPES  # noqa: E402
from test_fuzz import SEEDS, mutate  # noqa: E402

from caucasus_events import _atomic  # noqa: E402
from caucasus_events._spans import span_problems  # noqa: E402
from caucasus_events.datapackage import DATAPACKAGE, resource_path  # noqa: E402
from caucasus_events.dataset import build_dataset, validate_dataset  # noqa: E402
from caucasus_events.errors import InputError  # noqa: E402
from caucasus_events.models import Document  # noqa: E402
from caucasus_events.parquet import write_parquet  # noqa: E402
from caucasus_events.parse import parse_page  # noqa: E402
from test_hostile_datasets import (  # noqa: E402
    _forge_row_count,
    _package,
    _resign,
    _rewrite,
    _write_package,
)


class _OverBudget(Exception):
    pass


def _raise(signum: int, frame: object) -> None:
    raise _OverBudget


def _cpu(function: Callable[[], Any], budget: float) -> tuple[float, BaseException | None]:
    """CPU seconds ``function`` takes (inf past ``budget``) and what it raised."""
    signal.signal(signal.SIGPROF, _raise)
    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        function()
    except _OverBudget:
        return float("inf"), None
    except BaseException as exc:  # counting every crash is the point
        return time.process_time() - start, exc
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - start, None


# --- 1. fuzzed pages ----------------------------------------------------------------------


def _check_page(text: str) -> None:
    try:
        page = parse_page(text)
    except InputError:
        return
    texts = {d.id: d.text for d in page.documents}
    problems = list(span_problems(texts, quotes=page.quotes, citations=page.citations,
                                  actors=page.actors, places=page.places, events=page.events))
    if problems:
        raise AssertionError(str(problems[0]))


def fuzz(pages: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    crashes: dict[str, int] = {}
    slow = 0
    worst = 0.0
    examples: list[str] = []
    for _ in range(pages):
        text = mutate(rng.choice(SEEDS), rng.randint, rng.choice)
        seconds, error = _cpu(lambda text=text: _check_page(text), 30.0)  # type: ignore[misc]
        worst = max(worst, seconds)
        slow += seconds > 2.0
        if error is not None:
            kind = f"{type(error).__name__}: {str(error)[:80]}"
            crashes[kind] = crashes.get(kind, 0) + 1
            if len(examples) < 3:
                examples.append(text[:200])
    return {"tried": pages, "crashes": sum(crashes.values()), "over_2s": slow,
            "worst_cpu_s": round(worst, 3), "crash_kinds": crashes}


# --- 2. adversarial shapes ------------------------------------------------------------


def shapes(large: bool) -> list[dict[str, Any]]:
    sizes = [10_000, 100_000] + ([1_000_000] if large else [])
    out = []
    for name, make in SHAPES.items():
        row: dict[str, Any] = {"shape": name}
        for size in sizes:
            text = make(size)
            seconds, error = _cpu(lambda text=text: parse_page(text), 120.0)  # type: ignore[misc]
            row[f"cpu_s_{size // 1000}kb"] = round(seconds, 3)
            if error is not None:
                row["error"] = f"{type(error).__name__}: {error}"[:100]
        row["growth_10_to_100kb"] = round(row["cpu_s_100kb"] / max(row["cpu_s_10kb"], 1e-3), 1)
        out.append(row)
        print(f"  {name}: {row}", file=sys.stderr)
    return out


# --- 3. hostile datasets ----------------------------------------------------------------


def _set(target: Path, table: str, column: str, value: Any) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0][column] = value

    _rewrite(target, table, change)


def _bomb(target: Path) -> None:
    path = target / resource_path("documents")
    write_parquet([Document(id="doc_bomb", text="a" * (200 << 20))], path, Document)
    _resign(target, "documents", rows=1)


def _forge(target: Path) -> None:
    _forge_row_count(target / resource_path("actors"), 2**40)
    _resign(target, "actors", rows=2**40)


def _descriptor(content: str | bytes) -> Callable[[Path], None]:
    def apply(target: Path) -> None:
        data = content.encode() if isinstance(content, str) else content
        (target / DATAPACKAGE).write_bytes(data)
    return apply


def _fifo(target: Path) -> None:
    (target / DATAPACKAGE).unlink()
    os.mkfifo(target / DATAPACKAGE)


def _link(to: str, name: str = DATAPACKAGE) -> Callable[[Path], None]:
    def apply(target: Path) -> None:
        path = target / (name if name == DATAPACKAGE else resource_path(name))
        path.unlink()
        path.symlink_to(to)
    return apply


def _link_out(target: Path) -> None:
    table = target / resource_path("sources")
    outside = target.parent / "outside.parquet"
    shutil.copy(table, outside)
    table.unlink()
    table.symlink_to(outside)


def _resource(key: str, value: Any) -> Callable[[Path], None]:
    def apply(target: Path) -> None:
        package = _package(target)
        package["resources"][0][key] = value
        _write_package(target, package)
    return apply


def _package_key(key: str, value: Any) -> Callable[[Path], None]:
    def apply(target: Path) -> None:
        package = _package(target)
        package[key] = value
        _write_package(target, package)
    return apply


def _duplicate_actor(target: Path) -> None:
    _rewrite(target, "actors", lambda rows: rows.append({**rows[0], "name": "Impostor"}))


def _escapes(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row["name"] = "\x1b]0;pwned\x07\x1b[2J" + row["name"] + "\u202e"
    _rewrite(target, "actors", change)


def _span_past_end(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0]["span"] = {**rows[0]["span"], "start": 10**6, "end": 10**6 + 4}
        rows[0]["text"] = ""
    _rewrite(target, "quotes", change)


def _reversed_span(target: Path) -> None:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[0]["span"] = {**rows[0]["span"], "start": 9, "end": 2}
    _rewrite(target, "quotes", change)


def _truncate(name: str) -> Callable[[Path], None]:
    def apply(target: Path) -> None:
        path = target / resource_path(name)
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        _resign(target, name)
    return apply


def _garbage(name: str) -> Callable[[Path], None]:
    def apply(target: Path) -> None:
        path = target / resource_path(name)
        path.write_bytes(os.urandom(4096))
        _resign(target, name)
    return apply


# name -> (make it hostile, expected validate exit code: 3 invalid, 0 valid)
HOSTILE: dict[str, tuple[Callable[[Path], None], int]] = {
    "footer claims 2^40 rows, re-signed": (_forge, 3),
    "zstd bomb (200 MB of text), re-signed": (_bomb, 3),
    "datapackage.json is a FIFO": (_fifo, 3),
    "datapackage.json links to /dev/zero": (_link("/dev/zero"), 3),
    "datapackage.json links to /dev/urandom": (_link("/dev/urandom"), 3),
    "datapackage.json nested 100,000 deep": (
        _descriptor('{"caucasus_events": {}, "resources": ' + "[" * 100_000 + "]" * 100_000
                    + "}"), 3),
    "datapackage.json of 20 MB": (_package_key("padding", "x" * (20 << 20)), 3),
    "datapackage.json not UTF-8": (_descriptor(b"\xff\xfe{}"), 3),
    "datapackage.json is an array": (_descriptor("[]"), 3),
    "datapackage.json is null": (_descriptor("null"), 3),
    "resources is an object": (_package_key("resources", {"a": 1}), 3),
    "resources hold numbers": (_package_key("resources", [1, 2, 3]), 3),
    "resources hold nested arrays": (_package_key("resources", [[[[1]]]]), 3),
    "rows is a string": (_resource("rows", "12"), 3),
    "rows is a float": (_resource("rows", 1.5), 3),
    "rows is negative": (_resource("rows", -1), 3),
    "rows is a boolean": (_resource("rows", True), 3),
    "rows is 2^63": (_resource("rows", 2**63), 3),
    "path is absolute": (_resource("path", "/etc/passwd"), 3),
    "path climbs out": (_resource("path", "../../etc/passwd"), 3),
    "hash is a number": (_resource("hash", 7), 3),
    "name is an object": (_resource("name", {"a": 1}), 3),
    "caucasus_events section is a list": (_resource("caucasus_events", [1]), 3),
    "table links out of the dataset": (_link_out, 3),
    "table links to /dev/zero": (_link("/dev/zero", "sources"), 3),
    "table is truncated, re-signed": (_truncate("events"), 3),
    "table is random bytes, re-signed": (_garbage("quotes"), 3),
    "fabricated quote text": (lambda t: _set(t, "quotes", "text", "We surrender."), 3),
    "fabricated speaker text": (lambda t: _set(t, "quotes", "speaker_text", "Someone"), 3),
    "quote span past the end of its document": (_span_past_end, 3),
    "reversed quote span": (_reversed_span, 3),
    "duplicate actor id": (_duplicate_actor, 3),
    "null actor id": (lambda t: _set(t, "actors", "id", None), 3),
    "unknown actor kind": (lambda t: _set(t, "actors", "kind", "wizard"), 3),
    "unknown event type": (lambda t: _set(t, "events", "event_type", "alien_landing"), 3),
    "dangling event_actors.actor_id": (lambda t: _set(t, "event_actors", "actor_id", "nobody"),
                                       3),
    "dangling quote speaker": (lambda t: _set(t, "quotes", "speaker", "act_nobody"), 3),
    "terminal escapes in actor names": (_escapes, 0),
}

_CHILD = """
import atexit, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

def peak():
    with open("/proc/self/status") as fh:
        kb = next(line.split()[1] for line in fh if line.startswith("VmHWM"))
    print(f"__peak_kb__ {kb}", file=sys.stderr)

atexit.register(peak)
from caucasus_events.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run_limited(args: list[str], timeout: float) -> dict[str, Any]:
    child = subprocess.Popen([sys.executable, "-c", _CHILD, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    start = time.monotonic()
    out, err = child.communicate()
    timer.cancel()
    # The child's own high-water mark after exec (ru_maxrss of children would count the
    # memory of this process, which they were forked from).
    lines = err.splitlines()
    peaks = [int(line.split()[1]) for line in lines if line.startswith("__peak_kb__")]
    err = "\n".join(line for line in lines if not line.startswith("__peak_kb__"))
    return {"code": child.returncode, "seconds": round(time.monotonic() - start, 2),
            "hang": child.returncode == -signal.SIGKILL, "out": out, "err": err,
            "peak_mb": round(max(peaks, default=0) / 1024, 1)}


def hostile(work: Path) -> dict[str, Any]:
    pages = work / "hostile-pages"
    pages.mkdir()
    for page in sorted((ROOT / "src" / "caucasus_events" / "data" / "corpus").glob("*.txt")):
        shutil.copy(page, pages / page.name)
    base = build_dataset([pages], work / "hostile-base").path
    rows = []
    for i, (name, (make, expected)) in enumerate(HOSTILE.items()):
        target = work / f"hostile-{i:02d}" / "dataset"
        shutil.copytree(base, target)
        make(target)
        validate = _run_limited(["validate", str(target)], 60)
        info = _run_limited(["info", str(target)], 60)
        printed = validate["out"] + validate["err"] + info["out"] + info["err"]
        row = {
            "dataset": name,
            "validate_exit": validate["code"],
            "tracebacks": sum("Traceback" in r["err"] for r in (validate, info)),
            "hangs": validate["hang"] + info["hang"],
            "wrongly_valid": validate["code"] != expected,
            "raw_escapes": any(c in printed for c in "\x1b\x07\u202e"),
            "seconds": max(validate["seconds"], info["seconds"]),
            "peak_mb": max(validate["peak_mb"], info["peak_mb"]),
            "message": (validate["err"].strip().splitlines() or [""])[-1][:160],
        }
        rows.append(row)
        print(f"  {name}: {row}", file=sys.stderr)
    peak = max(r["peak_mb"] for r in rows)
    return {"tried": len(rows), "tracebacks": sum(r["tracebacks"] for r in rows),
            "hangs": sum(r["hangs"] for r in rows),
            "wrongly_valid": sum(r["wrongly_valid"] for r in rows),
            "raw_escapes": sum(r["raw_escapes"] for r in rows),
            "peak_memory_mb": peak,
            "slowest_s": max(r["seconds"] for r in rows), "datasets": rows}


# --- 4. kill points -----------------------------------------------------------------------

_KILLED = """
import sys
from caucasus_events import _atomic
_atomic.FAIL_AT = sys.argv[1]
_atomic.USE_EXCHANGE = sys.argv[2] == "exchange"
from caucasus_events.cli import main
sys.exit(main(["build", "--quiet", "--force", "--out", sys.argv[3], sys.argv[4]]))
"""

POINTS = [("building", "exchange"), ("built", "exchange"), ("before-swap", "exchange"),
          ("after-swap", "exchange"), ("building", "renames"), ("before-swap", "renames"),
          ("between-renames", "renames"), ("after-swap", "renames")]


def _files(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def kills(work: Path) -> dict[str, Any]:
    corpus = sorted((ROOT / "src" / "caucasus_events" / "data" / "corpus").glob("*.txt"))
    old_pages, new_pages = work / "kill-old", work / "kill-new"
    old_pages.mkdir()
    new_pages.mkdir()
    shutil.copy(corpus[-1], old_pages)
    for page in corpus[:2]:
        shutil.copy(page, new_pages)
    rows = []
    for i, (point, swap) in enumerate(POINTS):
        out = work / f"kill-{i}" / "ds"
        old = _files(build_dataset([old_pages], out).path)
        done = subprocess.run([sys.executable, "-c", _KILLED, point, swap, str(out),
                               str(new_pages)], capture_output=True, timeout=600, check=False)
        killed = done.returncode == -signal.SIGKILL
        missing_at_kill = not out.exists()
        with _atomic.build_lock(out):  # what the next build does first
            _atomic.clean_stale(out)
        state = "missing"
        if out.exists():
            now = _files(out)
            if now == old:
                state = "old"
            else:
                try:
                    validate_dataset(out)
                    state = "new"
                except Exception:
                    state = "damaged"
        build_dataset([new_pages], out, force=True)
        debris = sorted(p.name for p in out.parent.iterdir() if p.name != out.name)
        rows.append({"point": point, "swap": swap, "killed": killed,
                     "missing_until_next_build": missing_at_kill and state != "missing",
                     "state": state, "debris_after_next_build": debris})
        print(f"  {point}/{swap}: {rows[-1]}", file=sys.stderr)
    return {"tried": len(rows), "damaged": sum(r["state"] in ("damaged", "missing")
                                                for r in rows),
            "debris_left": sum(bool(r["debris_after_next_build"]) for r in rows),
            "points": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--large", action="store_true", help="also parse 1 MB shapes")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["fuzz", "shapes", "hostile", "kills"])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="reliability-") as tmp:
        work = Path(tmp)
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("fuzz", lambda: fuzz(args.pages, args.seed)),
            ("shapes", lambda: shapes(args.large)),
            ("hostile", lambda: hostile(work)),
            ("kills", lambda: kills(work)),
        ]
        for name, step in steps:
            if name in args.skip:
                continue
            print(f"{name} ...", file=sys.stderr)
            start = time.monotonic()
            report[name] = step()
            print(f"{name}: {time.monotonic() - start:.0f} s", file=sys.stderr)
    text = json.dumps(report, indent=2, ensure_ascii=True)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
