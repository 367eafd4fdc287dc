"""Text primitives every recogniser shares: sentence spans and name normalization."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import ftfy

__all__ = ["fold", "repair_mojibake", "sentence_spans"]

# Only the repairs of text decoded with the wrong codec ("Aliyevâ€™s" -> "Aliyev’s",
# "BakÄ±" -> "Bakı"); quotes, ligatures, widths, line breaks and HTML entities stay as
# written, so clean text passes unchanged.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=False)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """``text`` with mojibake repaired by ftfy ("â€œnoâ€" -> "“no”", "Ä±" -> "ı"), and
    a warning saying so, or None when nothing needed repair.  Clean text is returned
    unchanged (the same object).  Linear in the length of the text."""
    if text.isascii():
        return text, None
    # ftfy fixes each line on its own (a line with its break), and with these settings
    # every fix concerns non-ASCII characters: only the lines holding some go through it.
    suspects = _suspects()
    fixed = "".join([line if line.isascii() or (suspects is not None
                                                and suspects.isdisjoint(line))
                     else ftfy.fix_text(line, _FTFY_CONFIG) for line in _lines(text)])
    if fixed == text:
        return text, None
    return fixed, "repaired mis-decoded text (mojibake) before parsing"


# Characters common in clean news text: a mojibake rule is keyed, where it can be, on one
# of its other characters (see _suspects).
_EVERYDAY = frozenset("“”‘’–—…«»\u00a0·´")


@functools.lru_cache(maxsize=1)
def _suspects() -> frozenset[str] | None:
    """Characters without which ftfy leaves a line as it is, with the settings above.

    ftfy changes a line only when its mojibake pattern (``ftfy.badness.BADNESS_RE``, an
    alternation) matches, or for a C1 control character or a lone surrogate.  Every
    alternative of the pattern needs one character of some class of its own; one such
    class per alternative (one without everyday punctuation where there is one) makes the
    set: a line with none of them needs no call of ftfy.  Derived from the installed
    ftfy's pattern; for a pattern of another shape, None (ftfy reads every line).
    """
    from ftfy.badness import BADNESS_RE

    from caucasus_events.parse._prefilter import sre_modules

    modules = sre_modules()
    if modules is None or BADNESS_RE.flags & re.IGNORECASE:
        return None
    _parser, sre = modules
    try:
        tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        (op, (_, branches)), = tree.data
        if op is not sre.BRANCH:
            return None
        chosen: set[str] = set(map(chr, range(0x80, 0xA0)))  # C1 controls
        chosen.update(map(chr, range(0xD800, 0xE000)))  # lone surrogates
        for branch in branches:
            options: list[frozenset[str]] = [
                chars for item in branch.data if (chars := _item_chars(item, sre)) is not None]
            if not options:
                return None
            plain: list[frozenset[str]] = [o for o in options
                                           if o.isdisjoint(_EVERYDAY)] or options
            rarest = min(plain, key=len)
            chosen.update(rarest)
    except (ValueError, TypeError, AttributeError):
        return None
    return frozenset(chosen)


def _item_chars(item: tuple[Any, Any], sre: Any) -> frozenset[str] | None:
    """The characters one item of a parsed pattern matches when it is a literal or a
    class of literals and ranges without ASCII (None for any other item)."""
    op, arg = item
    if op is sre.LITERAL:
        chars = {chr(arg)} if isinstance(arg, int) else set()
    elif op is sre.IN and isinstance(arg, list):
        chars = set()
        for sub_op, sub_arg in arg:
            if sub_op is sre.LITERAL:
                chars.add(chr(sub_arg))
            elif sub_op is sre.RANGE:
                chars.update(map(chr, range(sub_arg[0], sub_arg[1] + 1)))
            else:  # a negated class or a category (\w, \s)
                return None
    else:
        return None
    if not chars or any(c.isascii() for c in chars):
        return None
    return frozenset(chars)


def _lines(text: str) -> list[str]:
    """``text`` cut after every line feed, as ftfy cuts it (not at the other breaks
    str.splitlines knows, such as U+0085, which mojibake may hold)."""
    lines = [line + "\n" for line in text.split("\n")]
    last = lines.pop()[:-1]
    if last:
        lines.append(last)
    return lines

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm rep sen gov pres st jr sr no vs etc
    inc ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e
    u.s u.k u.n e.u a.m p.m approx est fig""".split()
)
# A boundary: a run of marks with any closers before white space and a capital or digit,
# or a blank line.  It starts at the first mark of a run (a match tried from inside a long
# run of dots would rescan the rest of it, quadratic in the run's length).  Written as
# ``(?<![.!?])[.!?]+[closers]*(?=...)|\n\s*\n`` with its first character taken out in
# front of both branches, so the regex engine skips to the next mark or line feed instead
# of trying the pattern at every character (about 5x faster; the same matches).
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])(?<![.!?]{2})[.!?]*[\"'”’)\]]*"
                       r"(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n)")
# The word (with its inner dots) right before a full stop.
_WORD_BEFORE = re.compile(r"[\w.]+$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` offsets of the sentences of ``text[start:end]``.

    A sentence ends at ., ! or ? (with any closing quotes or brackets) before
    white space and a capital or digit, or at a blank line; common abbreviations
    ("U.S.", "Gen.", "Dec.") and single initials do not end one.  Offsets
    exclude surrounding white space.  Linear in the length of the text; the spans of
    the last few whole texts are kept, as several stages ask for the same document's.
    """
    if start == 0 and (end is None or end == len(text)):
        return list(_whole_text_sentences(text))
    return _sentence_spans(text, start, end)


@functools.lru_cache(maxsize=16)
def _whole_text_sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentence_spans(text, 0, None))


def _sentence_spans(text: str, start: int, end: int | None) -> list[tuple[int, int]]:
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, stop):
        at, after = m.span()
        mark = text[at]
        if mark == ".":
            word = _WORD_BEFORE.search(text, max(cursor, at - 12), at)
            if word:
                w = word.group().lower().rstrip(".")
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
        # A run of marks ends its sentence after it; a blank line (white space) before it.
        _append(text, spans, cursor, at if mark.isspace() else after)
        cursor = after
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
