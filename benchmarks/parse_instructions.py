"""Instructions one warm pass of ``parse_page`` takes over the real pages, counted by
callgrind: a deterministic measure of parse speed on a shared machine, where CPU times move
by 15% or more from run to run.

    python benchmarks/parse_instructions.py                      # this checkout's src/
    python benchmarks/parse_instructions.py --src /tmp/before/src --src src

Each source tree is imported in its own process under ``valgrind --tool=callgrind`` with
instrumentation off while the tables load and a first pass warms the caches (so the count
is that of a long run, without the setup, which is several times slower under valgrind
when instrumented); then instrumentation is switched on (``callgrind_control -i on``) for
``--passes`` passes over the pages.  The pages are the bundled corpus and the development
corpus (``devset/docs``) of this repository, read once and handed to every tree alike.
Needs valgrind on the PATH; prints one line per tree and the ratio to the first.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "src/caucasus_events/data/corpus", ROOT / "devset/docs")

_CHILD = r"""
import json, sys, time
from pathlib import Path
src, pages, ready, go, passes = sys.argv[1:6]
sys.path.insert(0, src)
import caucasus_events
assert caucasus_events.__file__.startswith(src), f"imported {caucasus_events.__file__}"
from caucasus_events.parse import parse_page
texts = json.loads(Path(pages).read_text(encoding="utf-8"))
for text in texts:
    parse_page(text)
Path(ready).write_text("ready")
while not Path(go).exists():
    time.sleep(0.2)
for _ in range(int(passes)):
    for text in texts:
        parse_page(text)
"""


def count(src: Path, pages: Path, passes: int, work: Path, tag: str) -> int:
    """The instructions of ``passes`` warm passes over the pages with the tree ``src``."""
    ready, go, out = work / f"{tag}.ready", work / f"{tag}.go", work / f"{tag}.callgrind"
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
           sys.executable, "-c", _CHILD, str(src), str(pages), str(ready), str(go),
           str(passes)]
    # A fixed hash seed: set and dict orders (and so the count) are the same every run.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=env)
    while not ready.exists():
        if proc.poll() is not None:
            raise SystemExit(f"{src}: the child ended before its pass:\n{proc.stdout.read()}"
                             if proc.stdout else f"{src}: the child ended before its pass")
        time.sleep(1)
    subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True,
                   capture_output=True)
    go.write_text("go")
    log, _ = proc.communicate()
    m = re.search(r"Collected : (\d+)", log)
    if proc.returncode != 0 or m is None:
        raise SystemExit(f"{src}: callgrind failed (exit {proc.returncode}):\n{log[-2000:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", action="append", type=Path,
                    help="a source tree holding caucasus_events (repeatable; default src/)")
    ap.add_argument("--passes", type=int, default=1, help="measured passes (default 1)")
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="copy each tree's callgrind output here (t0.callgrind, ...) for "
                         "callgrind_annotate")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    trees = [p.resolve() for p in (args.src or [ROOT / "src"])]
    for tree in trees:
        if not (tree / "caucasus_events" / "__init__.py").is_file():
            ap.error(f"{tree} holds no caucasus_events package")
    texts = [p.read_text(encoding="utf-8") for folder in CORPORA
             for p in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages = work / "pages.json"
        pages.write_text(json.dumps(texts), encoding="utf-8")
        first = None
        for i, tree in enumerate(trees):
            n = count(tree, pages, args.passes, work, f"t{i}")
            if args.keep is not None:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(work / f"t{i}.callgrind", args.keep / f"t{i}.callgrind")
            first = first or n
            print(f"{tree}: {n / 1e6:,.0f} M instructions for {args.passes} pass(es) over "
                  f"{len(texts)} pages ({n / first:.3f}x the first)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
