"""Text matching for the evaluation harness: locate gold phrases, compare names.

Gold phrases are located verbatim first; when that fails they are looked for in a folded
form of the text (case, accents, quotation marks, punctuation and white space ignored) whose
every character remembers its offset in the original, so a located phrase always has real
offsets.  The harness keeps its own folding, independent of the parser's, so a change to the
parser's normalisation cannot change how the parser is judged.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = [
    "PRONOUNS",
    "Folded",
    "fold",
    "locate",
    "names_match",
    "occurs",
    "strip_punctuation",
    "tokens",
]

#: Mentions that name nobody on their own; never used to match an actor by name.
PRONOUNS = frozenset(
    "he she it they we i you him her them his hers its their our us".split())

_EDGE_PUNCT = " \t\n\r\u00a0.,;:!?…\"'“”‘’„«»‚‹›`´()[]-–—"


def _fold_char(char: str) -> str:
    if char.isalnum():
        decomposed = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
        return kept.casefold() or char.casefold()
    return " "


@functools.lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """``text`` reduced for comparison: lower case, accents and punctuation dropped, one
    space between words."""
    return " ".join("".join(_fold_char(c) for c in text).split())


def tokens(text: str) -> list[str]:
    """The folded words of ``text``."""
    return fold(text).split()


def strip_punctuation(text: str) -> str:
    """``text`` without the punctuation, quotation marks and spaces at its two ends."""
    return text.strip(_EDGE_PUNCT)


class Folded:
    """A folded copy of a text in which each character knows its offset in the original.

    Built in one pass over the text; :meth:`find` returns original offsets.
    """

    __slots__ = ("folded", "offsets", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        offsets: list[int] = []
        space = True  # collapse leading and repeated white space
        for i, char in enumerate(text):
            for out in _fold_char(char):
                if out == " ":
                    if space:
                        continue
                    space = True
                else:
                    space = False
                chars.append(out)
                offsets.append(i)
        while chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        self.folded = "".join(chars)
        self.offsets = offsets

    def find(self, phrase: str, start: int = 0) -> tuple[int, int] | None:
        """Original ``(start, end)`` of the first folded occurrence of ``phrase`` on word
        boundaries at or after original offset ``start``, or None."""
        needle = fold(phrase)
        if not needle:
            return None
        pos = 0
        if start:
            pos = next((k for k, off in enumerate(self.offsets) if off >= start),
                       len(self.folded))
        hay = self.folded
        while True:
            at = hay.find(needle, pos)
            if at < 0:
                return None
            end = at + len(needle)
            if (at == 0 or hay[at - 1] == " ") and (end == len(hay) or hay[end] == " "):
                return self.offsets[at], self.offsets[end - 1] + 1
            pos = at + 1


def locate(text: str, phrase: str, folded: Folded | None = None) -> tuple[int, int] | None:
    """Where ``phrase`` stands in ``text``: verbatim first, then folded (see module doc)."""
    at = text.find(phrase)
    if at >= 0 and phrase:
        return at, at + len(phrase)
    return (folded or Folded(text)).find(phrase)


def occurs(phrase: str, text: str, folded: Folded | None = None) -> bool:
    """Whether ``phrase`` occurs in ``text`` verbatim or folded."""
    return locate(text, phrase, folded) is not None


def names_match(parsed: str, gold: str) -> bool:
    """Whether a parsed name and a gold name denote the same mention.

    Equal once folded; or one contains the other on word boundaries and the contained one
    has at least two words ("President Ilham Aliyev" and "Ilham Aliyev"), so a bare surname
    or a single common word never matches a longer name.  Pronouns never match.
    """
    a, b = fold(parsed), fold(gold)
    if not a or not b or a in PRONOUNS or b in PRONOUNS:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short.split()) >= 2 and f" {short} " in f" {long_} "
