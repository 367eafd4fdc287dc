"""Cold query times of a built dataset, side by side with DuckDB on the same Parquet files.

    python benchmarks/queries.py DATASET_DIR [--repeat N]

Each measurement runs in a fresh process (so nothing is cached in Python; the files are
in the OS page cache for both, after a first read): ours opens the dataset
(``caucasus_events.load``, which verifies every file's SHA-256) and runs the query once,
timing the two apart; DuckDB connects and runs the equivalent SQL, fetching every column
of the matching rows as Python tuples.  The best of ``--repeat`` fresh processes is
reported, in milliseconds.  Library imports are not counted on either side; that
includes pandas, which pyarrow imports (when installed) on the first conversion of a
Python value, such as a query's bounds, to Arrow.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_OURS = """
import json, sys, time
t0 = time.perf_counter()
import importlib.util
if importlib.util.find_spec("pandas"):
    import pandas  # pyarrow imports it on its first Python-to-Arrow conversion anyway
import caucasus_events
from caucasus_events.dataset import load
t1 = time.perf_counter()
ds = load(sys.argv[1])
t2 = time.perf_counter()
query, args = sys.argv[2], json.loads(sys.argv[3])
result = getattr(ds, query)(*args)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "query": t3 - t2,
                  "rows": len(result)}))
"""

_DUCKDB = """
import json, sys, time
t0 = time.perf_counter()
import duckdb
t1 = time.perf_counter()
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
t2 = time.perf_counter()
sql, args = sys.argv[2], json.loads(sys.argv[3])
rows = con.execute(sql.replace("DIR", sys.argv[1]), args).fetchall()
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "open": t2 - t1, "query": t3 - t2, "rows": len(rows)}))
"""

_SQL = {
    "events_by_actor": "SELECT * FROM 'DIR/events/*.parquet' WHERE id IN (SELECT event_id "
                       "FROM 'DIR/event_actors/*.parquet' WHERE actor_id = ?) ORDER BY id",
    "events_between": "SELECT * FROM 'DIR/events/*.parquet' WHERE date_end >= ?::DATE "
                      "AND date_start <= ?::DATE ORDER BY id",
    "quotes_by_speaker": "SELECT * FROM 'DIR/quotes/*.parquet' WHERE speaker = ?",
}


def _parameters(directory: str) -> dict[str, list[Any]]:
    """The actor in most events, the speaker of most quotes, the median event's year; a
    query whose parameter the dataset lacks (no quotes, say) is left out."""
    import duckdb

    con = duckdb.connect()
    actor = con.execute(f"SELECT actor_id FROM '{directory}/event_actors/*.parquet' "
                        "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()
    speaker = con.execute(f"SELECT speaker FROM '{directory}/quotes/*.parquet' WHERE speaker "
                          "IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()
    year = con.execute(f"SELECT year(median(date_start)) FROM '{directory}/events/*.parquet'"
                       ).fetchone()
    found: dict[str, list[Any]] = {}
    if actor:
        found["events_by_actor"] = [actor[0]]
    if year and year[0] is not None:
        found["events_between"] = [f"{year[0]}-01-01", f"{year[0]}-12-31"]
    if speaker:
        found["quotes_by_speaker"] = [speaker[0]]
    return found


def _run(script: str, directory: str, query: str, args: list[Any]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", script, directory, query, json.dumps(args)],
                          capture_output=True, text=True, check=True, timeout=600)
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


#: Target of issue 10: each query within this factor of DuckDB's time on the same files.
VS_DUCKDB = 2.0


def compare(directory: str, repeat: int = 3) -> dict[str, dict[str, Any]]:
    """Each query timed (best of ``repeat`` fresh processes) for ours and DuckDB, printed
    as a table; per query the arguments, both timings and ``ratio`` (ours / DuckDB)."""
    directory = str(Path(directory).resolve())
    params = _parameters(directory)
    summary = {}
    print(f"{'query':<20}{'rows':>7}{'ours open':>11}{'ours query':>12}{'duckdb query':>14}"
          f"{'ratio':>8}")
    for query, sql in _SQL.items():
        if query not in params:
            print(f"{query:<20} (nothing to ask: the dataset has no such records)")
            continue
        ours = min((_run(_OURS, directory, query, params[query]) for _ in range(repeat)),
                   key=lambda r: r["query"])
        duck = min((_run(_DUCKDB, directory, sql, params[query]) for _ in range(repeat)),
                   key=lambda r: r["query"])
        if ours["rows"] != duck["rows"]:
            raise RuntimeError(f"{query}: {ours['rows']} rows, DuckDB {duck['rows']}")
        ratio = ours["query"] / duck["query"]
        print(f"{query:<20}{ours['rows']:>7}{ours['open'] * 1e3:>11.0f}"
              f"{ours['query'] * 1e3:>12.0f}{duck['query'] * 1e3:>14.0f}{ratio:>8.2f}")
        summary[query] = {"args": params[query], "ours": ours, "duckdb": duck, "ratio": ratio}
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    """Print one line per query and a JSON summary."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("dataset")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    try:
        summary = compare(args.dataset, args.repeat)
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from None
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
