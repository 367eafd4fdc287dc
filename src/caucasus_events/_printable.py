"""Text from a dataset or a page shown on a terminal, made harmless: control characters
(C0 but tab, DEL, C1) and the invisible bidirectional overrides are written as escapes
(``\\x1b``, ``\\u202e``), so a name or path cannot move the cursor, retitle the terminal
or reorder what the user reads."""

from __future__ import annotations

import re

__all__ = ["printable"]

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\ufeff\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control or bidi-override character escaped; one line stays
    one line (a newline inside is escaped too)."""
    return _UNSAFE.sub(_escape, text)
