"""Benchmark caucasus_events on a generated corpus: parsing, serialization, building and
loading, printed as tables (and optionally saved as JSON).

    python benchmarks/run.py [--sizes 1000,10000,100000] [--quick] [--sections ...] [--json FILE]

The corpus is generated (deterministically, from ``--seed``) into a work directory,
one file per page; each build and each load runs in its own process so its peak memory
is its own.  ``--quick`` runs everything at a tiny size in a few seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from corpus import CorpusStats, generate_corpus, link_prefix, page_name
from measure import cpu_best_of, format_table, machine_info, profile, run_child
from queries import VS_DUCKDB, compare
from serialization import SerializationResult, bench_model, page_tables

HERE = Path(__file__).resolve().parent
MIB = 2**20
# Targets from issue 5.
WRITE_VS_BASELINE = 2.0
READ_VS_BASELINE = 2.0
WRITE_VS_FLOOR = 1.5
MEMORY_GROWTH = 1.25  # peak RSS at the largest size over the smallest: "does not grow"
# Targets from issue 10: the whole extraction at least 1 MB/s per core and faster than the
# peers' boilerplate removal alone on the same pages.
PARSE_MB_PER_S = 1.0
PARSE_VS_PEER = 1.0
_CLI = "import sys; from caucasus_events.cli import main; sys.exit(main())"


@dataclass
class Config:
    """What one run measures and at what size."""

    sizes: list[int]
    seed: int
    parse_sample: int
    profile_sample: int
    serialize_rows: int
    repeat: int
    query_repeat: int
    work: Path
    sections: list[str]
    jobs: int = 1


@dataclass
class Results:
    """Every figure of one run, for the printed tables and the JSON file."""

    machine: dict[str, str]
    config: dict[str, Any]
    corpus: dict[str, Any] = field(default_factory=dict)
    parse: dict[str, Any] = field(default_factory=dict)
    serialization: list[dict[str, Any]] = field(default_factory=list)
    build: list[dict[str, Any]] = field(default_factory=list)
    load: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


SECTIONS = ("parse", "serialize", "build", "load")


def _sections(text: str) -> list[str]:
    chosen = [s.strip() for s in text.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"--sections takes some of {','.join(SECTIONS)}, "
                                         f"got {text!r}")
    return chosen


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s) for s in text.split(",") if s.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sizes must be integers such as 1000,10000, got "
                                         f"{text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"--sizes must be positive, got {text!r}")
    return sizes


def parse_args(argv: Sequence[str] | None) -> tuple[Config, argparse.Namespace]:
    """The run's configuration from the command line; ``--quick`` shrinks every default."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--sizes", type=_sizes, help="pages per build (default 1000,10000,100000; "
                   "with --quick 20,60)")
    p.add_argument("--quick", action="store_true", help="tiny sizes and one repetition")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    p.add_argument("--parse-sample", type=int, help="pages timed for parsing (default 1000)")
    p.add_argument("--profile-sample", type=int, help="pages profiled (default 200)")
    p.add_argument("--serialize-rows", type=int, help="records per model (default 20000)")
    p.add_argument("--repeat", type=int, help="timing repetitions, best kept (default 3)")
    p.add_argument("--work", type=Path, help="work directory (default: a temporary one, "
                   "removed afterwards)")
    p.add_argument("--keep", action="store_true", help="keep the temporary work directory")
    p.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    p.add_argument("--jobs", type=int, default=1, help="worker processes per build "
                   "(`caucasus-events build --jobs`; default 1)")
    p.add_argument("--sections", type=_sections, default=list(SECTIONS),
                   help=f"comma-separated subset of {','.join(SECTIONS)} (default all)")
    args = p.parse_args(argv)
    quick = args.quick
    cfg = Config(
        sizes=args.sizes or ([20, 60] if quick else [1000, 10000, 100000]),
        seed=args.seed,
        parse_sample=args.parse_sample or (20 if quick else 1000),
        profile_sample=args.profile_sample or (5 if quick else 200),
        serialize_rows=args.serialize_rows or (200 if quick else 20000),
        repeat=args.repeat or (1 if quick else 3),
        query_repeat=3 if quick else 20,
        work=args.work or Path(),
        sections=args.sections,
        jobs=max(1, args.jobs),
    )
    return cfg, args


