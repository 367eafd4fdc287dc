"""The caucasus-events command: exit codes, output streams, progress and refusals."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from caucasus_events.cli import (
    EXIT_EXISTS,
    EXIT_INPUT_FAILED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    main,
)
from caucasus_events.progress import Progress

CORPUS = Path(__file__).resolve().parent.parent / "src" / "caucasus_events" / "data" / "corpus"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "dataset"
    assert main(["build", "--out", str(out), "--quiet"]) == EXIT_OK
    return out


def test_build_prints_a_summary_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ds"
    assert main(["build", str(CORPUS), "--out", str(out)]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith(f"built {out}: 5 pages -> ")
    assert "events" in captured.out
    assert "[5/5] 100%" in captured.err  # progress, not a tty: plain lines on stderr


def test_quiet_build_writes_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--out", str(tmp_path / "ds"), "--quiet"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_overwrite_needs_force(dataset: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(dataset, copy)
    assert main(["build", "--out", str(copy), "-q"]) == EXIT_EXISTS
    assert "--force" in capsys.readouterr().err
    assert main(["build", "--out", str(copy), "-q", "--force"]) == EXIT_OK
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    assert main(["build", "--out", str(foreign), "-q", "--force"]) == EXIT_EXISTS
    assert (foreign / "notes.txt").read_text() == "mine"


def test_failed_inputs_are_named_and_the_rest_built(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(CORPUS, pages)
    (pages / "broken.bin").write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    code = main(["build", str(pages), str(missing), "--out", str(tmp_path / "ds"), "-q"])
    assert code == EXIT_INPUT_FAILED
    captured = capsys.readouterr()
    assert "broken.bin" in captured.err and "missing.txt" in captured.err
    assert "2 input(s) failed" in captured.err
    assert "5 pages" in captured.out
    assert main(["validate", str(tmp_path / "ds")]) == EXIT_OK


def test_no_readable_input_writes_nothing(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "ds")]) == \
        EXIT_INPUT_FAILED
    assert "nothing was written" in capsys.readouterr().err
    assert not (tmp_path / "ds").exists()


def test_validate_and_info(dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(dataset)]) == EXIT_OK
    assert "valid dataset" in capsys.readouterr().out
    assert main(["info", str(dataset), "--top", "3"]) == EXIT_OK
    out = capsys.readouterr().out
    for expected in ("schema version", "date range", "events", "most frequent actors",
                     "most frequent event types"):
        assert expected in out


def test_validate_catches_a_flipped_byte(dataset: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(dataset, copy)
    target = copy / "quotes" / "part-0.parquet"
    data = bytearray(target.read_bytes())
    data[len(data) // 3] ^= 0x01
    target.write_bytes(bytes(data))
    assert main(["validate", str(copy)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert "quotes/part-0.parquet" in err and "corrupted" in err
    assert main(["info", str(tmp_path / "nothing-here")]) == EXIT_INVALID


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["build"], ["build", "--out", "x",
                                                                  "--batch-size", "0"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_USAGE
    assert "usage" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_command() -> None:
    proc = subprocess.run([sys.executable, "-m", "caucasus_events", "--help"],
                          capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 0
    assert "exit codes" in proc.stdout and "build" in proc.stdout


def test_progress_prints_few_lines_when_not_a_terminal_and_none_when_quiet() -> None:
    out = io.StringIO()
    bar = Progress(100, stream=out)
    for i in range(100):
        bar.advance(f"page {i}")
    bar.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("[100/100] 100%")
    quiet = io.StringIO()
    bar = Progress(100, stream=quiet, quiet=True)
    for _ in range(100):
        bar.advance()
    bar.message("error: page 7: binary")
    bar.close()
    assert quiet.getvalue() == "error: page 7: binary\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_redraws_one_line_on_a_terminal() -> None:
    out = _Terminal()
    bar = Progress(3, stream=out, interval=0.0)
    for name in ("a.txt", "b.txt", "c.txt"):
        bar.advance(name)
    bar.message("error: b.txt: unreadable")
    bar.close()
    text = out.getvalue()
    assert text.count("\r") >= 3 and "[3/3] 100% c.txt" in text
    assert "\nerror: b.txt" not in text and "error: b.txt: unreadable\n" in text
