"""The caucasus-events command: exit codes, output streams, progress and refusals."""

from __future__ import annotations

import io
import json
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
    EXIT_OS_ERROR,
    EXIT_PIPE,
    EXIT_USAGE,
    main,
)
from caucasus_events.progress import Progress, format_duration

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
    assert captured.err == ""  # progress only on a terminal


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


def test_progress_is_silent_when_not_a_terminal_or_quiet_but_errors_show() -> None:
    for bar, out in ((Progress(100, stream=(s := io.StringIO())), s),
                     (Progress(100, stream=(t := _Terminal()), quiet=True), t)):
        for i in range(100):
            bar.advance(f"page {i}")
        bar.message("error: page 7: binary")
        bar.close()
        assert out.getvalue() == "error: page 7: binary\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_redraws_one_line_on_a_terminal() -> None:
    out = _Terminal()
    now = [0.0]
    bar = Progress(3, stream=out, interval=0.0, clock=lambda: now[0])
    for name in ("a.txt", "b.txt", "c.txt"):
        now[0] += 1.0
        bar.advance(name)
    bar.message("error: b.txt: unreadable")
    bar.close()
    text = out.getvalue()
    assert text.count("\r") >= 3 and "[3/3] 100%" in text and "c.txt" in text
    # One item a second: a rate of 1.0/s, so 2 items left means 2s left.
    assert "[1/3]  33%  1.0/s  2s left  a.txt" in text
    assert "\nerror: b.txt" not in text and "error: b.txt: unreadable\n" in text


def test_durations_read_well() -> None:
    assert [format_duration(x) for x in (0.4, 42, 185, 7620)] == ["0s", "42s", "3m05s", "2h07m"]


# --- operating-system errors and closed pipes -----------------------------------------------


def _out_paths(tmp_path: Path) -> list[tuple[str, str]]:
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    cases = [(str(a_file / "x"), "is not a directory")]
    if Path("/dev/null").exists():
        cases.append(("/dev/null/x", "/dev/null is not a directory"))
    if Path("/proc/self").exists():
        cases.append(("/proc/x", "cannot create a directory in /proc"))
    return cases


def test_unwritable_outputs_are_named_without_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for out, reason in _out_paths(tmp_path):
        assert main(["build", "--out", out, "-q"]) == EXIT_OS_ERROR, out
        err = capsys.readouterr().err
        assert f"cannot write the dataset to {out}: " in err and reason in err, err


def _run(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "caucasus_events", *args],
                            stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_output_device_is_reported(dataset: Path) -> None:
    with open("/dev/full", "wb") as full:
        proc = _run(["info", str(dataset)], stdout=full)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_OS_ERROR
    assert b"cannot write the output: No space left on device" in err
    assert b"Traceback" not in err


def test_a_closed_pipe_ends_quietly(dataset: Path) -> None:
    proc = _run(["info", str(dataset)], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # the reader goes away before anything is written, as `| head` may
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_PIPE
    assert err == b""


def test_every_subcommand_describes_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    listing = capsys.readouterr().out
    for command in ("build", "validate", "info"):
        assert command in listing
        assert main([command, "--help"]) == EXIT_OK
        text = capsys.readouterr().out
        description = text.split("\n\n")[1]
        assert len(description) > 60 and not description.startswith(
            ("positional", "options")), command
        assert "exit codes" in text


def test_no_texts_and_metadata_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text('{"version": "7.0", "licenses": [{"name": "CC0-1.0"}]}')
    out = tmp_path / "lean"
    page = str(CORPUS / "000_1f1ef511b1b46b72.txt")
    assert main(["build", page, "--out", str(out), "-q", "--no-texts",
                 "--metadata", str(meta)]) == EXIT_OK
    package = json.loads((out / "datapackage.json").read_text())
    assert package["version"] == "7.0" and package["licenses"] == [{"name": "CC0-1.0"}]
    assert package["caucasus_events"]["texts"] == "snippets"
    meta.write_text("[1, 2]")
    assert main(["build", page, "--out", str(tmp_path / "x"), "-q", "--metadata",
                 str(meta)]) == EXIT_INPUT_FAILED
    assert f"{meta}: must be a JSON object" in capsys.readouterr().err