# --- sections ------------------------------------------------------------------------


def bench_corpus(cfg: Config) -> tuple[dict[int, CorpusStats], dict[str, Any]]:
    """Generate the largest corpus once and hard-link its prefixes for the smaller sizes."""
    largest = max(*cfg.sizes, cfg.parse_sample)
    start = time.perf_counter()
    full = generate_corpus(cfg.work / f"pages-{largest}", largest, seed=cfg.seed)
    seconds = time.perf_counter() - start
    corpora = {n: (full if n == largest else link_prefix(full, cfg.work / f"pages-{n}", n))
               for n in {*cfg.sizes, cfg.parse_sample}}
    info = {"pages": largest, "mib": full.bytes / MIB, "seconds": seconds,
            "pages_per_s": largest / seconds if seconds else 0.0}
    print(f"corpus: {largest:,} pages, {full.bytes / MIB:.1f} MiB generated in {seconds:.1f} s "
          f"({info['pages_per_s']:,.0f} pages/s) under {cfg.work}")
    return corpora, info


def _as_html(text: str) -> str:
    """A text page as the minimal HTML document the peers read: one <p> per paragraph."""
    import html

    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"<html><head><title>{html.escape(paras[0] if paras else '')}</title></head>" \
           f"<body><article>{body}</article></body></html>"


def _peers() -> dict[str, Callable[[str], Any]]:
    """The boilerplate removers installed here, as ``name -> extract(html)``."""
    peers: dict[str, Callable[[str], Any]] = {}
    try:
        import trafilatura

        peers["trafilatura extract"] = lambda h: trafilatura.extract(h)
    except ImportError:
        pass
    try:
        import justext

        stoplist = justext.get_stoplist("English")
        peers["jusText"] = lambda h: justext.justext(h.encode("utf-8"), stoplist)
    except ImportError:
        pass
    return peers


def real_pages() -> list[str]:
    """The real pages at hand: the package's bundled corpus and, in a source checkout, the
    development corpus (``devset/docs``)."""
    from corpus import _bundled_pages

    texts = list(_bundled_pages())
    devset = HERE.parent / "devset" / "docs"
    if devset.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(devset.glob("*.txt"))]
    return texts


