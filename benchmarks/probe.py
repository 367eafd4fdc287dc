"""Open a built dataset and time the typical queries; run by run.py in a fresh process so
the process's peak memory is that of loading and querying alone.

    python benchmarks/probe.py DATASET_DIR [--repeat N]

Prints one JSON object: the time to open, and for each query its call, the first (cold)
time, the best warm time over ``--repeat`` calls, and how many results it gave.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from caucasus_events.dataset import Dataset, load

__all__ = ["choose_parameters", "main"]


def _most_common(values: pa.Array | pa.ChunkedArray) -> Any:
    counts = pc.value_counts(pc.drop_null(values))
    if len(counts) == 0:
        return None
    best = pc.index(counts.field("counts"), pc.max(counts.field("counts")))
    return counts.field("values")[best.as_py()].as_py()


def choose_parameters(ds: Dataset) -> dict[str, Any]:
    """Query arguments a user would plausibly ask of this dataset: the actor in most
    events, the speaker of most quotes, and the calendar year in which the median dated
    event starts.  Read from the Arrow tables, so no records are built."""
    events, quotes = ds.table("events"), ds.table("quotes")
    actor_ids = pc.struct_field(pc.list_flatten(events.column("actors")), "actor_id")
    starts = pc.drop_null(pc.struct_field(events.column("date"), "start"))
    year = (sorted(starts.to_pylist())[len(starts) // 2].year if len(starts)
            else dt.date.today().year)
    return {
        "actor": _most_common(actor_ids),
        "speaker": _most_common(quotes.column("speaker")),
        "start": dt.date(year, 1, 1),
        "end": dt.date(year, 12, 31),
    }


def _timed(fn: Callable[[], Sequence[Any]], repeat: int) -> dict[str, Any]:
    start = time.perf_counter()
    results = fn()
    cold = time.perf_counter() - start
    warm = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        warm = min(warm, time.perf_counter() - start)
    return {"cold_s": cold, "seconds": warm if repeat else cold, "results": len(results)}


def main(argv: Sequence[str] | None = None) -> int:
    """Choose parameters with a throwaway handle, then time a fresh open and the queries."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("dataset")
    p.add_argument("--repeat", type=int, default=10)
    args = p.parse_args(argv)

    scout = load(args.dataset)
    params = choose_parameters(scout)
    del scout
    gc.collect()

    start = time.perf_counter()
    ds = load(args.dataset)
    load_s = time.perf_counter() - start
    queries: dict[str, tuple[str, Callable[[], Sequence[Any]]]] = {}
    if params["actor"] is not None:
        actor = params["actor"]
        queries["events_by_actor"] = (f"events_by_actor({actor!r})",
                                      lambda: ds.events_by_actor(actor))
    queries["events_between"] = (
        f"events_between({params['start']}, {params['end']})",
        lambda: ds.events_between(params["start"], params["end"]))
    if params["speaker"] is not None:
        speaker = params["speaker"]
        queries["quotes_by_speaker"] = (f"quotes_by_speaker({speaker!r})",
                                        lambda: ds.quotes_by_speaker(speaker))
    timings = {name: {"call": call, **_timed(fn, args.repeat)}
               for name, (call, fn) in queries.items()}
    json.dump({"load_s": load_s, "rows": ds.rows, "queries": timings}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
