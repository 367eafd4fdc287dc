"""The public entry point: parse_page / parse_file over the corpus and over bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from caucasus_events.errors import InputError
from caucasus_events.ids import make_id
from caucasus_events.models import Page
from caucasus_events.parse import MAX_PAGE_CHARS, parse_file, parse_page

CORPUS = Path(__file__).parents[2] / "src" / "caucasus_events" / "data" / "corpus"
PAGES = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def parsed() -> dict[str, Page]:
    return {p.stem: parse_file(p) for p in PAGES}


def test_every_span_of_every_record_verifies(parsed: dict[str, Page]) -> None:
    for page in parsed.values():
        docs = {d.id: d for d in page.documents}
        for q in page.quotes:
            doc = docs[q.document_id]
            assert doc.evidence(q.span) == q.text
            if q.speaker_span is not None:
                assert doc.evidence(q.speaker_span) == q.speaker_text
        for c in page.citations:
            assert docs[c.document_id].evidence(c.span).startswith(c.source_text)
        for record in (*page.actors, *page.places):
            for span in record.mentions:
                assert span.end <= len(docs[span.doc_id].text)
        for event in page.events:
            for span in event.evidence:
                assert span.end <= len(docs[span.doc_id].text)


def test_document_ids_derive_from_the_page_hash(parsed: dict[str, Page]) -> None:
    for path in PAGES:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        page = parsed[path.stem]
        assert [d.id for d in page.documents] == [
            make_id("doc", digest, i) for i in range(len(page.documents))]
        assert all(d.page_hash == digest for d in page.documents)


def test_pipeline_fills_speakers_and_finds_events(parsed: dict[str, Page]) -> None:
    page = parsed["004_8a43d5f00afc927d"]
    assert next(q.speaker_text for q in page.quotes) == "Erdogan"
    assert all(q.speaker for q in page.quotes)
    assert page.events
    assert len({a.id for a in page.actors}) == len(page.actors)


def test_parse_page_is_deterministic() -> None:
    raw = PAGES[1].read_text("utf-8")
    assert parse_page(raw) == parse_page(raw)


def test_url_is_kept_and_names_the_outlet() -> None:
    page = parse_page(PAGES[2].read_text("utf-8"), url="https://caliber.az/post/1")
    assert page.documents[0].url == "https://caliber.az/post/1"
    assert page.documents[0].source is not None


@pytest.mark.parametrize("text", ["", "   \n\n\t"])
def test_empty_page_is_an_empty_page_with_a_warning(text: str) -> None:
    page = parse_page(text)
    assert page.documents == () and page.warnings


def test_page_without_article_warns() -> None:
    page = parse_page("Home\nNews\nAbout us\nContact\n")
    assert page.documents == () and "no article" in page.warnings[0]


def test_binary_text_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        parse_page("abc\x00def")
    with pytest.raises(InputError, match="binary"):
        parse_page("\x01\x02\x03\x04" * 100)
    with pytest.raises(InputError, match="must be a str"):
        parse_page(b"bytes")  # type: ignore[arg-type]


def test_too_large_page_is_refused_without_parsing() -> None:
    with pytest.raises(InputError, match="more than"):
        parse_page("a" * (MAX_PAGE_CHARS + 1))


def test_parse_file_errors_name_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError, match=r"missing\.txt"):
        parse_file(missing)
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match=r"image\.png.*binary"):
        parse_file(binary)
    undecodable = tmp_path / "junk.txt"
    undecodable.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 10)
    with pytest.raises(InputError, match=r"junk\.txt.*not UTF-8"):
        parse_file(undecodable)


def test_parse_file_falls_back_to_cp1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    text = ("A Headline\n\n\x93We will not back down,\x94 Aliyev said on Monday in Baku "
            "to reporters.\n")
    path.write_bytes(text.encode("latin-1"))
    page = parse_file(path)
    assert "cp1252" in page.warnings[0]
    assert page.quotes[0].text == "We will not back down,"


def test_parse_file_drops_a_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PAGES[4].read_bytes())
    title = parse_file(path).documents[0].title
    assert title is not None and title.startswith("Turkish Military Base")


def test_a_role_noun_speaker_resolves_to_the_person_named_earlier(
        parsed: dict[str, Page]) -> None:
    page = next(p for p in parsed.values()
                if any(q.speaker_text == "the Azeri deputy" for q in p.quotes))
    quote = next(q for q in page.quotes if q.speaker_text == "the Azeri deputy")
    speaker = next(a for a in page.actors if a.id == quote.speaker)
    assert speaker.name == "Vugar Iskenderov"
