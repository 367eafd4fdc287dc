"""Peak memory of the build's cross-page merge at growing corpus sizes.

Parsing 100k pages takes hours on a small machine, so this measures the merge stage
alone: synthetic parsed pages, shaped like the parser's output on the generated corpus
(one document of about 300 words, 18 event reports, 9 actors with 4 mentions each, 3
places with 2), are made one at a time from a seed and fed to the build's merge state
(``dataset._Merged``: near-duplicate sketches, arrival ranks, actors, places, sources and
every event report, spilled to run files in a temporary directory), then merged
(``_Merged.tables``: actors, places, their mention rows and events merged across pages,
every merged record read once) as ``build`` does while writing.  No dataset is written.
Each size runs in its own process; its peak RSS is that process's alone
(``measure.run_child``).

    python benchmarks/merge_memory.py --sizes 1000,10000,100000

Actor ids come 60% from a pool of 500 known actors and 40% new to the page (names found
by rules grow with the corpus); dates fall in 2015-2025; a page is a near-copy of an
earlier one one time in fifty.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from measure import format_table, run_child  # noqa: E402

_WORDS = [f"w{i}" for i in range(5000)]
_TYPES = ("statement", "meet", "visit", "attack", "accuse", "agree", "cooperate", "demand")
_KNOWN = 500


def _pages(count: int, seed: int = 1) -> Iterator[object]:
    from caucasus_events.dates import PartialDate, Precision
    from caucasus_events.models import (
        Actor,
        Document,
        Event,
        EventActor,
        EventType,
        Page,
        Place,
        Role,
        Span,
    )

    texts: list[str] = []
    for n in range(count):
        rng = random.Random(f"{seed}:{n}")
        if texts and rng.random() < 0.02:
            text = "Feed copy. " + rng.choice(texts) + " Read more."
        else:
            text = " ".join(rng.choice(_WORDS) for _ in range(300))
            if len(texts) < 200:
                texts.append(text)
        doc_id = f"doc_{seed}_{n:08d}"
        size = len(text)

        def span(rng: random.Random = rng, doc_id: str = doc_id, size: int = size) -> Span:
            start = rng.randrange(0, size - 120)
            return Span(doc_id=doc_id, start=start, end=start + rng.randint(20, 110))

        actor_ids = [f"person:known-{rng.randrange(_KNOWN)}" if rng.random() < 0.6
                     else f"person:p{n}-{i}" for i in range(9)]
        actors = [Actor(id=a, name=a.split(":")[1], mentions=[span() for _ in range(4)])
                  for a in dict.fromkeys(actor_ids)]
        places = [Place(id=f"place:{rng.randrange(300)}", name="somewhere",
                        mentions=[span(), span()]) for _ in range(3)]
        events = []
        for i in range(18):
            day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
            precision = rng.choice((Precision.DAY, Precision.DAY, Precision.MONTH))
            date = (PartialDate.from_date(day) if precision is Precision.DAY
                    else PartialDate(year=day.year, month=day.month, precision=Precision.MONTH))
            evidence = span()
            events.append(Event(
                id=f"event_{n:08d}_{i:02d}", event_type=EventType(rng.choice(_TYPES)),
                date=date if rng.random() < 0.8 else None,
                actors=[EventActor(actor_id=a, role=Role.INITIATOR)
                        for a in dict.fromkeys(rng.sample(actor_ids, rng.randint(1, 3)))],
                place=rng.choice(places).id if rng.random() < 0.5 else None,
                summary=f"summary {rng.randrange(10**6)}", evidence=[evidence],
                documents=[doc_id], trigger=Span(doc_id=doc_id, start=evidence.start,
                                                 end=evidence.start + 5)))
        yield Page(documents=[Document(id=doc_id, text=text)], actors=actors,
                   places=places, events=events)


def child(count: int) -> None:
    """Feed ``count`` synthetic pages to the merge state, merge, print what it gave."""
    import tempfile

    from caucasus_events.dataset import _Merged

    start = time.process_time()
    with tempfile.TemporaryDirectory(prefix="merge-memory-") as scratch:
        merged = _Merged(Path(scratch))
        for page in _pages(count):
            merged.add(page)  # type: ignore[arg-type]
        fed = time.process_time() - start
        reports = merged.state.reports
        tables = merged.tables()
        # Every merged table read through once, as the build writes them.
        counts = {name: sum(1 for _ in tables[name])
                  for name in ("actors", "places", "mentions", "events", "event_reports")}
        merged.close()
    print(json.dumps({"pages": count, "feed_cpu_s": fed,
                      "merge_cpu_s": time.process_time() - start - fed,
                      "reports": reports, "events": counts["events"],
                      "actors": counts["actors"],
                      "duplicates": len(merged.duplicates.duplicates())}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
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
                     found["reports"], found["events"], found["actors"], found["duplicates"]])
        # each size as it finishes, so that a run stopped at a larger size keeps these
        print(f"  {n:,} pages: peak RSS {run.peak_rss_mib:.0f} MiB, feed {found['feed_cpu_s']:.1f} "
              f"s CPU, merge {found['merge_cpu_s']:.1f} s CPU, {found['events']:,} events",
              flush=True)
    print(format_table(["pages", "peak RSS MiB", "feed CPU s", "merge CPU s", "reports",
                        "events", "actors", "near-dups"], rows))
    by_size = {r[0]: r[1] for r in rows}
    sizes = sorted(k for k in by_size if k)
    if len(sizes) > 1:
        print(f"peak RSS {sizes[-1]:,} / {sizes[0]:,} pages: "
              f"{by_size[sizes[-1]] / by_size[sizes[0]]:.2f}x (target <= 1.25x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
