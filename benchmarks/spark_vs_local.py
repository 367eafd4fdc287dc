"""The Spark engine in local mode against the local build, on the same generated corpus,
in one run: rows first (every table must be equal), then pages/s.

    python benchmarks/spark_vs_local.py --pages 1000 --master 'local[2]' [--jobs 2]

Spark's session start (the JVM) is timed apart from the build; the Spark figure is the
build on a warm session, as a long-running cluster job sees it.  ``--json FILE`` also
writes the figures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
import measure
from caucasus_events.datapackage import resource_path
from caucasus_events.dataset import build_dataset, dataset_tables


def _equal_rows(a: Path, b: Path) -> list[str]:
    """Tables whose rows differ between the datasets at ``a`` and ``b``."""
    return [name for name in dataset_tables()
            if not pq.read_table(a / resource_path(name)).equals(
                pq.read_table(b / resource_path(name)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes, local build")
    parser.add_argument("--shuffle-partitions", type=int, default=4)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    from caucasus_events.spark import spark_session

    work = Path(tempfile.mkdtemp(prefix="caucasus-spark-bench-"))
    try:
        stats = corpus.generate_corpus(work / "pages", args.pages, seed=args.seed)
        start = time.perf_counter()
        spark = spark_session(args.master, {
            "spark.sql.shuffle.partitions": str(args.shuffle_partitions),
            "spark.ui.enabled": "false"})
        spark.sparkContext.setLogLevel("ERROR")
        spark.range(1).count()
        session_s = time.perf_counter() - start

        start, cpu = time.perf_counter(), time.process_time()
        local = build_dataset([stats.directory], work / "local", jobs=args.jobs)
        local_s = time.perf_counter() - start
        local_cpu = time.process_time() - cpu
        start = time.perf_counter()
        build_dataset([stats.directory], work / "spark", engine="spark")
        spark_s = time.perf_counter() - start
        differ = _equal_rows(work / "local", work / "spark")
        spark.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    info = measure.machine_info()
    print(f"# Spark local mode vs local build: {args.pages} pages, "
          f"{stats.bytes / 1e6:.1f} MB ({info.get('cpu', '?')}, {info.get('cpus', '?')} CPUs)")
    print("rows: " + ("equal in every table" if not differ
                      else f"DIFFER in {', '.join(differ)}"))
    rows = [
        ["local", f"jobs={args.jobs}", round(local_s, 1), round(args.pages / local_s, 1)],
        ["spark", args.master, round(spark_s, 1), round(args.pages / spark_s, 1)],
    ]
    print(measure.format_table(["engine", "setting", "seconds", "pages/s"], rows))
    print(f"spark session start: {session_s:.1f} s (not in the figure above); "
          f"local build CPU: {local_cpu:.1f} s; events: {local.rows['events']}")
    if args.json:
        args.json.write_text(json.dumps({
            "pages": args.pages, "bytes": stats.bytes, "rows_equal": not differ,
            "differ": differ, "local_s": local_s, "spark_s": spark_s,
            "session_s": session_s, "master": args.master, "jobs": args.jobs,
            "machine": info}, indent=1) + "\n", encoding="utf-8")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