def bench_parse(cfg: Config, corpus: CorpusStats) -> tuple[dict[str, Any], list[Any]]:
    """Parse a sample of pages in this process, timed as CPU time per core (least of
    ``--repeat`` runs), beside trafilatura's and jusText's boilerplate removal of the same
    pages when they are installed; the real pages (bundled and development) are timed the
    same way; then a profile of a smaller sample."""
    from caucasus_events.parse import parse_page

    texts = [(corpus.directory / page_name(i)).read_text(encoding="utf-8")
             for i in range(cfg.parse_sample)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    mb = size / 1e6
    # The first page pays one-time costs (gazetteer, lexicon automaton): timed apart.
    warmup, _wall, _ = cpu_best_of(lambda: parse_page(texts[0]), 1)
    seconds, wall, pages = cpu_best_of(lambda: [parse_page(t) for t in texts], cfg.repeat)
    rows = [["parse_page (whole extraction)", len(texts), seconds, wall,
             len(texts) / seconds, mb / seconds]]
    peers: dict[str, dict[str, float]] = {}
    htmls = [_as_html(t) for t in texts]
    for name, extract in _peers().items():
        extract(htmls[0])
        p_cpu, p_wall, _ = cpu_best_of(lambda ex=extract: [ex(h) for h in htmls], cfg.repeat)
        peers[name] = {"cpu_s": p_cpu, "wall_s": p_wall, "pages_per_s": len(texts) / p_cpu,
                       "mb_per_s": mb / p_cpu}
        rows.append([f"{name} (boilerplate only)", len(texts), p_cpu, p_wall,
                     len(texts) / p_cpu, mb / p_cpu])
    real = real_pages()
    real_info: dict[str, float] = {}
    if real:
        real_mb = sum(len(t.encode("utf-8")) for t in real) / 1e6
        r_cpu, r_wall, _ = cpu_best_of(lambda: [parse_page(t) for t in real], cfg.repeat)
        real_info = {"pages": len(real), "mb": real_mb, "cpu_s": r_cpu, "wall_s": r_wall,
                     "pages_per_s": len(real) / r_cpu, "mb_per_s": real_mb / r_cpu}
        rows.append(["parse_page, real pages (bundled + devset)", len(real), r_cpu, r_wall,
                     len(real) / r_cpu, real_mb / r_cpu])
    counts = {name: sum(len(getattr(pg, name)) for pg in pages) for name in page_tables(type(
        pages[0]))} if pages else {}
    sample = texts[: cfg.profile_sample]
    report = profile(lambda: [parse_page(t) for t in sample])
    info = {"pages": len(texts), "mib": size / MIB, "mb": mb, "seconds": seconds,
            "cpu_s": seconds, "wall_s": wall, "repeat": cfg.repeat, "warmup_s": warmup,
            "pages_per_s": len(texts) / seconds, "mib_per_s": size / MIB / seconds,
            "mb_per_s": mb / seconds, "peers": peers, "real_pages": real_info,
            "records": counts,
            "profile_pages": len(sample), "profile": report}
    print(format_table(
        ["parse (CPU per core, least of repeats)", "pages", "CPU s", "wall s", "pages/s",
         "MB/s"], rows))
    if not peers:
        print("peers: trafilatura and jusText not installed (pip install trafilatura); "
              "no side-by-side figures")
    print(f"first page (one-time setup included): {warmup:.2f} s CPU")
    print("records parsed: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(f"\nprofile of parsing {len(sample)} pages:\n{report}")
    return info, pages


def bench_serialization(cfg: Config, pages: Sequence[Any]) -> list[SerializationResult]:
    """Write and read each record kind the parser yields, against baseline and floor."""
    from caucasus_events.models import Page
    from caucasus_events.schema import as_stored, from_arrow, to_arrow

    results = []
    for name, model in page_tables(Page).items():
        # As a table stores them: an actor's mentions are rows of another table.
        found = [as_stored(r) for page in pages for r in getattr(page, name)]
        if not found:
            print(f"serialization: no {name} parsed; skipped")
            continue
        # Cycle the parsed records up to the requested count: timing needs volume, not variety.
        records = [found[i % len(found)] for i in range(cfg.serialize_rows)]
        results.append(bench_model(model, records, to_arrow, from_arrow, repeat=cfg.repeat,
                                   workdir=cfg.work))
    print(format_table(
        ["write (rows/s)", "rows", "arrow", "+parquet", "baseline", "+parquet", "floor",
         "+parquet", "x baseline", "/ floor"],
        [[r.model, r.rows, r.write_rps, r.write_parquet_rps, r.baseline_write_rps,
          r.baseline_write_parquet_rps, r.floor_write_rps, r.floor_write_parquet_rps,
          r.write_vs_baseline, r.write_vs_floor] for r in results]))
    print()
    print(format_table(
        ["read (rows/s)", "rows", "models", "+parquet", "baseline", "+parquet", "x baseline"],
        [[r.model, r.rows, r.read_rps, r.read_parquet_rps, r.baseline_read_rps,
          r.baseline_read_parquet_rps, r.read_vs_baseline] for r in results]))
    print("(x baseline: Arrow+Parquet vs the same for the baseline; / floor: Arrow build time "
          "over the floor's)")
    return results


def bench_build(cfg: Config, corpora: dict[int, CorpusStats]) -> list[dict[str, Any]]:
    """Build a dataset from each corpus size with the CLI, each in its own process."""
    rows = []
    for n in cfg.sizes:
        out = cfg.work / f"dataset-{n}"
        shutil.rmtree(out, ignore_errors=True)
        run = run_child([sys.executable, "-c", _CLI, "build", str(corpora[n].directory),
                         "--out", str(out), "--quiet", "--jobs", str(cfg.jobs)])
        if run.returncode != 0:
            raise RuntimeError(f"build of {n} pages failed (exit {run.returncode}):\n"
                               f"{run.stderr[-2000:]}")
        size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
        rows.append({"pages": n, "jobs": cfg.jobs, "seconds": run.seconds,
                     "pages_per_s": n / run.seconds,
                     "cpu_seconds": run.cpu_seconds,
                     "pages_per_cpu_s": n / run.cpu_seconds if run.cpu_seconds else 0.0,
                     "mib_per_s": corpora[n].bytes / MIB / run.seconds,
                     "peak_rss_mib": run.peak_rss_mib, "dataset_mib": size / MIB})
        print(f"  built {n:,} pages in {run.seconds:.1f} s ({run.cpu_seconds:.1f} s CPU), "
              f"peak RSS {run.peak_rss_mib:.0f} MiB", flush=True)
    print(format_table(
        ["build", "seconds", "pages/s", "CPU s", "pages/CPU s", "MiB/s", "peak RSS MiB",
         "dataset MiB"],
        [[r["pages"], r["seconds"], r["pages_per_s"], r["cpu_seconds"], r["pages_per_cpu_s"],
          r["mib_per_s"], r["peak_rss_mib"], r["dataset_mib"]] for r in rows]))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"build peak RSS {last['pages']:,} / {first['pages']:,} pages: "
              f"{last['peak_rss_mib'] / first['peak_rss_mib']:.2f}x (target <= 1.25x); "
              f"pages per CPU second {last['pages_per_cpu_s'] / first['pages_per_cpu_s']:.2f}x "
              "(target: constant)")
    return rows


def bench_load(cfg: Config) -> list[dict[str, Any]]:
    """Open each built dataset in a fresh process and time the typical queries there."""
    rows = []
    for n in cfg.sizes:
        run = run_child([sys.executable, str(HERE / "probe.py"), str(cfg.work / f"dataset-{n}"),
                         "--repeat", str(cfg.query_repeat)])
        if run.returncode != 0:
            raise RuntimeError(f"loading the {n}-page dataset failed (exit {run.returncode}):\n"
                               f"{run.stderr[-2000:]}")
        probe = json.loads(run.stdout)
        rows.append({"pages": n, "peak_rss_mib": run.peak_rss_mib, **probe})
    names = sorted({q for r in rows for q in r["queries"]})

    def ms(row: dict[str, Any], query: str, key: str) -> object:
        found = row["queries"].get(query)
        return found[key] * 1e3 if found else "-"

    print(format_table(
        ["load", "open ms", *(f"{q} ms cold/warm" for q in names), "peak RSS MiB"],
        [[r["pages"], r["load_s"] * 1e3,
          *(f"{ms(r, q, 'cold_s'):.1f} / {ms(r, q, 'seconds'):.2f}" if q in r["queries"]
            else "-" for q in names), r["peak_rss_mib"]] for r in rows]))
    for q in names:
        last = next((r["queries"][q] for r in reversed(rows) if q in r["queries"]), None)
        if last:
            print(f"  {q}: {last['call']} -> {last['results']:,} results")
    largest = max(cfg.sizes)
    try:
        import duckdb  # noqa: F401  (only whether it is installed)
    except ImportError:
        print("DuckDB not installed (pip install duckdb): no side-by-side query figures")
        return rows
    print(f"\ncold queries on the {largest:,}-page dataset beside DuckDB on the same files "
          f"(ms, best of {cfg.repeat} fresh processes):")
    versus = compare(str(cfg.work / f"dataset-{largest}"), cfg.repeat)
    rows[-1]["vs_duckdb"] = {q: {"ratio": v["ratio"], "ours_s": v["ours"]["query"],
                                 "duckdb_s": v["duckdb"]["query"], "rows": v["ours"]["rows"]}
                             for q, v in versus.items()}
    return rows


# --- targets ---------------------------------------------------------------------------


def evaluate(results: Results) -> list[dict[str, Any]]:
    """Each target of issue 5 with the measured figure and whether it is met."""
    checks: list[dict[str, Any]] = []

    def check(name: str, value: float, ok: bool, goal: str) -> None:
        checks.append({"target": name, "value": value, "met": ok, "goal": goal})

    if results.parse:
        mbs = results.parse["mb_per_s"]
        check("parse MB/s per core", mbs, mbs >= PARSE_MB_PER_S, f">= {PARSE_MB_PER_S}")
        for name, peer in results.parse.get("peers", {}).items():
            ratio = mbs / peer["mb_per_s"]
            check(f"parse vs {name}", ratio, ratio >= PARSE_VS_PEER,
                  f">= {PARSE_VS_PEER}x (whole extraction vs boilerplate removal)")
    for r in results.serialization:
        wb = r["write_parquet_rps"] / r["baseline_write_parquet_rps"]
        rb = r["read_parquet_rps"] / r["baseline_read_parquet_rps"]
        wf = r["floor_write_rps"] / r["write_rps"]
        check(f"{r['model']} write vs baseline", wb, wb >= WRITE_VS_BASELINE,
              f">= {WRITE_VS_BASELINE}x")
        check(f"{r['model']} read vs baseline", rb, rb >= READ_VS_BASELINE,
              f">= {READ_VS_BASELINE}x")
        check(f"{r['model']} write vs floor", wf, wf <= WRITE_VS_FLOOR,
              f"<= {WRITE_VS_FLOOR}x slower")
    for row in results.load[-1:]:
        for query, v in row.get("vs_duckdb", {}).items():
            check(f"{query} vs DuckDB ({row['pages']:,} pages)", v["ratio"],
                  v["ratio"] <= VS_DUCKDB, f"<= {VS_DUCKDB}x DuckDB's time")
    if len(results.build) >= 2:
        small, large = results.build[0], results.build[-1]
        growth = large["peak_rss_mib"] / small["peak_rss_mib"]
        check(f"build peak RSS {large['pages']:,} / {small['pages']:,} pages", growth,
              growth <= MEMORY_GROWTH, f"<= {MEMORY_GROWTH}x (flat)")
    if checks:
        print(format_table(["target", "measured", "goal", "met"],
                           [[c["target"], c["value"], c["goal"], "yes" if c["met"] else "NO"]
                            for c in checks]))
    return checks


# --- driver ------------------------------------------------------------------------------


def _section(results: Results, title: str, fn: Callable[[], Any]) -> Any:
    """Run one section under a heading; a failure is reported and recorded, not raised, so
    one missing piece does not hide the figures of the others."""
    print(f"\n== {title} ==")
    try:
        return fn()
    except (ImportError, RuntimeError, AssertionError, OSError) as exc:
        message = f"{title}: {type(exc).__name__}: {exc}"
        print(f"FAILED {message}")
        results.failures.append(message)
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark and print the tables; exit status 1 if any section failed."""
    cfg, args = parse_args(argv)
    temp = None
    if args.work is None:
        temp = tempfile.mkdtemp(prefix="caucasus-bench-")
        cfg.work = Path(temp)
    cfg.work.mkdir(parents=True, exist_ok=True)
    results = Results(machine=machine_info(),
                      config={k: (str(v) if isinstance(v, Path) else v)
                              for k, v in asdict(cfg).items()})
    print("machine: " + "; ".join(f"{k} {v}" for k, v in results.machine.items()))
    try:
        corpora, results.corpus = bench_corpus(cfg)
        wanted = set(cfg.sections)
        if wanted & {"parse", "serialize"}:
            parsed = _section(results, "parsing",
                              lambda: bench_parse(cfg, corpora[cfg.parse_sample]))
            if parsed is not None and "serialize" in wanted:
                pages = parsed[1]
                ser = _section(results, "serialization", lambda: bench_serialization(cfg, pages))
                results.serialization = [{**asdict(r), "write_vs_baseline": r.write_vs_baseline,
                                          "read_vs_baseline": r.read_vs_baseline,
                                          "write_vs_floor": r.write_vs_floor}
                                         for r in ser or []]
                del pages
            if parsed is not None:
                results.parse = parsed[0]
            del parsed
        if "build" in wanted:
            results.build = _section(results, "build", lambda: bench_build(cfg, corpora)) or []
        if "load" in wanted and results.build:
            results.load = _section(results, "load", lambda: bench_load(cfg)) or []
        print("\n== targets ==")
        results.targets = evaluate(results)
        if args.json:
            args.json.write_text(json.dumps(asdict(results), indent=2) + "\n", encoding="utf-8")
            print(f"\nfigures written to {args.json}")
    finally:
        if temp is not None and not args.keep:
            shutil.rmtree(temp, ignore_errors=True)
    if results.failures:
        print("\nfailed sections:\n  " + "\n  ".join(results.failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
