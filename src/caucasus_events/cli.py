"""The ``caucasus-events`` command: build a dataset from pages, add pages to one, validate
one, describe one.

Exit codes (also in ``--help`` and docs/dataset.md):
0 success; 1 some inputs failed (the rest was built) or no input could be read;
2 usage error; 3 invalid or unreadable dataset; 4 refused to replace an existing
directory; 5 an operating-system error (a path cannot be created, written or read, no
space left); 130 interrupted; 141 the reader of the output went away (closed pipe).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from caucasus_events._page_log import summary_lines
from caucasus_events._printable import printable
from caucasus_events._version import __version__
from caucasus_events.datapackage import PACKAGE_KEY, Summary
from caucasus_events.dataset import (
    BuildResult,
    Dataset,
    DatasetExistsError,
    build_dataset,
    validate_dataset,
)
from caucasus_events.errors import InputError, SchemaError
from caucasus_events.progress import Progress
from caucasus_events.publication import Publication

__all__ = [
    "EXIT_EXISTS",
    "EXIT_INPUT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_OS_ERROR",
    "EXIT_PIPE",
    "EXIT_USAGE",
    "main",
]

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_EXISTS = 4
EXIT_OS_ERROR = 5
EXIT_INTERRUPTED = 130
EXIT_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by a closed pipe

_EPILOG = """\
exit codes:
  0  success
  1  some inputs could not be read (reported on stderr; the rest was built),
     or no input could be read (nothing was written),
     or build --strict found a page with warnings (nothing was written)
  2  usage error (bad arguments)
  3  the dataset is invalid: missing, truncated, corrupted or foreign files
  4  refused to replace an existing dataset (use --force) or a directory that is
     not a caucasus_events dataset (never replaced)
  5  operating-system error: a path cannot be created, written or read (permissions,
     not a directory, no space left); the message names it
  130 interrupted; an earlier dataset at the output directory is left intact
  141 the output's reader went away (e.g. `info DIR | head`); nothing is printed
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caucasus-events",
        description="Build, validate and describe South Caucasus event datasets.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser(
        "build", help="parse pages into a dataset directory",
        description="Parse scraped pages (files, or every file under directories; the "
        "bundled sample corpus when none are given) into Parquet tables with a "
        "datapackage.json and a README.md. The directory is written atomically.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("inputs", nargs="*", metavar="PAGE_OR_DIR", help="pages to parse")
    build.add_argument("--out", required=True, type=Path, metavar="DIR",
                       help="dataset directory to write")
    build.add_argument("--force", action="store_true",
                       help="replace an existing dataset at DIR (whole, atomically)")
    build.add_argument("--quiet", "-q", action="store_true",
                       help="no progress display (errors are still reported)")
    build.add_argument("--batch-size", type=_positive, default=500, metavar="N",
                       help="pages parsed per written row group (default 500)")
    build.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                       help="parse in N worker processes (default 1); the files are the same")
    build.add_argument("--engine", choices=("local", "spark"), default="local",
                       help="local (default), or spark: parse and merge on Apache Spark "
                       "(pip install 'caucasus-events[spark]'; master from $SPARK_MASTER "
                       "or spark-submit, else local[*]); the files are the same")
    build.add_argument("--strict", action="store_true",
                       help="fail (exit 1, nothing written) when any page has a warning "
                       "(markup, no article, not English, ...) or cannot be read")
    build.add_argument("--no-texts", dest="texts", action="store_false",
                       help="leave the full article texts out of the dataset, keeping only "
                       "the evidence snippets at their offsets (for publishers who may "
                       "not redistribute the articles)")
    build.add_argument("--metadata", type=Path, metavar="FILE",
                       help="JSON file with the dataset's title, description, version, "
                       "licenses, contributors, homepage and keywords for "
                       "datapackage.json and the card")

    update = sub.add_parser(
        "update", help="add pages to a dataset without reparsing its pages",
        description="Parse new pages and merge them into an existing dataset: the old "
        "pages are not parsed again, their records keep their ids, new reports of a known "
        "happening join its event; the result equals a full rebuild. The dataset is "
        "replaced atomically.", epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    update.add_argument("directory", type=Path, metavar="DATASET")
    update.add_argument("inputs", nargs="+", metavar="PAGE_OR_DIR", help="pages to add")
    update.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    update.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                        help="parse in N worker processes (default 1)")

    validate = sub.add_parser(
        "validate", help="check a dataset's files, schemas and keys",
        description="Check a dataset thoroughly: every file's size and SHA-256 against "
        "datapackage.json, its Parquet schema against the models, every row through the "
        "models' validators, the row counts and every foreign key. Exit 0 when valid, 3 "
        "naming the first bad file otherwise.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    validate.add_argument("directory", type=Path, metavar="DIR", help="dataset directory")

    info = sub.add_parser(
        "info", help="describe a dataset: counts, dates, top actors",
        description="Describe a dataset: schema and library versions, the span of event "
        "dates, rows per table, and the most frequent actors and event types. Checksums "
        "are verified first.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    info.add_argument("directory", type=Path, metavar="DIR", help="dataset directory")
    info.add_argument("--top", type=_positive, default=10, metavar="N",
                      help="how many actors and event types to list (default 10)")

    evaluate = sub.add_parser(
        "evaluate", help="score the parser against annotated pages",
        description="Parse every annotated page and score the result against its gold "
        "annotation (format: devset/FORMAT.md; see docs/evaluation.md). Prints a table of "
        "every metric; exit 1 when a page or gold file cannot be read.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("pages", type=Path, metavar="PAGES", help="directory of page .txt files")
    evaluate.add_argument("gold", type=Path, metavar="GOLD", help="directory of gold .json files")
    evaluate.add_argument("--json", type=Path, metavar="OUT",
                          help="also write every count and page problem as JSON to OUT")
    evaluate.add_argument("--per-page", action="store_true",
                          help="also print one row per page")
    evaluate.add_argument("--problems", action="store_true",
                          help="also print every page's problems (what was missed or wrong)")
    evaluate.add_argument("--gazetteer", type=Path, metavar="FILE",
                          help="parse with this gazetteer (JSON, the packaged format) "
                          "instead of the packaged one")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _err(message: str) -> None:
    print(f"caucasus-events: {printable(message)}", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    inputs = args.inputs or None
    progress = Progress(0, label="parsing ", quiet=args.quiet)
    try:
        publication = Publication.from_file(args.metadata) if args.metadata else None
        result = build_dataset(inputs, args.out, force=args.force,
                               batch_size=args.batch_size, progress=progress,
                               jobs=args.jobs, strict=args.strict, texts=args.texts,
                               publication=publication, engine=args.engine)
    except DatasetExistsError as exc:
        _err(str(exc))
        return EXIT_EXISTS
    except InputError as exc:
        _err(str(exc))
        return EXIT_INPUT_FAILED
    except OSError as exc:
        _err(f"cannot write the dataset to {args.out}: {_write_reason(exc, args.out)}")
        return EXIT_OS_ERROR
    return _report(result, "built")


def _update(args: argparse.Namespace) -> int:
    from caucasus_events.update import update_dataset

    progress = Progress(0, label="parsing ", quiet=args.quiet)
    try:
        result = update_dataset(args.directory, args.inputs, progress=progress,
                                jobs=args.jobs)
    except InputError as exc:
        _err(str(exc))
        return EXIT_INPUT_FAILED
    except OSError as exc:
        _err(f"cannot write the dataset to {args.directory}: "
             f"{_write_reason(exc, args.directory)}")
        return EXIT_OS_ERROR
    return _report(result, "updated")


def _report(result: BuildResult, verb: str) -> int:
    rows = result.rows
    print(f"{verb} {result.path}: {result.pages} pages -> "
          f"{rows.get('documents', 0)} documents, "
          f"{rows.get('events', 0)} events, {rows.get('actors', 0)} actors, "
          f"{rows.get('places', 0)} places, {rows.get('quotes', 0)} quotes, "
          f"{rows.get('citations', 0)} citations")
    if result.duplicates:
        print(f"skipped {result.duplicates} duplicate page(s)")
    print("\n".join(summary_lines(result.log)))
    if result.failures:
        _err(f"{len(result.failures)} input(s) failed and were left out:")
        for failure in result.failures:
            print(printable(f"  {failure.name}: {failure.reason}"), file=sys.stderr)
        return EXIT_INPUT_FAILED
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    ds = validate_dataset(args.directory)
    total = sum(ds.rows.values())
    print(f"{printable(str(args.directory))}: valid dataset, schema {ds.schema_version}, "
          f"{len(ds.rows)} tables, {total} rows")
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    ds = Dataset(args.directory)
    summary = Summary.from_records(
        ds.rows, ds.events, ds.actors, schema_version=ds.schema_version,
        library_version=str(ds.package[PACKAGE_KEY].get("library_version")),
        top=args.top)
    print(printable(f"dataset: {args.directory}"))
    print("\n".join(printable(line) for line in summary.lines()))
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from caucasus_events._evaluation import evaluate
    from caucasus_events.parse.gazetteer import Gazetteer

    try:
        gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else None
        result = evaluate(args.pages, args.gold, gazetteer=gazetteer)
    except InputError as exc:
        _err(str(exc))
        return EXIT_INPUT_FAILED
    print(result.table(per_page=args.per_page))
    if args.problems:
        for page in result.pages:
            print(f"\n{page.file}: {len(page.problems)} problem(s)")
            print("\n".join(f"  {p}" for p in page.problems))
    if args.json is not None:
        try:
            args.json.write_text(json.dumps(result.to_json(), indent=1, ensure_ascii=False)
                                 + "\n", encoding="utf-8")
        except OSError as exc:
            _err(f"{args.json}: cannot write: {exc.strerror or exc}")
            return EXIT_INPUT_FAILED
        print(f"wrote {args.json}")
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": _build, "update": _update, "validate": _validate, "info": _info, "evaluate": _evaluate,
}


def _os_reason(exc: OSError) -> str:
    """``strerror`` and the path an OSError names, without Python's ``[Errno N]``."""
    reason = exc.strerror or str(exc)
    return f"{reason} ({exc.filename})" if exc.filename else reason


def _write_reason(exc: OSError, out: Path) -> str:
    """Why ``out`` cannot be written, naming the path at fault rather than the hidden
    directory the build writes first."""
    where = Path(exc.filename) if isinstance(exc.filename, str) else None
    if where is None:
        return _os_reason(exc)
    if isinstance(exc, FileExistsError) and where.exists() and not where.is_dir():
        return f"{where} is not a directory"
    if where.name.startswith(f".{out.name}."):
        return f"cannot create a directory in {where.parent}: {exc.strerror}"
    return _os_reason(exc)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush of output nobody
    can receive raises nothing more."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code (see the module docstring)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help (0) and on usage errors (2)
        code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
        return _flushed(code)
    try:
        return _flushed(_COMMANDS[args.command](args))
    except SchemaError as exc:
        _err(f"invalid dataset: {exc}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        _err("interrupted; nothing was replaced")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except OSError as exc:
        if exc.filename is None:  # writing our own output failed (/dev/full, a dead disk)
            _silence_stdout()
            _err(f"cannot write the output: {_os_reason(exc)}")
        else:
            _err(_os_reason(exc))
        return EXIT_OS_ERROR


def _flushed(code: int) -> int:
    """Flush stdout before returning ``code``, so a full disk or a closed pipe is reported
    here rather than as a traceback at exit."""
    sys.stdout.flush()
    return code
