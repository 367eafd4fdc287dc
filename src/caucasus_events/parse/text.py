"""Text primitives every recogniser shares: sentence spans and name normalization."""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "sentence_spans"]

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm rep sen gov pres st jr sr no vs etc
    inc ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e
    u.s u.k u.n e.u a.m p.m approx est fig""".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text[start:end]``.

    A sentence ends at ., ! or ? (with any closing quotes or brackets) before
    white space and a capital or digit, or at a blank line; common abbreviations
    ("U.S.", "Gen.", "Dec.") and single initials do not end one.  Offsets
    exclude surrounding white space.  Linear in the length of the text.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, stop):
        if m.group().startswith("."):
            word = re.search(r"([\w.]+)$", text[max(cursor, m.start() - 12) : m.start()])
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
        _append(text, spans, cursor, m.end() if m.group().strip() else m.start())
        cursor = m.end()
    _append(text, spans, cursor, stop)
    return spans


def _append(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        spans.append((lo, hi))


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """A name reduced for matching: accents folded, case and punctuation ignored.

    "Erdoğan" and "Erdogan" fold alike.  A '?' or U+FFFD inside a word marks a
    character the scrape lost ("Erdo?an"); it is kept as '?' so a matcher can
    treat it as any single letter.
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("\ufffd", "?"))
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = ascii_only.lower().replace("ı", "i").replace("ə", "a")
    lowered = re.sub(r"(?<=\w)\?(?=\w)", "\x00", lowered)
    lowered = re.sub(r"[^\w\s\x00]", " ", lowered).replace("\x00", "?")
    return " ".join(lowered.split())
