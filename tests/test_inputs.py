"""Every kind of input builds, and every document keeps its URL and its input."""

from __future__ import annotations

import csv
import html
import io
import json
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from caucasus_events import load
from caucasus_events.cli import main
from caucasus_events.dataset import build_dataset, expand_inputs
from caucasus_events.errors import InputError
from caucasus_events.inputs import PageRef, input_kind, iter_page_refs, read_page


def _pages() -> list[tuple[str, str]]:
    corpus = resources.files("caucasus_events") / "data" / "corpus"
    names = sorted(e.name for e in corpus.iterdir() if e.name.endswith(".txt"))
    return [(f"https://news.example.org/{i}/{n[:-4]}", (corpus / n).read_text("utf-8"))
            for i, n in enumerate(names)]


def _urls(out: Path) -> set[str | None]:
    return {d.url for d in load(out).documents}


def _html(text: str) -> str:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    title = blocks[0].splitlines()[0]
    body = "".join(f"<p>{html.escape(' '.join(b.split()))}</p>" for b in blocks[1:]
                   if len(b) > 120)
    return (f"<html><head><title>{html.escape(title)}</title></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{body}</article>"
            f"<footer>Copyright 2025. All rights reserved.</footer></body></html>")


def test_text_files_carry_their_file_url(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i, (_, text) in enumerate(_pages()):
        (folder / f"p{i}.txt").write_text(text, encoding="utf-8")
    result = build_dataset([folder], tmp_path / "ds")
    assert result.pages == 5 and result.rows["events"] > 0
    urls = _urls(tmp_path / "ds")
    assert urls == {(folder / f"p{i}.txt").resolve().as_uri() for i in range(5)}


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_manifest_builds_with_urls(tmp_path: Path, kind: str) -> None:
    pages = _pages()
    path = tmp_path / f"manifest.{kind}"
    rows = [{"url": u, "text": t, "published": "2025-07-23",
             "fetched": f"2025-07-2{i}T08:00:00Z"} for i, (u, t) in enumerate(pages)]
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    elif kind == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["url", "text", "published", "fetched"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
    result = build_dataset([path], tmp_path / "ds")
    assert result.pages == 5 and not result.failures
    assert _urls(tmp_path / "ds") == {u for u, _ in pages}
    # Every document keeps when its page was fetched.
    fetched = {d.url: d.fetched for d in load(tmp_path / "ds").documents}
    assert fetched == {r["url"]: r["fetched"] for r in rows}
    # The same pages as text files make the same records, URLs aside.
    folder = tmp_path / "txt"
    folder.mkdir()
    for i, (_, text) in enumerate(pages):
        (folder / f"p{i}.txt").write_text(text, encoding="utf-8")
    plain = build_dataset([folder], tmp_path / "plain")
    assert plain.rows["events"] == result.rows["events"]
    assert plain.rows["quotes"] == result.rows["quotes"]


def test_html_file_goes_through_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    text = _pages()[1][1]
    page = tmp_path / "article.html"
    page.write_text(_html(text), encoding="utf-8")
    build_dataset([page], tmp_path / "ds")
    ds = load(tmp_path / "ds")
    assert len(ds.documents) == 1
    doc = ds.documents[0]
    assert doc.url == page.resolve().as_uri()
    assert "Copyright" not in doc.text and "Home" not in doc.text.split("\n")[0]
    assert ds.actors, "the article's actors are found in the extracted text"


def _warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "t"}))
        for url, text in pages:
            body = _html(text).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
            http_headers=image))


def test_warc_streams_response_records(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    pages = _pages()
    path = tmp_path / "crawl.warc.gz"
    _warc(path, pages)
    refs = list(iter_page_refs(path))
    assert [r.kind for r in refs] == ["warc"] * 5  # no warcinfo, request or image
    assert read_page(refs[2]).url == pages[2][0]
    assert read_page(refs[2]).fetched
    assert main(["build", str(path), "--out", str(tmp_path / "ds"), "-q"]) == 0
    assert _urls(tmp_path / "ds") == {u for u, _ in pages}


def test_bad_rows_are_named_by_file_and_row(tmp_path: Path) -> None:
    url, text = _pages()[0]
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps({"url": url, "text": text}) + "\n"
                    + '{"url": "https://x.example/2"}\n'
                    + "not json\n"
                    + json.dumps({"url": 3, "text": "x"}) + "\n"
                    + json.dumps({"url": url, "text": text, "fetched": "yesterday"}) + "\n",
                    encoding="utf-8")
    result = build_dataset([path], tmp_path / "ds")
    reasons = {f.name: f.reason for f in result.failures}
    assert result.pages == 1
    assert set(reasons) == {f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"}
    assert "neither 'text' nor 'html'" in reasons[f"{path}:2"]
    assert "not JSON" in reasons[f"{path}:3"]
    assert "'url' must be a string" in reasons[f"{path}:4"]
    assert "'fetched' is not an ISO 8601 date" in reasons[f"{path}:5"]


def test_manifest_without_text_column_fails_whole(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("url,body\nhttps://x.example/1,hello\n", encoding="utf-8")
    _, failures = expand_inputs([path])
    assert len(failures) == 1 and failures[0].name == str(path)
    assert "'text' or 'html'" in failures[0].reason
    with pytest.raises(InputError, match=r"m\.csv"):
        list(iter_page_refs(path))


def test_kinds_by_name() -> None:
    assert input_kind("a/b.WARC.GZ") == "warc"
    assert input_kind("x.ndjson") == "jsonl"
    assert input_kind("x.txt") == input_kind("noext") == "text"
    assert PageRef("csv", "m.csv", 3).name == "m.csv:3"
