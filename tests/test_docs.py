"""The generated reference pages are up to date with the models and the schema."""

from __future__ import annotations

from pathlib import Path

from _repo_tools import load_tool

ROOT = Path(__file__).resolve().parent.parent


def test_generated_docs_are_current() -> None:
    tool = load_tool("gen_docs")
    for name, text in tool.pages().items():
        committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert committed == text, f"docs/{name} is stale: run `python tools/gen_docs.py`"


def test_index_links_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in ("models.md", "schema.md", "parsing.md", "dataset.md", "performance.md",
                 "event-types.md"):
        assert f"({page})" in index
