"""Measure the parser on the development corpus and write docs/parser-report.md.

Usage::

    python tools/parser_report.py                 # rewrite docs/parser-report.md
    python tools/parser_report.py --out -         # print it instead
    python tools/parser_report.py --pin           # also raise tests/quality_floors.json
    python tools/parser_report.py --pin --allow-lower   # ... even where a figure fell

The figures come from :func:`caucasus_events.evaluate` over ``devset/`` (48 annotated pages;
docs/evaluation.md describes the metrics).  ``--pin`` writes the measured values as the
floors (ceilings for lower-is-better metrics) that ``tests/test_quality.py`` enforces,
together with the digest of the devset's pages and gold; floors only ever go up unless
``--allow-lower`` is given.  A second section scores the five bundled pages against the
older hand-checked expectations in ``tests/expectations/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from caucasus_events import Evaluation, evaluate
from caucasus_events._evaluation import METRICS
from caucasus_events._evaluation._text import fold
from caucasus_events.models import Page
from caucasus_events.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "devset"
FLOORS = ROOT / "tests" / "quality_floors.json"
EPSILON = 0.005


def devset_digest(devset: Path = DEVSET) -> str:
    """SHA-256 over the devset's page and gold files (names and bytes, in name order)."""
    sha = hashlib.sha256()
    for sub, pattern in (("docs", "*.txt"), ("gold", "*.json")):
        for path in sorted((devset / sub).glob(pattern)):
            sha.update(f"{sub}/{path.name}\0".encode())
            sha.update(path.read_bytes())
            sha.update(b"\0")
    return sha.hexdigest()


def measure_devset(devset: Path = DEVSET) -> Evaluation:
    """The harness's evaluation of the parser on ``devset``."""
    return evaluate(devset / "docs", devset / "gold")


# --- pinning -------------------------------------------------------------------------


def _more_found_right(evaluation: Evaluation, counts: dict[str, Any], key: str) -> bool:
    """Whether a metric counted among found records has at least as many right as when
    pinned, out of more found: its share may then dip without anything getting worse."""
    pinned = counts.get(key)
    now = evaluation.totals[key]
    return pinned is not None and now.num >= pinned[0] and now.den > pinned[1]


def pinned(evaluation: Evaluation, digest: str, old: dict[str, Any] | None,
           allow_lower: bool) -> tuple[dict[str, Any], list[str]]:
    """The new floors file, and the metrics whose pin would get worse (refused unless
    ``allow_lower``)."""
    old_floors = (old or {}).get("floors", {})
    old_counts = (old or {}).get("counts", {})
    old_ceilings = (old or {}).get("ceilings", {})
    floors: dict[str, float] = {}
    ceilings: dict[str, float] = {}
    worse = []
    for info in METRICS:
        value = evaluation.value(info.key)
        if value is None:
            continue
        if info.higher_is_better:
            new = math.floor(value * 1000) / 1000
            before = old_floors.get(info.key)
            if before is not None and new < before:
                if info.of_found and _more_found_right(evaluation, old_counts, info.key):
                    pass  # more found, more right: the share of found may dip
                else:
                    worse.append(f"{info.key}: {before} -> {new}")
                    new = new if allow_lower else before
            floors[info.key] = new
        else:
            new = math.ceil(value * 1000) / 1000
            before = old_ceilings.get(info.key)
            if before is not None and new > before:
                worse.append(f"{info.key}: {before} -> {new}")
                new = new if allow_lower else before
            ceilings[info.key] = new
    data = {
        "about": "Quality floors of the parser on devset/, enforced by tests/test_quality.py. "
                 "'floors': a metric may not fall below; 'ceilings': a lower-is-better metric "
                 "may not rise above (each with 'epsilon' of slack). Written by "
                 "`python tools/parser_report.py --pin`; raise them, never lower them "
                 "without saying why.",
        "devset_digest": digest,
        "epsilon": EPSILON,
        "floors": floors,
        "ceilings": ceilings,
        "counts": {info.key: [evaluation.totals[info.key].num, evaluation.totals[info.key].den]
                   for info in METRICS},
    }
    return data, worse


# --- the five bundled pages (older expectations format) ------------------------------


