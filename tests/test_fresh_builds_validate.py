"""A fresh build always passes its own ``validate``: the bundled corpus, the development
corpus and a corpus of mutated pages (the shapes that once broke spans or sources)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from caucasus_events.dataset import build_dataset, validate_dataset

_ROOT = Path(__file__).resolve().parents[1]
_DEVSET = _ROOT / "devset" / "docs"
_CORPUS = _ROOT / "src" / "caucasus_events" / "data" / "corpus"

_INSERTS = ["(Unheard-of Outlet, May 3)", "(newsite.example, 2 June 2021)", "\u00a0",
            "Ilham  Aliyev said: “We will see.”", "“unclosed", "February 29", "\ud800",
            "(APA, Trend, May 26)", "\r\n", "  ", "President Nikol\u00a0Pashinyan said"]


def test_the_bundled_corpus_builds_a_valid_dataset(tmp_path: Path) -> None:
    validate_dataset(build_dataset(None, tmp_path / "ds").path)


@pytest.mark.skipif(not _DEVSET.is_dir(), reason="no development corpus")
def test_the_development_corpus_builds_a_valid_dataset(tmp_path: Path) -> None:
    result = build_dataset([_DEVSET], tmp_path / "ds", jobs=2)
    assert result.pages == len(list(_DEVSET.glob("*.txt")))
    validate_dataset(result.path)


def test_a_mutated_corpus_builds_a_valid_dataset(tmp_path: Path) -> None:
    rng = random.Random(11)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(_CORPUS.glob("*.txt"))]
    if _DEVSET.is_dir():
        seeds += [p.read_text(encoding="utf-8") for p in sorted(_DEVSET.glob("*.txt"))[:10]]
    pages = tmp_path / "pages"
    pages.mkdir()
    for i, seed in enumerate(seeds):
        text = seed
        for _ in range(4):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(_INSERTS) + text[at:]
        (pages / f"m{i:02d}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    result = build_dataset([pages], tmp_path / "ds")
    validate_dataset(result.path)
