"""Pin (or check) the digest of every record the parser yields for the bundled corpus and
the development corpus: ``tests/expectations/parse_digests.json``.

    python tools/pin_parse_digests.py          # rewrite the pinned digests
    python tools/pin_parse_digests.py --check  # list the pages whose records changed

``tests/parse/test_parse_digests.py`` fails when a page's records differ from the pinned
digest: a change meant to keep the output (a speed change, a refactoring) must leave every
digest as it is.  A deliberate change of the parser's output (a new rule, a fixed bug)
changes some digests: check the difference (``parser_report.py``, the evaluation), then
re-pin with this command in the same commit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
DIGESTS = ROOT / "tests" / "expectations" / "parse_digests.json"
#: The folders whose pages are pinned, relative to the repository root.
CORPORA = ("src/caucasus_events/data/corpus", "devset/docs")


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def page_record(page: Any) -> str:
    """A canonical JSON text of every record of a parsed page (models as dictionaries,
    enums by value, dates in ISO form, keys sorted)."""
    data = attrs.asdict(page, value_serializer=lambda _inst, _field, v: _plain(v))
    return json.dumps(data, sort_keys=True, ensure_ascii=True, default=repr)


def page_digest(text: str) -> str:
    """The sha256 of :func:`page_record` of ``parse_page(text)``."""
    from caucasus_events.parse import parse_page

    return hashlib.sha256(page_record(parse_page(text)).encode("utf-8")).hexdigest()


def pages(root: Path = ROOT) -> dict[str, Path]:
    """The pinned pages by name (``folder/file``), in order."""
    return {f"{folder}/{p.name}": p for folder in CORPORA
            for p in sorted((root / folder).glob("*.txt"))}


def digests(root: Path = ROOT) -> dict[str, str]:
    """The current digest of every pinned page."""
    return {name: page_digest(path.read_text(encoding="utf-8"))
            for name, path in pages(root).items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--check", action="store_true",
                    help="only list the pages whose digest differs from the pinned one")
    args = ap.parse_args(argv)
    now = digests()
    if args.check:
        pinned = json.loads(DIGESTS.read_text(encoding="utf-8"))["pages"]
        changed = sorted(k for k in now.keys() | pinned.keys() if now.get(k) != pinned.get(k))
        for name in changed:
            print(f"changed: {name}")
        print(f"{len(changed)} of {len(now)} pages changed")
        return 1 if changed else 0
    DIGESTS.write_text(json.dumps({
        "about": "sha256 of every record parse_page yields per page; re-pin with "
                 "`python tools/pin_parse_digests.py` after a deliberate output change",
        "pages": now}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"pinned {len(now)} pages in {DIGESTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
