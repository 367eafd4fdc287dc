"""Peak memory of merging and writing the actors and places of a build, with one actor
named on every page.

In the generated corpus one actor (``state:AZE``) is named about 12.6 times a page: at
100,000 pages 1,255,622 spans.  Before schema 3.0.0 its merged row carried them all,
in memory at once while it was merged and written.  This measures that stage alone:
synthetic pages (one such actor with 12 mentions, 9 other actors with 4 mentions each,
60% of them from a pool of 500, and 3 places with 2) are fed to the build's merge state
(``_merge_state.MergeState``), and the merged actors, places and their rows of the
``mentions`` table are written to Parquet as ``build`` writes them.  Each size runs in
its own process; its peak RSS is that process's alone (``measure.run_child``).

    python benchmarks/entity_memory.py --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import format_table, run_child  # noqa: E402

_KNOWN = 500
_HOT_SPANS = 12


def _entities(count: int, seed: int = 1) -> Iterator[tuple[list[Any], list[Any]]]:
    """Each page's actors and places."""
    from caucasus_events.models import Actor, Place, Span

    for n in range(count):
        rng = random.Random(f"{seed}:{n}")
        doc_id = f"doc_{seed}_{n:08d}"

        def spans(k: int, rng: random.Random = rng, doc_id: str = doc_id) -> list[Span]:
            starts = rng.sample(range(0, 2000, 20), k)
            return [Span(doc_id=doc_id, start=s, end=s + 10) for s in starts]

        ids = [f"person:known-{rng.randrange(_KNOWN)}" if rng.random() < 0.6
               else f"person:p{n}-{i}" for i in range(9)]
        actors = [Actor(id="state:AZE", name="Azerbaijan", in_gazetteer=True,
                        mentions=spans(_HOT_SPANS))]
        actors += [Actor(id=a, name=a.split(":")[1], mentions=spans(4))
                   for a in dict.fromkeys(ids)]
        places = [Place(id=f"place:{p}", name=f"place {p}", mentions=spans(2))
                  for p in {rng.randrange(300) for _ in range(3)}]
        yield actors, places


def child(count: int) -> None:
    """Feed ``count`` pages' actors and places to the merge state, write the merged
    tables, print the rows written."""
    from caucasus_events._merge_state import MergeState
    from caucasus_events._runs import Scratch
    from caucasus_events.dataset import _TableWriter
    from caucasus_events.links import Mention
    from caucasus_events.models import Actor, Place

    start = time.process_time()
    with tempfile.TemporaryDirectory(prefix="entity-memory-") as tmp:
        out = Path(tmp)
        scratch = Scratch(out)
        state = MergeState(scratch)
        for actors, places in _entities(count):
            state.add_entities(actors, places)
        fed = time.process_time() - start
        writers = {name: _TableWriter(out / f"{name}.parquet", model) for name, model in
                   (("actors", Actor), ("places", Place), ("mentions", Mention))}
        for name in ("actors", "places"):
            for record in state.entities(name):
                writers[name].add(record)
                for s in record.mentions:  # inline spans: the merge before schema 3.0.0
                    writers["mentions"].add(Mention(record_table=name, record_id=record.id,
                                                    doc_id=s.doc_id, start=s.start, end=s.end))
        for row in getattr(state, "mentions", lambda: ())():
            writers["mentions"].add(row)
        for writer in writers.values():
            writer.close()
        scratch.close()
        rows = {name: writer.rows for name, writer in writers.items()}
    print(json.dumps({"pages": count, "feed_cpu_s": fed,
                      "merge_cpu_s": time.process_time() - start - fed, **rows}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child(args.child)
        return 0
    rows = []
    for n in [0, *(int(s) for s in args.sizes.split(","))]:
        run = run_child([sys.executable, str(Path(__file__).resolve()), "--child", str(n)])
        if run.returncode != 0:
            raise RuntimeError(f"{n} pages failed:\n{run.stderr[-2000:]}")
        found = json.loads(run.stdout)
        rows.append([n, run.peak_rss_mib, found["feed_cpu_s"], found["merge_cpu_s"],
                     found["actors"], found["mentions"]])
        print(f"  {n:,} pages: peak RSS {run.peak_rss_mib:.0f} MiB, "
              f"{found['mentions']:,} mention rows", flush=True)
    print(format_table(["pages", "peak RSS MiB", "feed CPU s", "merge and write CPU s",
                        "actors", "mention rows"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
