"""Deterministic identifiers: the same input gives the same id on any machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["make_id", "slugify"]


def make_id(prefix: str, *parts: object) -> str:
    """``prefix`` and a 16-hex-digit SHA-256 digest of ``parts``.

    Parts are joined with a separator that cannot occur in their ``str()`` so
    ("a", "bc") and ("ab", "c") give different ids.
    """
    payload = "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return f"{prefix}_{hashlib.sha256(payload).hexdigest()[:16]}"


_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII lower-case words joined by hyphens ("Erdoğan" -> "erdogan")."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub("-", ascii_text).strip("-")