def _quote_overlap(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa and fb and (fa in fb or fb in fa):
        return True
    wa, wb = set(fa.split()), set(fb.split())
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _speaker_matches(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    e, g = fold(expected).split(), fold(got).split()
    return bool(e and g) and (e[-1] in g or g[-1] in e)


def _pair(expected: Sequence[Any], got: Sequence[Any],
          same: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    used: set[int] = set()
    pairs = []
    for e in expected:
        for i, g in enumerate(got):
            if i not in used and same(e, g):
                used.add(i)
                pairs.append((e, g))
                break
    return pairs


def _bundled(page: Page, expected: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """(right, found, expected) of quotes, speakers and citations on one bundled page."""
    index = {d.id: i for i, d in enumerate(page.documents)}
    got_q = [(index[q.document_id], q) for q in page.quotes]
    pairs = _pair(expected["quotes"], got_q, lambda e, g: e["document"] == g[0]
                  and _quote_overlap(e["text"], g[1].text))
    actors = {a.id: a for a in page.actors}

    def speaker_right(want: str | None, quote: Any) -> bool:
        resolved = actors.get(quote.speaker) if quote.speaker else None
        return _speaker_matches(want, quote.speaker_text) or (
            resolved is not None and _speaker_matches(want, resolved.name))

    right = sum(1 for e, g in pairs if speaker_right(e["speaker"], g[1]))
    got_c = [(index[c.document_id], fold(c.source_text), c.date.isoformat() if c.date else None)
             for c in page.citations]
    exp_c = [(c["document"], fold(c["source_text"]), c["date"]) for c in expected["citations"]]
    cites = _pair(exp_c, got_c, lambda e, g: e == g)
    return {"quotes": (len(pairs), len(got_q), len(expected["quotes"])),
            "speakers": (right, len(got_q), len(expected["quotes"])),
            "citations": (len(cites), len(got_c), len(exp_c))}


def _bundled_section(corpus: Path, expectations: Path) -> list[str]:
    totals = {m: [0, 0, 0] for m in ("quotes", "speakers", "citations")}
    for path in sorted(corpus.glob("*.txt")):
        exp_path = expectations / f"{path.stem}.json"
        if exp_path.exists():
            result = _bundled(parse_file(path), json.loads(exp_path.read_text("utf-8")))
            for metric, counts in result.items():
                for k, v in enumerate(counts):
                    totals[metric][k] += v
    lines = ["## The five bundled pages", "",
             "Against the older hand-checked expectations in `tests/expectations/` (quotes "
             "match by text overlap in the same document; a speaker by surname; citations by "
             "document, source and date).", "",
             "| metric | precision | recall |", "|---|---|---|"]
    for metric, (tp, found, want) in totals.items():
        p = f"{tp / found:.2f} ({tp}/{found})" if found else "–"
        r = f"{tp / want:.2f} ({tp}/{want})" if want else "–"
        lines.append(f"| {metric} | {p} | {r} |")
    return lines


# --- the report ----------------------------------------------------------------------


def report(evaluation: Evaluation, digest: str, corpus: Path, expectations: Path) -> str:
    """The Markdown report."""
    lines = [
        "# Parser report",
        "",
        "Generated by `python tools/parser_report.py`; do not edit.  The metrics are defined "
        "in [evaluation.md](evaluation.md).",
        "",
        f"- date: {dt.date.today().isoformat()}",
        f"- corpus: `devset/` ({len(evaluation.pages)} pages), sha256 `{digest}`",
        "",
        "## Development corpus",
        "",
        "```",
        evaluation.table(),
        "```",
        "",
        "### Per page",
        "",
        "```",
        evaluation.page_table(),
        "```",
        "",
    ]
    lines += _bundled_section(corpus, expectations)
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the report (and, with ``--pin``, the floors)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--corpus", type=Path, default=ROOT / "src/caucasus_events/data/corpus")
    ap.add_argument("--expectations", type=Path, default=ROOT / "tests/expectations")
    ap.add_argument("--out", default=str(ROOT / "docs/parser-report.md"))
    ap.add_argument("--pin", action="store_true", help="rewrite tests/quality_floors.json")
    ap.add_argument("--allow-lower", action="store_true",
                    help="with --pin: allow a floor to go down")
    args = ap.parse_args(argv)
    evaluation = measure_devset(args.devset)
    digest = devset_digest(args.devset)
    text = report(evaluation, digest, args.corpus, args.expectations)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, "utf-8")
        print(f"wrote {args.out}")
    if args.pin:
        old = json.loads(FLOORS.read_text("utf-8")) if FLOORS.exists() else None
        data, worse = pinned(evaluation, digest, old, args.allow_lower)
        if worse and not args.allow_lower:
            print("refusing to lower these pins (use --allow-lower and say why):\n  "
                  + "\n  ".join(worse), file=sys.stderr)
            return 1
        FLOORS.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
        print(f"wrote {FLOORS}" + (f" (lowered: {', '.join(worse)})" if worse else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
