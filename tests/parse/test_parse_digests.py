"""The parser's output is pinned: every record of every bundled and development page has
the digest stored in ``tests/expectations/parse_digests.json``.  Speed work and refactoring
must keep it; a deliberate change of the output re-pins it with
``python tools/pin_parse_digests.py`` (see that tool)."""

from __future__ import annotations

import json
from types import ModuleType

from _repo_tools import load_tool
from caucasus_events.models import Page


def _tool() -> ModuleType:
    return load_tool("pin_parse_digests")


TOOL = _tool()


def test_every_page_parses_to_its_pinned_records() -> None:
    pinned = json.loads(TOOL.DIGESTS.read_text(encoding="utf-8"))["pages"]
    now = TOOL.digests()
    assert sorted(now) == sorted(pinned), "the pinned pages are not the corpus pages"
    changed = sorted(name for name in now if now[name] != pinned[name])
    assert not changed, (
        f"the parsed records of {len(changed)} page(s) changed: {changed[:8]}; if the "
        "change is deliberate, re-pin with `python tools/pin_parse_digests.py`")


def test_the_digest_sees_a_changed_record() -> None:
    from caucasus_events.parse import parse_page

    page = parse_page("Azerbaijani troops shelled the village of Sotk on May 3, 2021, "
                      "officials in Yerevan said.")
    assert page.documents
    one = TOOL.page_record(page)
    other = TOOL.page_record(Page(documents=page.documents, quotes=page.quotes,
                                  citations=page.citations, actors=page.actors,
                                  places=page.places, events=page.events[1:],
                                  warnings=page.warnings))
    assert one != other
