"""Scoring documents: count per page, title, publication date, authors, body edges, and
furniture leaked into bodies."""

from __future__ import annotations

from typing import Any

from caucasus_events._evaluation._context import Context, gold_period, within
from caucasus_events._evaluation._result import Count
from caucasus_events._evaluation._text import Folded, fold, occurs, strip_punctuation
from caucasus_events.models import Document

__all__ = ["align_documents", "body_of", "score_documents"]

# A furniture string shorter than this (folded characters) leaks only when it stands as a
# whole line of a body or begins or ends one: "0", "Share" or "12:40" occur inside article
# sentences too.
_SHORT_FURNITURE = 16


def body_of(doc: Document) -> str:
    """The document's body: its stored text after the title."""
    text = doc.text
    if doc.title and text.startswith(doc.title):
        return text[len(doc.title):]
    return text


def align_documents(ctx: Context) -> list[Document | None]:
    """The parsed document each gold document corresponds to (None when none does): the
    one holding its body's first words, else its last words, else its title, else the one
    at the same position when the counts agree.  One-to-one."""
    gold_docs = ctx.gold["documents"]
    parsed = list(ctx.page.documents)
    used: set[str] = set()
    out: list[Document | None] = [None] * len(gold_docs)
    def by_first(g: dict[str, Any], d: Document) -> bool:
        return occurs(g["body_first_words"], d.text, ctx.folded(d))

    def by_last(g: dict[str, Any], d: Document) -> bool:
        return occurs(g["body_last_words"], d.text, ctx.folded(d))

    def by_title(g: dict[str, Any], d: Document) -> bool:
        return bool(g["title"]) and fold(g["title"]) == fold(d.title or "")

    tests = (by_first, by_last, by_title)
    for test in tests:
        for i, gold in enumerate(gold_docs):
            if out[i] is None:
                for doc in parsed:
                    if doc.id not in used and test(gold, doc):
                        out[i] = doc
                        used.add(doc.id)
                        break
    if len(parsed) == len(gold_docs):
        for i, doc in enumerate(parsed):
            if out[i] is None and doc.id not in used:
                out[i] = doc
                used.add(doc.id)
    return out


def _line_anchored(furniture: str, line: str) -> bool:
    """Whether ``line`` begins or ends with ``furniture`` (verbatim, on a word boundary)."""
    line = line.strip()
    if line.startswith(furniture):
        rest = line[len(furniture):]
        return not rest or not (rest[0].isalnum() and furniture[-1].isalnum())
    if line.endswith(furniture):
        rest = line[:-len(furniture)]
        return not (rest[-1].isalnum() and furniture[0].isalnum())
    return False


def _leaks(furniture: str, bodies: list[tuple[str, Folded]]) -> bool:
    folded = fold(furniture)
    furniture = furniture.strip()
    if not folded:
        return False
    for body, body_folded in bodies:
        if len(folded) >= _SHORT_FURNITURE:
            if furniture in body or body_folded.find(furniture) is not None:
                return True
        elif any(fold(line) == folded or _line_anchored(furniture, line)
                 for line in body.splitlines()):
            return True
    return False


def _date_text(doc: Document | None) -> str:
    return doc.published.isoformat() if doc is not None and doc.published else "none"


def score_documents(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the document metrics for one page, and its problems."""
    problems: list[str] = []
    gold_docs: list[dict[str, Any]] = ctx.gold["documents"]
    aligned = align_documents(ctx)
    n_gold, n_parsed = len(gold_docs), len(ctx.page.documents)
    counts = {"documents.count": Count(int(n_gold == n_parsed), 1)}
    if n_gold != n_parsed:
        problems.append(f"documents: {n_parsed} parsed, {n_gold} in gold")
    title = date_printed = date_inferred = authors = first = last = Count()
    for i, (gold, doc) in enumerate(zip(gold_docs, aligned, strict=True)):
        tag = f"document {i}"
        got_title = doc.title if doc is not None else None
        ok = (fold(gold["title"] or "") == fold(got_title or "")
              and (gold["title"] is None) == (not got_title))
        title += Count(int(ok), 1)
        if not ok:
            problems.append(f"{tag} title: got {got_title!r}, want {gold['title']!r}")
        published = gold["published"]
        period = gold_period(published["date"])
        alternatives = [period, *(gold_period(a) for a in published.get("alt_dates", []))]
        got_date = doc.published if doc is not None else None
        ok = any(within(got_date, p) for p in alternatives if p is not None)
        if published["inferred"]:
            date_inferred += Count(int(ok), 1)
        else:
            date_printed += Count(int(ok), 1)
        if not ok:
            kind = "inferred" if published["inferred"] else "printed"
            problems.append(f"{tag} {kind} date: got {_date_text(doc)}, "
                            f"want {published['date']}")
        want_authors = {fold(a) for a in gold["authors"]}
        got_authors = {fold(a) for a in (doc.authors if doc is not None else ())}
        ok = want_authors == got_authors
        authors += Count(int(ok), 1)
        if not ok:
            problems.append(f"{tag} authors: got {sorted(got_authors)}, "
                            f"want {sorted(want_authors)}")
        for key, phrase in (("first", gold["body_first_words"]),
                            ("last", gold["body_last_words"])):
            kept = doc is not None and occurs(strip_punctuation(phrase) or phrase,
                                              doc.text, ctx.folded(doc))
            if key == "first":
                first += Count(int(kept), 1)
            else:
                last += Count(int(kept), 1)
            if not kept:
                problems.append(f"{tag} body {key} words lost: {phrase[:60]!r}")
    counts.update({
        "documents.title": title, "documents.date_printed": date_printed,
        "documents.date_inferred": date_inferred, "documents.authors": authors,
        "documents.first_words": first, "documents.last_words": last,
        "documents.edges": first + last,
    })
    bodies = [(body, Folded(body)) for body in map(body_of, ctx.page.documents)]
    furniture = [s for gold in gold_docs for s in gold["boilerplate"] if isinstance(s, str)]
    leaked = [s for s in furniture if _leaks(s, bodies)]
    for s in leaked:
        problems.append(f"furniture leaked: {s[:60]!r}")
    counts["furniture.lines_leaked"] = Count(len(leaked), len(furniture))
    counts["furniture.pages_leaked"] = Count(int(bool(leaked)), int(bool(furniture)))
    return counts, problems
