"""The build log: every page's fate in the dataset's page_log table, a printed summary, and
strict builds that refuse to write when a page has warnings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caucasus_events import Dataset, InputError, build_dataset, parse_page
from caucasus_events._page_log import PageLog, StrictBuildError, page_log, summary_lines
from caucasus_events.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "src" / "caucasus_events" / "data" / "corpus"
RUSSIAN = ("Министр иностранных дел Армении Арарат Мирзоян заявил в понедельник, что Ереван "
           "готов подписать мирный договор с Баку.\n\nОн сказал журналистам, что переговоры "
           "продолжатся в следующем месяце и что большая часть текста уже согласована.")
HTML = "<html><body><div><p>Armenia and Azerbaijan met.</p><span>x</span></div></body></html>"


def _pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(CORPUS / "000_1f1ef511b1b46b72.txt", pages / "a_clean.txt")
    (pages / "b_russian.txt").write_text(RUSSIAN, encoding="utf-8")
    (pages / "c_markup.txt").write_text(HTML, encoding="utf-8")
    (pages / "d_binary.txt").write_bytes(b"\x00\x01" * 40)
    return pages


def test_page_log_rows() -> None:
    row = page_log("/some/where/x.txt", parse_page(RUSSIAN))
    assert row.input == "x.txt" and row.status == "warning"
    assert row.languages == ("ru",) * row.documents
    assert any("Russian" in r for r in row.reasons)
    failed = page_log("y.txt", "cannot read the page: Permission denied")
    assert failed.status == "failed" and failed.reasons == (
        "cannot read the page: Permission denied",)
    with pytest.raises(ValueError, match="status"):
        PageLog(input="z", status="fine")


def test_summary_counts_statuses_and_groups_reasons() -> None:
    log = [PageLog(input="a", status="ok"),
           PageLog(input="b", status="warning", reasons=("document 0: no title found",)),
           PageLog(input="c", status="warning", reasons=("document 3: no title found",)),
           PageLog(input="d", status="failed", reasons=("not UTF-8",))]
    lines = summary_lines(log)
    assert lines[0] == "pages: 4 read: 1 ok, 2 with warnings, 1 failed"
    assert lines[1:] == ["      2 x no title found", "      1 x not UTF-8"]


def test_build_keeps_every_pages_fate_in_the_dataset(tmp_path: Path) -> None:
    result = build_dataset([_pages(tmp_path)], tmp_path / "out")
    by_name = {row.input: row for row in result.log}
    assert [row.input for row in result.log] == sorted(by_name)
    assert by_name["a_clean.txt"].status == "ok"
    assert by_name["b_russian.txt"].status == "warning"
    assert by_name["c_markup.txt"].status == "warning"
    assert any("HTML" in r for r in by_name["c_markup.txt"].reasons)
    assert by_name["d_binary.txt"].status == "failed"
    stored = Dataset(result.path).records("page_log")
    assert stored == list(result.log)


def test_strict_build_fails_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(StrictBuildError, match=r"3 of 4 page\(s\)") as info:
        build_dataset([_pages(tmp_path)], out, strict=True)
    assert isinstance(info.value, InputError)
    assert "b_russian.txt" in str(info.value) and "nothing was written" in str(info.value)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["pages"]
    clean = build_dataset([CORPUS], tmp_path / "clean", strict=True)
    assert {row.status for row in clean.log} == {"ok"}


def test_cli_prints_the_summary_and_strict_exits_nonzero(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = _pages(tmp_path)
    assert main(["build", str(pages), "--out", str(tmp_path / "out"), "-q"]) == 1
    printed = capsys.readouterr().out
    assert "pages: 4 read: 1 ok, 2 with warnings, 1 failed" in printed
    assert main(["build", str(pages), "--out", str(tmp_path / "strict"), "-q",
                 "--strict"]) == 1
    err = capsys.readouterr().err
    assert "strict build" in err and "c_markup.txt" in err
    assert not (tmp_path / "strict").exists()
