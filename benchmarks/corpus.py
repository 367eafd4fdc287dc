"""A deterministic synthetic corpus for benchmarks, made by recombining the supplied pages.

Each generated page keeps the furniture of one sample page (headline, bylines, site
chrome) and replaces its body with paragraphs drawn from every sample page, with the
people, dates and quotations in them swapped for others from the corpus.  Page ``i``
depends only on ``(seed, i)``, so pages are written one at a time and never held together.
"""

from __future__ import annotations

import calendar
import os
import random
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = [
    "CorpusStats", "Ingredients", "generate_corpus", "ingredients", "link_prefix", "make_page",
    "page_name",
]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A body paragraph reads as prose: one long line of sentences; anything else is furniture.
_MIN_BODY_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(\s|$)")

_TITLES = (
    r"President|Prime Minister|Minister|Secretary-General|Secretary of State|General"
    r"|Admiral|MP|expert|advisor|representative"
)
_NAME = r"[A-Z][\w?]+(?:\s+[A-Z][\w?]+){1,2}"
_PERSON = re.compile(rf"\b(?:{_TITLES}),?\s+({_NAME})")
_MONTH = "|".join(calendar.month_name[1:])
_DATE = re.compile(rf"\b(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?\b"
                   rf"|\b(?:{_MONTH})\s+\d{{4}}\b")
_QUOTES = (re.compile(r"“([^”\n]{20,400})”"), re.compile(r"\"([^\"\n]{20,400})\""))


@dataclass(frozen=True)
class Ingredients:
    """What pages are recombined from: each sample page split into furniture and body,
    the pool of body paragraphs, and the names and quotations found in the corpus."""

    templates: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    paragraphs: tuple[str, ...]
    names: tuple[str, ...]
    quotes: tuple[str, ...]
    name_pattern: re.Pattern[str] | None


def _is_body(block: str) -> bool:
    text = block.strip()
    return ("\n" not in text and not text.startswith("•") and len(text) >= _MIN_BODY_CHARS
            and _SENTENCE_END.search(text) is not None)


def ingredients(pages: Sequence[str] | None = None) -> Ingredients:
    """Split sample pages (by default the package's bundled corpus) into what generated
    pages are made of; raises ValueError when the samples contain no body paragraph."""
    texts = list(pages) if pages is not None else list(_bundled_pages())
    templates = []
    paragraphs: list[str] = []
    names: set[str] = set()
    quotes: set[str] = set()
    for text in texts:
        blocks = [b for b in _PARAGRAPH_BREAK.split(text) if b.strip()]
        head: list[str] = []
        tail: list[str] = []
        seen_body = False
        for block in blocks:
            if _is_body(block):
                seen_body = True
                paragraphs.append(block.strip())
                tail.clear()  # furniture between body paragraphs is part of the article
            elif seen_body:
                tail.append(block)
            else:
                head.append(block)
        templates.append((tuple(head), tuple(tail)))
        names.update(m.group(1) for m in _PERSON.finditer(text))
        for rx in _QUOTES:
            quotes.update(m.group(1) for m in rx.finditer(text))
    if not paragraphs:
        raise ValueError("sample pages contain no body paragraph to recombine")
    return Ingredients(
        templates=tuple(templates),
        paragraphs=tuple(paragraphs),
        names=tuple(sorted(names)),
        quotes=tuple(sorted(quotes)),
        name_pattern=(re.compile("|".join(re.escape(n) for n in sorted(names, key=len,
                                                                       reverse=True)))
                      if names else None),
    )


def _bundled_pages() -> Iterator[str]:
    corpus = resources.files("caucasus_events") / "data" / "corpus"
    for entry in sorted(corpus.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            yield entry.read_text(encoding="utf-8")


def _random_date(rng: random.Random, written: str) -> str:
    """A date written in the same shape as ``written`` ("May 26", "June 3, 2021", "June 2021")."""
    month = calendar.month_name[rng.randint(1, 12)]
    year = rng.randint(2015, 2025)
    parts = written.split()
    if len(parts) == 2 and len(parts[1]) == 4:
        return f"{month} {year}"
    day = rng.randint(1, 28)
    return f"{month} {day}, {year}" if "," in written else f"{month} {day}"


def _substituter(rng: random.Random, ing: Ingredients) -> Callable[[str], str]:
    """A function that swaps the names, dates and quotations of a text for others, so
    that a page's substitutions are consistent (one name always becomes the same other)."""
    renames: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        if m.group() not in renames:
            renames[m.group()] = rng.choice(ing.names)
        return renames[m.group()]

    def requote(m: re.Match[str]) -> str:
        if not ing.quotes or rng.random() < 0.5:
            return m.group()
        left, right = m.group()[0], m.group()[-1]
        return f"{left}{rng.choice(ing.quotes)}{right}"

    def apply(text: str) -> str:
        if ing.name_pattern is not None:
            text = ing.name_pattern.sub(rename, text)
        text = _DATE.sub(lambda m: _random_date(rng, m.group()), text)
        for rx in _QUOTES:
            text = rx.sub(requote, text)
        return text

    return apply


def make_page(ing: Ingredients, seed: int, index: int) -> str:
    """Page ``index`` of the corpus for ``seed``: a sample page's furniture around 2-12
    recombined body paragraphs, with names, dates and quotes swapped."""
    rng = random.Random(f"caucasus-events-bench:{seed}:{index}")
    head, tail = rng.choice(ing.templates)
    count = rng.randint(2, 12)
    body = [rng.choice(ing.paragraphs) for _ in range(count)]
    substitute = _substituter(rng, ing)
    blocks = [*head, *body, *tail]
    return substitute("\n\n".join(blocks)) + "\n"


@dataclass(frozen=True)
class CorpusStats:
    """How many pages were written where, and how many bytes of UTF-8 they take."""

    directory: Path
    pages: int
    bytes: int


def page_name(index: int) -> str:
    """File name of page ``index``; zero-padded so names sort in page order."""
    return f"page_{index:07d}.txt"


def generate_corpus(directory: Path, pages: int, *, seed: int = 0,
                    ing: Ingredients | None = None) -> CorpusStats:
    """Write ``pages`` generated pages into ``directory``, one file each, streaming."""
    if pages < 0:
        raise ValueError(f"pages must be >= 0, got {pages}")
    ing = ing or ingredients()
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(pages):
        data = make_page(ing, seed, i).encode("utf-8")
        (directory / page_name(i)).write_bytes(data)
        total += len(data)
    return CorpusStats(directory=directory, pages=pages, bytes=total)


def link_prefix(source: CorpusStats, directory: Path, pages: int) -> CorpusStats:
    """A corpus of the first ``pages`` pages of ``source`` in ``directory``, hard-linked
    (copied where links are not possible) so smaller sizes cost no generation."""
    if pages > source.pages:
        raise ValueError(f"cannot take {pages} pages from a corpus of {source.pages}")
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(pages):
        src, dst = source.directory / page_name(i), directory / page_name(i)
        if not dst.exists():
            try:
                os.link(src, dst)
            except OSError:
                shutil.copyfile(src, dst)
        total += dst.stat().st_size
    return CorpusStats(directory=directory, pages=pages, bytes=total)
