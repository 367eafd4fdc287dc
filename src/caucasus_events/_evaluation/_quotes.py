"""Scoring quotes (precision, recall, F1, speaker, partial flag, scare quotes emitted) and
citations (precision, recall).

Quote texts match after their end punctuation is stripped and both are folded: equal, one
containing the other (the shorter at least three words), or sharing at least half the
words of the longer.  Matching is one-to-one, best overlap first.  A parsed quote equal to a
gold ``not_quotes`` string is a scare quote emitted (a false positive); one equal to an
``ambiguous`` string is not scored.
"""

from __future__ import annotations

from typing import Any

from caucasus_events._evaluation._context import Context
from caucasus_events._evaluation._result import Count
from caucasus_events._evaluation._text import fold, names_match, strip_punctuation, tokens
from caucasus_events.models import Quote

__all__ = ["quote_score", "score_citations", "score_quotes"]


def _key(text: str) -> str:
    return fold(strip_punctuation(text))


def quote_score(a: str, b: str) -> float:
    """How well two quote texts match, 0 (not at all) to 1 (equal); >0 means a match."""
    fa, fb = _key(a), _key(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    wa, wb = tokens(fa), tokens(fb)
    short, long_ = (fa, fb) if len(wa) <= len(wb) else (fb, fa)
    if len(short.split()) >= 3 and f" {short} " in f" {long_} ":
        return max(0.5, len(short.split()) / len(long_.split()))
    sa, sb = set(wa), set(wb)
    overlap = len(sa & sb) / max(len(sa), len(sb))
    return overlap if overlap >= 0.5 else 0.0


def _pairs(gold: list[dict[str, Any]], parsed: list[Quote]) -> list[tuple[int, int]]:
    scored = sorted(((quote_score(g["text"], q.text), i, j)
                     for i, g in enumerate(gold) for j, q in enumerate(parsed)),
                    key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if score <= 0:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _speaker_right(ctx: Context, gold: dict[str, Any], quote: Quote) -> bool:
    if gold["speaker"] is None:
        return quote.speaker is None and not quote.speaker_text
    names = ctx.actor_names(quote.speaker)[:1]
    if quote.speaker_text:
        names.append(quote.speaker_text)
    return ctx.is_gold_actor(names, gold["speaker"])


def score_quotes(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Counts of the quote metrics for one page, and its problems."""
    gold: list[dict[str, Any]] = ctx.gold["quotes"]
    not_quotes = {_key(s) for s in ctx.gold["not_quotes"]}
    ambiguous = {_key(s) for s in ctx.gold.get("ambiguous", [])}
    gold_keys = {_key(g["text"]) for g in gold}
    problems: list[str] = []
    candidates: list[Quote] = []
    scare = neutral = 0
    for quote in ctx.page.quotes:
        key = _key(quote.text)
        if key in gold_keys or key not in not_quotes | ambiguous:
            candidates.append(quote)
        elif key in not_quotes:
            scare += 1
            problems.append(f"scare quote emitted: {quote.text[:60]!r}")
        else:
            neutral += 1
    pairs = _pairs(gold, candidates)
    matched_p = {j for _, j in pairs}
    matched_g = {i for i, _ in pairs}
    found = len(ctx.page.quotes) - neutral
    speaker = partial = 0
    for i, j in pairs:
        g, q = gold[i], candidates[j]
        if _speaker_right(ctx, g, q):
            speaker += 1
        else:
            got = (ctx.actor_names(q.speaker) or [q.speaker_text or ""])[0]
            problems.append(f"speaker of {g['text'][:40]!r}: got {got!r}, "
                            f"want {g['speaker']!r}")
        if q.partial == g["partial"]:
            partial += 1
    for i, g in enumerate(gold):
        if i not in matched_g:
            problems.append(f"quote missed: {g['text'][:60]!r}")
    for j, q in enumerate(candidates):
        if j not in matched_p:
            problems.append(f"quote not in gold: {q.text[:60]!r}")
    counts = {
        "quotes.precision": Count(len(pairs), found),
        "quotes.recall": Count(len(pairs), len(gold)),
        "quotes.f1": Count(2 * len(pairs), found + len(gold)),
        "quotes.speaker": Count(speaker, len(pairs)),
        "quotes.partial": Count(partial, len(pairs)),
        "quotes.scare_emitted": Count(scare, len(not_quotes)),
    }
    return counts, problems


def score_citations(ctx: Context) -> tuple[dict[str, Count], list[str]]:
    """Citation precision and recall: a parsed citation matches a gold one when the text its
    span covers (brackets stripped) is the gold ``as_written`` and its source as written is
    part of it or names the gold source.  One-to-one, in order."""
    gold: list[dict[str, Any]] = ctx.gold["citations"]
    parsed = []
    for citation in ctx.page.citations:
        doc = ctx.docs.get(citation.document_id)
        covered = doc.text[citation.span.start:citation.span.end] if doc else ""
        parsed.append((citation, fold(covered)))
    used: set[int] = set()
    right = 0
    problems = []
    for g in gold:
        want = fold(g["as_written"])
        for j, (citation, covered) in enumerate(parsed):
            source = fold(citation.source_text)
            if j in used or not (covered == want or (want and want in covered)):
                continue
            if (source and source in want) or names_match(citation.source_text, g["source"]):
                used.add(j)
                right += 1
                break
        else:
            problems.append(f"citation missed: {g['as_written'][:60]!r}")
    for j, (citation, _) in enumerate(parsed):
        if j not in used:
            problems.append(f"citation not in gold: {citation.source_text[:60]!r}")
    return ({"citations.precision": Count(right, len(parsed)),
             "citations.recall": Count(right, len(gold))}, problems)
