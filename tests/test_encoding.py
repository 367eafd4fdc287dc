"""Page bytes to text: clean UTF-8 silently, almost-UTF-8 as UTF-8 with the bad bytes
replaced and a warning, other encodings detected (never a Windows-1252 guess), junk
refused with InputError naming the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from caucasus_events._encoding import decode_page
from caucasus_events.errors import InputError
from caucasus_events.parse import parse_file

ENGLISH = ("A Headline\n\n“We will not back down,” Ilham Aliyev said on Monday in Baku, "
           "adding that talks with Yerevan would resume next week — in Brussels.\n")


def test_clean_utf8_has_no_warning() -> None:
    assert decode_page(ENGLISH.encode(), "p") == (ENGLISH, None)


def test_one_bad_byte_keeps_utf8_and_warns() -> None:
    data = ENGLISH.encode()
    damaged = data[:30] + b"\xff" + data[30:]
    text, warning = decode_page(damaged, "page.txt")
    assert text.count("\ufffd") == 1
    assert "“We will not" in text and "down,” Ilham" in text  # no mojibake of the quotes
    assert warning is not None
    assert "page.txt" in warning and "1 bad byte sequence" in warning
    assert "byte 30" in warning


def test_a_truncated_multibyte_sequence_is_replaced() -> None:
    data = ENGLISH.encode() + "“".encode()[:2]
    text, warning = decode_page(data, "p")
    assert text.endswith("\ufffd") and warning is not None


@pytest.mark.parametrize(("text", "encoding"), [
    (ENGLISH, "cp1252"),
    ("Ереван: Пашинян заявил, что переговоры с Баку продолжатся на следующей неделе.",
     "cp1251"),
    ("Café au lait, naïve résumé, déjà vu — the usual in the Caucasus.", "cp1252"),
])
def test_other_encodings_are_detected(text: str, encoding: str) -> None:
    decoded, warning = decode_page(text.encode(encoding), "p")
    assert decoded == text
    assert warning is not None and encoding in warning


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_decides(codec: str) -> None:
    assert decode_page(ENGLISH.encode(codec), "p") == (ENGLISH, None)


@pytest.mark.parametrize("data", [b"\x81\x8d\x8f\x90\x9d" * 10, b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_junk_is_refused_naming_the_page(data: bytes) -> None:
    with pytest.raises(InputError, match=r"junk\.bin"):
        decode_page(data, "junk.bin")


def test_parse_file_reports_the_repair(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    data = ENGLISH.encode()
    path.write_bytes(data[:200] + b"\xc3" + data[200:])
    page = parse_file(path)
    assert any("not valid UTF-8" in w and str(path) in w for w in page.warnings)
    assert any(q.text == "We will not back down," for q in page.quotes)
