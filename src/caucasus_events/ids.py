"""Deterministic identifiers: the same input gives the same id on any machine."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from caucasus_events._data import load_json

__all__ = ["make_id", "slugify", "transliterate"]


def make_id(prefix: str, *parts: object) -> str:
    """``prefix`` and a 16-hex-digit SHA-256 digest of ``parts``.

    Parts are joined with a separator that cannot occur in their ``str()`` so
    ("a", "bc") and ("ab", "c") give different ids.
    """
    payload = "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return f"{prefix}_{hashlib.sha256(payload).hexdigest()[:16]}"


@functools.cache
def _tables() -> tuple[tuple[tuple[str, str], ...], dict[int, str]]:
    """The transliteration tables of ``data/transliteration.json``: sequences replaced
    first, then a ``str.translate`` table of single letters."""
    data = load_json("transliteration.json")
    sequences = tuple(sorted(data["sequences"].items(), key=lambda kv: -len(kv[0])))
    letters: dict[int, str] = {}
    for script, table in data["letters"].items():
        for letter, latin in table.items():
            if len(letter) != 1 or not latin.isascii():
                raise ValueError(f"transliteration.json: {script}: bad entry {letter!r}: "
                                 f"{latin!r}")
            letters[ord(letter)] = latin
    return sequences, letters


def transliterate(text: str) -> str:
    """``text`` lower-cased with the letters of Cyrillic, Georgian and Armenian, and the
    Azerbaijani ə and ı (as ``parse.text.fold`` folds them), written in ASCII ("Тбилиси"
    -> "tbilisi", "Gəncə" -> "ganca"); other characters are left as they are."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    sequences, letters = _tables()
    for sequence, latin in sequences:
        lowered = lowered.replace(sequence, latin)
    return lowered.translate(letters)


_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII lower-case words joined by hyphens: accents folded ("Erdoğan" -> "erdogan"),
    Azerbaijani, Cyrillic, Georgian and Armenian letters transliterated ("Gəncə" ->
    "ganca", "Пашинян" -> "pashinyan", "თბილისი" -> "tbilisi", "Երևան" -> "erevan").
    ASCII text gives what it always gave."""
    folded = unicodedata.normalize("NFKD", transliterate(text))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", ascii_text).strip("-")
