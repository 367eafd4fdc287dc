"""The evaluation harness: matching rules and metrics on small hand-built gold/page pairs.

Pages are built from models by hand, not parsed, so these tests pin the harness and not
the parser.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from caucasus_events import (
    Actor,
    Document,
    Evaluation,
    Event,
    EventActor,
    InputError,
    Page,
    PartialDate,
    Quote,
    Span,
    evaluate,
)
from caucasus_events._evaluation import Count, PageResult, score_page
from caucasus_events._evaluation._context import gold_period, within
from caucasus_events._evaluation._events import type_matches
from caucasus_events._evaluation._quotes import quote_score
from caucasus_events._evaluation._text import Folded, locate, names_match
from caucasus_events.cli import main

DOC = "doc_1"


def gold(**over: Any) -> dict[str, Any]:
    """A minimal valid gold annotation with one document, overridden by ``over``."""
    base: dict[str, Any] = {
        "file": "p.txt",
        "documents": [{
            "title": "Ministers meet", "authors": [], "boilerplate": [],
            "published": {"date": "2024-03-05", "precision": "day", "inferred": False,
                          "why": ""},
            "body_first_words": "The ministers", "body_last_words": "in Baku.",
        }],
        "quotes": [], "not_quotes": [], "ambiguous": [], "citations": [], "actors": [],
        "places": [], "events": [], "notes": "",
    }
    base.update(over)
    return base


def document(body: str, *, title: str | None = "Ministers meet",
             published: PartialDate | None = None) -> Document:
    text = f"{title}\n\n{body}" if title else body
    return Document(id=DOC, text=text, title=title, published=published)


def counts(gold_data: dict[str, Any], page: Page) -> dict[str, Count]:
    return dict(score_page(gold_data, page).counts)


# --- matching ------------------------------------------------------------------------


def test_locate_is_verbatim_first_then_folded_with_original_offsets() -> None:
    text = "He said:  “We  are READY” to talk."
    assert locate(text, "said") == (3, 7)
    start, end = locate(text, '"we are ready"') or (0, 0)
    assert text[start:end] == "We  are READY"
    assert locate(text, "not there") is None
    assert Folded("Erdoğan met").find("erdogan") == (0, 7)
    assert Folded("cannot").find("can") is None  # word boundaries


def test_names_match_needs_two_words_to_contain_and_never_pronouns() -> None:
    assert names_match("President Ilham Aliyev", "Ilham Aliyev")
    assert names_match("ARMENIA", "Armenia")
    assert not names_match("Armenian Prime Minister", "Minister")
    assert not names_match("He", "he")


def test_quote_score_uses_containment_and_overlap() -> None:
    assert quote_score("We are ready,", "we are ready") == 1.0
    assert quote_score("we are ready to talk", "we are ready to talk with Baku today") > 0
    assert quote_score("peace", "we want peace now and forever") == 0.0
    assert quote_score("completely different words", "nothing in common here") == 0.0


def test_event_type_names_map_through_the_data_table() -> None:
    assert type_matches("STATEMENT", "statement")
    assert type_matches("ACCUSATION", "ACCUSE")
    assert type_matches("MEETING", "MEET")
    assert not type_matches("MEETING", "VISIT")


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(("gold_date", "parsed", "right"), [
    ("2024-03", PartialDate(year=2024, month=3, day=5, precision="day"), True),
    ("2024-03", PartialDate(year=2024, month=3, precision="month"), True),
    ("2024-03", PartialDate(year=2024, precision="year"), False),
    ("2024-03-05", PartialDate(year=2024, month=3, precision="month"), False),
    ("2024-03-05", PartialDate(year=2024, month=3, day=6, precision="day"), False),
    ("2020-09/2020-11", PartialDate(year=2020, month=10, precision="month"), True),
    ("2020-09/2020-11", PartialDate(year=2020, month=12, precision="month"), False),
    ("1993/2003", PartialDate(year=1999, precision="year"), True),
])
def test_date_is_judged_at_the_gold_precision(gold_date: str, parsed: PartialDate,
                                              right: bool) -> None:
    assert within(parsed, gold_period(gold_date)) is right


def test_printed_date_accepts_alt_dates_and_inferred_is_reported_apart() -> None:
    data = gold()
    data["documents"][0]["published"]["alt_dates"] = ["2024-03-06"]
    body = "The ministers met in Baku."
    alt = PartialDate(year=2024, month=3, day=6, precision="day")
    assert counts(data, Page(documents=[document(body, published=alt)]))[
        "documents.date_printed"] == Count(1, 1)
    wrong = PartialDate(year=2024, month=3, day=7, precision="day")
    got = counts(data, Page(documents=[document(body, published=wrong)]))
    assert got["documents.date_printed"] == Count(0, 1)
    assert got["documents.date_inferred"] == Count(0, 0)
    data["documents"][0]["published"].update(date="2024-03", precision="month",
                                             inferred=True)
    got = counts(data, Page(documents=[document(body, published=wrong)]))
    assert got["documents.date_inferred"] == Count(1, 1)
    assert got["documents.date_printed"] == Count(0, 0)


# --- documents -----------------------------------------------------------------------


def test_title_authors_and_edges() -> None:
    data = gold()
    data["documents"][0]["authors"] = ["Ann Smith"]
    page = Page(documents=[Document(id=DOC, title="Ministers  MEET",
                                    text="Ministers  MEET\n\nThe ministers met.",
                                    authors=("ann smith",))])
    got = counts(data, page)
    assert got["documents.title"] == Count(1, 1)
    assert got["documents.authors"] == Count(1, 1)
    assert got["documents.first_words"] == Count(1, 1)
    assert got["documents.last_words"] == Count(0, 1)  # "in Baku." was lost
    assert got["documents.edges"] == Count(1, 2)
    assert got["documents.count"] == Count(1, 1)
    assert counts(data, Page())["documents.count"] == Count(0, 1)


def test_leaked_furniture_line_is_counted() -> None:
    data = gold()
    data["documents"][0]["boilerplate"] = [
        "Read more: Armenia and Azerbaijan resume talks", "0", "Share", "Skip to content",
        "STORY:", "12:40"]
    body = ("The ministers met.\n\nRead more: Armenia and Azerbaijan resume talks\n\n"
            "They scored 0 points on Share of votes.\n\n0\n\nSTORY: They met in Baku."
            "\n\nThe talks began at 12:405 sharp.")
    got = counts(data, Page(documents=[document(body)]))
    # the long teaser, the lone "0" line and "STORY:" opening a line leak; "Share" inside
    # a sentence and "12:40" inside "12:405" do not
    assert got["furniture.lines_leaked"] == Count(3, 6)
    assert got["furniture.pages_leaked"] == Count(1, 1)
    clean = counts(data, Page(documents=[document("The ministers met in Baku.")]))
    assert clean["furniture.lines_leaked"] == Count(0, 6)
    assert clean["furniture.pages_leaked"] == Count(0, 1)


# --- quotes --------------------------------------------------------------------------


def _quote(text: str, body: str, qid: str, **kw: Any) -> Quote:
    start = body.index(text)
    return Quote(id=qid, document_id=DOC, text=text,
                 span=Span(doc_id=DOC, start=start, end=start + len(text)), **kw)


def test_scare_quote_emitted_is_counted_and_ambiguous_is_not_scored() -> None:
    body = ("The so-called “peace treaty” is “a fraud” said Ann Smith. "
            "“We are ready to talk,” Smith said in Baku.")
    doc = Document(id=DOC, text=body)
    ann = Actor(id="person:ann", name="Ann Smith", kind="person", aliases=("Smith",))
    quotes = [_quote("peace treaty", body, "q1"), _quote("a fraud", body, "q2"),
              _quote("We are ready to talk,", body, "q3", speaker="person:ann",
                     speaker_text="Smith")]
    data = gold(documents=[], not_quotes=["peace treaty"], ambiguous=["a fraud"],
                quotes=[{"text": "We are ready to talk,", "speaker": "Ann Smith",
                         "partial": False}],
                actors=[{"name": "Ann Smith", "kind": "person", "country": None,
                         "aliases_in_text": ["Ann Smith", "Smith"]}])
    got = counts(data, Page(documents=[doc], quotes=quotes, actors=[ann]))
    assert got["quotes.scare_emitted"] == Count(1, 1)
    assert got["quotes.precision"] == Count(1, 2)  # the scare quote counts, "a fraud" not
    assert got["quotes.recall"] == Count(1, 1)
    assert got["quotes.f1"] == Count(2, 3)
    assert got["quotes.speaker"] == Count(1, 1)
    assert got["quotes.partial"] == Count(1, 1)


def test_speaker_by_pronoun_alone_is_not_right() -> None:
    body = "“We are ready,” he said."
    data = gold(documents=[], quotes=[{"text": "We are ready,", "speaker": "Ann Smith",
                                       "partial": True}],
                actors=[{"name": "Ann Smith", "kind": "person", "country": None,
                         "aliases_in_text": ["he"]}])
    page = Page(documents=[Document(id=DOC, text=body)],
                quotes=[_quote("We are ready,", body, "q1", speaker_text="he")])
    got = counts(data, page)
    assert got["quotes.speaker"] == Count(0, 1)
    assert got["quotes.partial"] == Count(0, 1)


# --- events --------------------------------------------------------------------------


BODY = ("Azerbaijani troops shelled the village of Sotk on Monday, officials said. "
        "Later the ministers met in Baku.")


def _event(eid: str, etype: str, phrase: str, **kw: Any) -> Event:
    start = BODY.index(phrase)
    return Event(id=eid, event_type=etype, evidence=(Span(doc_id=DOC, start=start,
                                                          end=start + len(phrase)),), **kw)


def _gold_event(**over: Any) -> dict[str, Any]:
    base = {"date": "2024-03-04", "precision": "day", "type": "ATTACK",
            "initiator": "Azerbaijan", "targets": [], "place": None,
            "evidence": "troops shelled the village of Sotk"}
    base.update(over)
    return base


def _event_counts(events: list[Event], gold_events: list[dict[str, Any]],
                  actors: list[Actor] = ()) -> dict[str, Count]:  # type: ignore[assignment]
    data = gold(documents=[], events=gold_events,
                actors=[{"name": "Azerbaijan", "kind": "state", "country": "AZE",
                         "aliases_in_text": ["Azerbaijani"]}])
    return counts(data, Page(documents=[Document(id=DOC, text=BODY)], events=events,
                             actors=list(actors)))


def test_event_is_aligned_by_its_evidence_span() -> None:
    aze = Actor(id="state:AZE", name="Azerbaijan", kind="state", country="AZE")
    sentence = BODY.split(" Later")[0]
    right = _event("e1", "attack", sentence,
                   date=PartialDate(year=2024, month=3, day=4, precision="day"),
                   actors=(EventActor(actor_id="state:AZE", role="initiator"),))
    elsewhere = _event("e2", "meet", "the ministers met in Baku")
    got = _event_counts([right, elsewhere], [_gold_event()], [aze])
    assert got["events.recall"] == Count(1, 1)
    assert got["events.precision"] == Count(1, 2)
    assert got["events.type"] == Count(1, 1)
    assert got["events.date"] == Count(1, 1)
    assert got["events.initiator"] == Count(1, 1)
    assert got["events.targets"] == Count(1, 1)
    assert got["events.all_right"] == Count(1, 1)
    # evidence in the other sentence finds nothing
    got = _event_counts([elsewhere], [_gold_event()])
    assert got["events.recall"] == Count(0, 1)
    assert got["events.all_right"] == Count(0, 1)


def test_event_fallback_same_sentence_needs_the_same_type() -> None:
    clause = "officials said"
    assert _event_counts([_event("e1", "statement", clause)],
                         [_gold_event()])["events.recall"] == Count(0, 1)
    got = _event_counts([_event("e1", "attack", clause)], [_gold_event()])
    assert got["events.recall"] == Count(1, 1)
    assert got["events.date"] == Count(0, 1)  # undated, gold has a day
    assert got["events.initiator"] == Count(0, 1)


def test_unknown_gold_date_wants_an_undated_event() -> None:
    gold_event = _gold_event(date=None, precision="unknown", initiator=None)
    got = _event_counts([_event("e1", "attack", "shelled the village")], [gold_event])
    assert got["events.date"] == Count(1, 1)
    assert got["events.initiator"] == Count(1, 1)


# --- loading, totals, CLI ------------------------------------------------------------


def _write(tmp_path: Path, data: dict[str, Any], page: str = "The ministers met in Baku."
           ) -> tuple[Path, Path]:
    pages, golds = tmp_path / "pages", tmp_path / "gold"
    pages.mkdir()
    golds.mkdir()
    (pages / "p.txt").write_text(page, encoding="utf-8")
    (golds / "p.json").write_text(json.dumps(data), encoding="utf-8")
    return pages, golds


def test_evaluate_reads_directories_and_sums_exactly(tmp_path: Path) -> None:
    pages, golds = _write(tmp_path, gold())
    result = evaluate(pages, golds)
    assert isinstance(result, Evaluation)
    assert [p.file for p in result.pages] == ["p.txt"]
    assert result.totals["documents.count"].den == 1
    table = result.table(per_page=True)
    assert "documents.title" in table and "p.txt" in table
    out = result.to_json()
    assert out["metrics"]["documents.count"]["den"] == 1
    assert out["pages"][0]["file"] == "p.txt"
    two = Evaluation.from_pages([
        PageResult(file="a", counts={"quotes.recall": Count(1, 4)}),
        PageResult(file="b", counts={"quotes.recall": Count(2, 2)})])
    assert two.totals["quotes.recall"] == Count(3, 6) and two.value("quotes.recall") == 0.5


def test_pages_are_parsed_with_the_address_their_sources_file_gives(tmp_path: Path) -> None:
    page = ("Ministers meet\n\nThe ministers of the two countries met for talks on the "
            "border and on transport links in Baku.")
    pages, golds = _write(tmp_path, gold(), page=page)
    assert evaluate(pages, golds).totals["documents.date_printed"] == Count(0, 1)
    (tmp_path / "SOURCES.json").write_text(json.dumps({"documents": [
        {"file": "p.txt", "url": "https://example.org/2024/03/05/ministers-meet"}]}),
        encoding="utf-8")
    assert evaluate(pages, golds).totals["documents.date_printed"] == Count(1, 1)
    (tmp_path / "SOURCES.json").write_text('{"documents": [{"file": 1}]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"SOURCES\.json: documents\[0\]"):
        evaluate(pages, golds)


def test_bad_gold_names_the_file_and_the_key(tmp_path: Path) -> None:
    data = gold()
    del data["documents"][0]["body_first_words"]
    pages, golds = _write(tmp_path, data)
    with pytest.raises(InputError, match=r"p\.json.*documents\[0\].*body_first_words"):
        evaluate(pages, golds)
    (golds / "p.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"p\.json: not valid JSON"):
        evaluate(pages, golds)
    with pytest.raises(InputError, match="pages directory not found"):
        evaluate(tmp_path / "missing", golds)


def test_gold_for_a_missing_page_is_an_error(tmp_path: Path) -> None:
    pages, golds = _write(tmp_path, gold(file="other.txt"))
    with pytest.raises(InputError, match=r"'other\.txt'"):
        evaluate(pages, golds)


def test_cli_evaluate_prints_and_writes_json(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    pages, golds = _write(tmp_path, gold())
    out = tmp_path / "eval.json"
    assert main(["evaluate", str(pages), str(golds), "--json", str(out), "--per-page"]) == 0
    printed = capsys.readouterr().out
    assert "quotes.f1" in printed and "p.txt" in printed
    assert json.loads(out.read_text("utf-8"))["metrics"]["documents.count"]["den"] == 1
    assert main(["evaluate", str(tmp_path / "nope"), str(golds)]) == 1
    assert "not found" in capsys.readouterr().err
    assert main(["evaluate", str(pages), str(golds), "--problems"]) == 0
    assert "p.txt:" in capsys.readouterr().out
    bad = tmp_path / "gazetteer.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["evaluate", str(pages), str(golds), "--gazetteer", str(bad)]) == 1
    assert "gazetteer.json" in capsys.readouterr().err


def test_pages_may_be_a_list_of_paths_and_unannotated_pages_are_skipped(
        tmp_path: Path) -> None:
    pages, golds = _write(tmp_path, gold())
    (pages / "extra.txt").write_text("Not annotated.", encoding="utf-8")
    result = evaluate([pages / "p.txt", pages / "extra.txt"], golds)
    assert [p.file for p in result.pages] == ["p.txt"]


def test_two_articles_on_a_page_are_aligned_by_their_first_words() -> None:
    second = {"title": "Talks resume", "authors": [], "boilerplate": [],
              "published": {"date": "2024-03-06", "precision": "day", "inferred": False},
              "body_first_words": "Talks between", "body_last_words": "next week."}
    data = gold()
    data["documents"].append(second)
    docs = [Document(id="d2", title="Talks resume",
                     text="Talks resume\n\nTalks between the sides resume next week."),
            Document(id="d1", title="Ministers meet",
                     text="Ministers meet\n\nThe ministers met in Baku.")]
    got = counts(data, Page(documents=docs))
    assert got["documents.count"] == Count(1, 1)
    assert got["documents.title"] == Count(2, 2)
    assert got["documents.edges"] == Count(4, 4)
    got = counts(data, Page(documents=docs[1:]))
    assert got["documents.count"] == Count(0, 1)
    assert got["documents.title"] == Count(1, 2)
