"""Saying what happened to a page: its documents' languages, and a clear reason when the
page is markup, yields no article, or is not in English.

:func:`check_page` runs after the page is split into documents: it records each
document's detected language (``Document.language``) and returns the warnings.  The tag
names that mark HTML are data (``data/page_checks.json``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from caucasus_events._data import load_json
from caucasus_events.models import Document
from caucasus_events.parse._language import UNDETERMINED, LanguageModel

__all__ = ["check_page", "html_tags_in"]

#: A page with at least this many tags of known HTML elements, of at least
#: :data:`MIN_DISTINCT_TAGS` different names, is taken for markup.
MIN_HTML_TAGS = 5
MIN_DISTINCT_TAGS = 3
# Characters of a page looked at for markup.
_HTML_SAMPLE = 100_000
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]{0,400})?/?\s*>")
_DOCTYPE = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


@functools.cache
def _html_tags() -> frozenset[str]:
    return frozenset(load_json("page_checks.json")["html_tags"].split())


def html_tags_in(text: str) -> list[str]:
    """The known HTML element names of the tags in (the start of) ``text``, one per tag;
    ``["html"]`` at least when it opens with a doctype or an ``<html>`` tag."""
    sample = text[:_HTML_SAMPLE]
    known = _html_tags()
    names = [m.group(1).lower() for m in _TAG.finditer(sample)]
    found = [n for n in names if n in known]
    if _DOCTYPE.search(sample) and "html" not in found:
        found.append("html")
    return found


def _looks_like_html(text: str) -> str | None:
    tags = html_tags_in(text)
    distinct = sorted(set(tags))
    if "html" in distinct or (len(tags) >= MIN_HTML_TAGS and len(distinct) >= MIN_DISTINCT_TAGS):
        shown = ", ".join(f"<{n}>" for n in distinct[:4])
        return (f"page looks like HTML markup ({len(tags)} tags such as {shown}), not "
                "extracted article text; convert it to text first")
    return None


def check_page(text: str, documents: Sequence[Document], *,
               model: LanguageModel | None = None) -> tuple[list[Document], list[str]]:
    """``documents`` with their detected language recorded, and the page's warnings:
    markup, documents not in English, and, when the page yields no article, why (its
    language when that is not English).  Linear in the page length."""
    model = model or LanguageModel.default()
    warnings: list[str] = []
    html = _looks_like_html(text)
    if html:
        warnings.append(html)
    out: list[Document] = []
    for index, doc in enumerate(documents):
        guess = model.detect(doc.text)
        if guess.tag != UNDETERMINED:
            doc = attrs.evolve(doc, language=guess.tag)
            if not guess.is_english:
                warnings.append(f"document {index}: written in {guess.name} ({guess.tag}), "
                                "not English; the parser reads English only, so its "
                                "records are unreliable")
        out.append(doc)
    if not documents and not html:
        guess = model.detect(text)
        if guess.tag not in (UNDETERMINED, "en"):
            warnings.append(f"page is written in {guess.name} ({guess.tag}), not English; "
                            "the parser reads English only")
    return out, warnings
