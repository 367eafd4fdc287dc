"""Bytes of a scraped page to text, and a warning whenever the bytes were not clean UTF-8.

1. A byte-order mark decides (UTF-8, UTF-16 or UTF-32) and is dropped.
2. Clean UTF-8 is UTF-8.
3. *Almost* UTF-8 (valid multi-byte sequences at least as many as invalid ones: a page
   written in UTF-8 and damaged in transit or by a bad concatenation) is decoded as
   UTF-8 with each bad sequence replaced by U+FFFD, and the warning says how many and
   where the first is.  Reading such a page in a legacy code page would turn every
   accented letter and curly quote of it into mojibake.
4. Anything else is given to charset-normalizer, which scores the candidate encodings
   by how plausible the decoded text is (a well-kept library; guessing Windows-1252
   misreads Cyrillic, Armenian and Georgian pages).  Among equally plausible code
   pages (within a few points) Windows-1252, the web's default, wins.  When none fits, InputError.

Cost: one strict decode for clean UTF-8; one more pass for almost-UTF-8; detection
samples the bytes.
"""

from __future__ import annotations

import codecs

from caucasus_events.errors import InputError

__all__ = ["decode_page"]

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_REPLACEMENT = "\ufffd"
_WEB_DEFAULT = "cp1252"
# Percentage points of charset-normalizer's "chaos" within which two candidates tie.
_NEAR_TIE = 10.0


def _by_bom(data: bytes, where: str) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not "
                                 f"{encoding} ({exc.reason} at byte {exc.start})",
                                 path=where) from None
    return None


def decode_page(data: bytes, where: str) -> tuple[str, str | None]:
    """The text of a page's ``data`` and a warning (None for clean UTF-8) naming
    ``where`` and what was done; InputError for NUL bytes outside UTF-16/32 (binary
    data) and when no encoding gives text."""
    text = _by_bom(data, where)
    if text is not None:
        return text, None
    if b"\x00" in data:
        raise InputError("looks like binary data (contains NUL bytes), not a text page",
                         path=where)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore").decode("ascii"))
    valid = non_ascii - text.count(_REPLACEMENT)
    if valid >= bad:
        return text, (f"{where}: not valid UTF-8 ({bad} bad byte sequence(s), the first at "
                      f"byte {first}); read as UTF-8 with U+FFFD in their place")
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is not None:
        # Latin code pages decode a short text almost equally well; the web's default
        # legacy encoding (HTML's fallback for English pages) wins a near tie.
        tied = [m for m in matches if m.percent_coherence >= best.percent_coherence
                and m.percent_chaos <= best.percent_chaos + _NEAR_TIE]
        best = next((m for m in tied if _WEB_DEFAULT in m.could_be_from_charset), best)
    if best is None or best.percent_coherence <= 0:  # decodes, but to no language
        raise InputError(f"not text: not UTF-8 (bad byte at {first}) and no other encoding "
                         "fits", path=where)
    encoding = _WEB_DEFAULT if _WEB_DEFAULT in best.could_be_from_charset else best.encoding
    return data.decode(encoding, errors="replace"), (
        f"{where}: not UTF-8 (bad byte at {first}); detected and read as {encoding}")
