"""Builds never lose data: killed at any point the output directory holds the old
dataset or the new one and the next build leaves no debris; ``--force`` deletes only
files a build wrote; a second build to the same directory is refused while one runs;
workers die with the build; the bytes do not depend on batch size or job count; a page
that crashes the parser is skipped and reported.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caucasus_events import _atomic
from caucasus_events.datapackage import DATAPACKAGE, read_datapackage
from caucasus_events.dataset import DatasetExistsError, build_dataset, validate_dataset
from caucasus_events.models import Document
from caucasus_events.parquet import ParquetStreamWriter

_ROOT = Path(__file__).resolve().parents[1]
_CORPUS = _ROOT / "src" / "caucasus_events" / "data" / "corpus"


def _files(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def _debris(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for page in sorted(_CORPUS.glob("*.txt"))[:2]:
        shutil.copy(page, folder / page.name)
    return folder


@pytest.fixture(scope="module")
def one_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("page")
    page = sorted(_CORPUS.glob("*.txt"))[-1]
    shutil.copy(page, folder / page.name)
    return folder


# --- bytes ------------------------------------------------------------------------------


def test_parquet_bytes_do_not_depend_on_how_records_are_batched(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = ["Baku", "Yerevan", "Tbilisi", "said", "talks", "border", "the", "on"]
    docs = [Document(id=f"doc_{i:04d}", text=" ".join(rng.choice(words) for _ in range(900)))
            for i in range(500)]  # over a megabyte: several data pages per row group
    outputs = []
    for size in (500, 37, 1):
        path = tmp_path / f"{size}.parquet"
        with ParquetStreamWriter(path, Document, row_group_size=200) as writer:
            for i in range(0, len(docs), size):
                writer.write(docs[i:i + size])
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_dataset_bytes_do_not_depend_on_batch_size_or_jobs(
    tmp_path: Path, small_pages: Path
) -> None:
    one = build_dataset([small_pages], tmp_path / "one").path
    small = build_dataset([small_pages], tmp_path / "small", batch_size=1).path
    jobs = build_dataset([small_pages], tmp_path / "jobs", batch_size=1, jobs=2).path
    assert _files(one) == _files(small) == _files(jobs)


# --- what --force may delete ----------------------------------------------------------


def test_force_refuses_a_dataset_holding_a_users_file(tmp_path: Path, small_pages: Path) -> None:
    out = tmp_path / "ds"
    build_dataset([small_pages], out)
    notes = out / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    with pytest.raises(DatasetExistsError, match=r"notes\.txt"):
        build_dataset(None, out, force=True)
    assert notes.read_text(encoding="utf-8") == "mine"
    validate_dataset(out)
    notes.unlink()
    build_dataset([small_pages], out, force=True)
    validate_dataset(out)


def test_force_refuses_an_edited_card(tmp_path: Path, small_pages: Path) -> None:
    out = tmp_path / "ds"
    build_dataset([small_pages], out)
    with (out / "README.md").open("a", encoding="utf-8") as fh:
        fh.write("\nMy own notes on this dataset.\n")
    with pytest.raises(DatasetExistsError, match=r"README\.md"):
        build_dataset(None, out, force=True)
    assert "My own notes" in (out / "README.md").read_text(encoding="utf-8")


def test_a_descriptor_listing_someone_elses_files_deletes_nothing(
    tmp_path: Path, small_pages: Path
) -> None:
    built = build_dataset([small_pages], tmp_path / "ds").path
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text("secret", encoding="utf-8")
    (home / "Documents").mkdir()
    (home / "Documents" / "notes.txt").write_text("notes", encoding="utf-8")
    package = read_datapackage(built)
    package["caucasus_events"]["files"] = {".ssh/id_rsa": "sha256:" + "0" * 64,
                                          "Documents/notes.txt": "sha256:" + "0" * 64}
    (home / DATAPACKAGE).write_text(__import__("json").dumps(package), encoding="utf-8")
    with pytest.raises(DatasetExistsError):
        build_dataset(None, home, force=True)
    assert (home / ".ssh" / "id_rsa").read_text(encoding="utf-8") == "secret"
    assert (home / "Documents" / "notes.txt").read_text(encoding="utf-8") == "notes"


# --- lock and debris --------------------------------------------------------------------


def test_a_second_build_to_the_same_directory_is_refused(tmp_path: Path, one_page: Path) -> None:
    out = tmp_path / "ds"
    with _atomic.build_lock(out), pytest.raises(DatasetExistsError, match="another build"):
        build_dataset([one_page], out)
    assert not out.exists()
    build_dataset([one_page], out)  # the lock is released, and its file removed
    assert _debris(out) == []


def test_debris_of_dead_builds_is_removed(tmp_path: Path, small_pages: Path) -> None:
    out = tmp_path / "ds"
    build_dataset([small_pages], out)
    stale = tmp_path / ".ds.building-999999-deadbeef"
    stale.mkdir()
    (stale / "documents").mkdir()
    (stale / "documents" / "part-0.parquet").write_bytes(b"half")
    old = tmp_path / ".ds.old-999999-deadbeef"
    shutil.copytree(out, old)
    build_dataset([small_pages], out, force=True)
    assert _debris(out) == []
    validate_dataset(out)


def test_an_old_dataset_left_between_two_renames_is_put_back(
    tmp_path: Path, small_pages: Path
) -> None:
    out = tmp_path / "ds"
    build_dataset([small_pages], out)
    before = _files(out)
    os.rename(out, tmp_path / ".ds.old-999999-deadbeef")  # as a kill mid-fallback leaves it
    with _atomic.build_lock(out):
        _atomic.clean_stale(out)
    assert _files(out) == before
    assert _debris(out) == []


# --- killed builds --------------------------------------------------------------------

_KILLED_BUILD = """
import sys
from caucasus_events import _atomic
_atomic.FAIL_AT = sys.argv[1]
_atomic.USE_EXCHANGE = sys.argv[2] == "exchange"
from caucasus_events.cli import main
sys.exit(main(["build", "--quiet", "--force", "--out", sys.argv[3], sys.argv[4]]))
"""

_POINTS = [("building", "exchange"), ("built", "exchange"), ("before-swap", "exchange"),
           ("after-swap", "exchange"), ("between-renames", "renames"),
           ("after-swap", "renames")]


@pytest.mark.parametrize(("point", "swap"), _POINTS)
def test_a_build_killed_at_any_point_leaves_the_old_or_the_new_dataset(
    tmp_path: Path, small_pages: Path, one_page: Path, point: str, swap: str
) -> None:
    out = tmp_path / "ds"
    old = _files(build_dataset([one_page], out).path)
    done = subprocess.run([sys.executable, "-c", _KILLED_BUILD, point, swap, str(out),
                           str(small_pages)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    if point == "between-renames":  # the one window of the fallback: repaired next time
        assert not out.exists()
        with _atomic.build_lock(out):
            _atomic.clean_stale(out)
    now = _files(out)
    assert now == old or (now != old and validate_dataset(out))
    if point in ("after-swap",):
        assert now != old  # the swap had happened
    build_dataset([one_page], out, force=True)
    validate_dataset(out)
    assert _debris(out) == []


def test_a_first_build_killed_before_the_swap_leaves_nothing_behind(
    tmp_path: Path, one_page: Path
) -> None:
    out = tmp_path / "ds"
    done = subprocess.run([sys.executable, "-c", _KILLED_BUILD, "built", "exchange", str(out),
                           str(one_page)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not out.exists()
    build_dataset([one_page], out)
    assert _debris(out) == []


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_build(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(_CORPUS.glob("*.txt"))]
    for i in range(300):
        (pages / f"p{i:03d}.txt").write_text(f"Page {i}.\n\n" + texts[i % len(texts)],
                                              encoding="utf-8")
    out = tmp_path / "ds"
    build = subprocess.Popen([sys.executable, "-m", "caucasus_events", "build", "--quiet",
                              "--jobs", "2", "--batch-size", "4", str(pages), "--out", str(out)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2 and build.poll() is None:
        workers = {c for c in _children(build.pid) if _alive(c)}
        time.sleep(0.1)
    assert build.poll() is None, "the build finished before its workers were seen"
    build.kill()
    build.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
    build_dataset([pages / "p000.txt"], out)
    assert _debris(out) == []


# --- a page that crashes the parser ---------------------------------------------------


def test_a_page_crashing_the_parser_is_skipped_and_reported(
    tmp_path: Path, small_pages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import caucasus_events.parse as parse

    real = parse.split_documents

    def explode(text: str, **kwargs: object) -> object:
        if "BOOM" in text:
            raise OverflowError("date value out of range")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parse, "split_documents", explode)
    pages = tmp_path / "pages"
    shutil.copytree(small_pages, pages)
    (pages / "zz_boom.txt").write_text("BOOM said Aliyev on May 3, 2021.", encoding="utf-8")
    result = build_dataset([pages], tmp_path / "ds")
    assert result.pages == 2
    assert [f.name for f in result.failures] == [str(pages / "zz_boom.txt")]
    assert "OverflowError" in result.failures[0].reason
    validate_dataset(result.path)
