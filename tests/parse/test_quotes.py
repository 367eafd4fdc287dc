"""Quotations: marks paired, scare quotes left out, speakers, cues, partial flags."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from caucasus_events.dates import PartialDate, Precision
from caucasus_events.models import Document, Quote, Span
from caucasus_events.parse.page import split_documents
from caucasus_events.parse.quotes import extract_quotes

CORPUS = Path(__file__).parents[2] / "src" / "caucasus_events" / "data" / "corpus"
EXPECT = Path(__file__).parents[1] / "expectations"
PAGES = sorted(CORPUS.glob("*.txt"))


def _doc(*paragraphs: str) -> Document:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Span(doc_id="d", start=pos, end=pos + len(p)))
        pos += len(p) + 2
    return Document(id="d", text=text, paragraphs=spans,
                    published=PartialDate(year=2021, month=6, precision=Precision.MONTH))


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(_doc(*paragraphs))[0]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_quotes_match_hand_checked_expectations(page: Path) -> None:
    raw = page.read_text("utf-8")
    docs, _ = split_documents(raw, page_hash=hashlib.sha256(raw.encode()).hexdigest())
    got = [(i, q) for i, d in enumerate(docs) for q in extract_quotes(d)[0]]
    data = json.loads((EXPECT / f"{page.stem}.json").read_text("utf-8"))
    assert [(i, q.text) for i, q in got] == [(e["document"], e["text"]) for e in data["quotes"]]
    for (_, q), exp in zip(got, data["quotes"], strict=True):
        assert q.partial is exp["partial"], q.text
        assert q.cue == exp["cue"], q.text
        assert q.intermediary == exp["intermediary"], q.text
        assert (q.date.isoformat() if q.date else None) == exp["date"], q.text
        if "known_limit" not in exp:
            assert q.speaker_text == exp["speaker"], q.text
    texts = {q.text for _, q in got}
    for scare in data["not_quotes"]:
        assert scare not in texts


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_quote_span_and_speaker_span_verifies(page: Path) -> None:
    raw = page.read_text("utf-8")
    for doc in split_documents(raw, page_hash="h")[0]:
        for q in extract_quotes(doc)[0]:
            assert doc.text[q.span.start:q.span.end] == q.text
            if q.speaker_span is not None:
                assert doc.text[q.speaker_span.start:q.speaker_span.end] == q.speaker_text


def test_straight_opening_with_curly_closing() -> None:
    (q,) = _quotes('"We will not back down,” Aliyev said.')
    assert q.text == "We will not back down," and q.speaker_text == "Aliyev"
    assert q.cue == "said" and q.partial is False


def test_british_single_quotes_with_apostrophes_inside() -> None:
    (q,) = _quotes("‘Azerbaijan’s position is clear and it won’t change,’ the minister said.")
    assert q.text == "Azerbaijan’s position is clear and it won’t change,"
    assert q.speaker_text == "the minister"


def test_quote_over_several_paragraphs_is_one_quote() -> None:
    (q,) = _quotes("“The first paragraph of the statement is long enough.",
                   "“The second paragraph ends the statement,” Erdogan told reporters.")
    assert q.speaker_text == "Erdogan"
    assert q.text.startswith("The first") and q.text.endswith("ends the statement,")


def test_a_quote_open_at_a_paragraph_end_runs_on_to_its_closing_mark() -> None:
    (q, other) = _quotes("Garibashvili said: “Working groups have been created.",
                         "We have completed all the tasks,” he added.",
                         "Later he spoke of “a new “big idea” for the region.”")
    assert q.text.endswith("all the tasks,") and "\n\n" in q.text
    assert other.text == "a new “big idea” for the region."


def test_nested_straight_marks_and_a_double_apostrophe_closer() -> None:
    (q,) = _quotes('“As for "fakes", do you not know that this is fake?!” he said.')
    assert q.text == 'As for "fakes", do you not know that this is fake?!'
    (q,) = _quotes("He cited the text: “We reject any attempt of revenge.’’ He went on.")
    assert q.text == "We reject any attempt of revenge."


def test_split_quote_gives_two_quotes_with_one_speaker() -> None:
    qs = _quotes("“We are ready,” said President Ilham Aliyev, “to sign the treaty now.”")
    assert [q.speaker_text for q in qs] == ["President Ilham Aliyev"] * 2
    assert qs[0].cue == "said"


def test_pronoun_speaker_resolves_to_the_last_named_person() -> None:
    qs = _quotes("“Talks went well,” Jeyhun Bayramov said.", "“More will follow,” he added.")
    assert qs[1].speaker_text == "Jeyhun Bayramov" and qs[1].cue == "added"
    assert qs[1].speaker_span == qs[0].speaker_span


def test_generic_speaker_resolves_to_the_earlier_full_name() -> None:
    qs = _quotes("The talks began, the Azerbaijani Ministry of Defence said.",
                 "“The meeting will discuss cooperation,” the ministry stated.")
    assert qs[0].speaker_text == "the Azerbaijani Ministry of Defence"


def test_intermediary_and_cue_with_object() -> None:
    (q,) = _quotes("“This is possible under the agreement,” Erdogan told reporters, as quoted by "
                   "Hurriyet newspaper.")
    assert (q.cue, q.intermediary) == ("told reporters", "Hurriyet newspaper")


def test_stated_date_of_a_quote() -> None:
    (q,) = _quotes("“Azerbaijan is a reliable partner,” declared President Ilham Aliyev in "
                   "December 2021 during his visit.")
    assert q.date is not None and q.date.isoformat() == "2021-12"


@pytest.mark.parametrize("text", [
    "the airlift, dubbed the “Kabul airlift” (Caspian Post).",
    "Baku has since closed the “Sputnik Azerbaijan” office.",
    "the infrastructure was “reverse flowed” after 2001.",
    "Perovskites, a ‘dirt cheap’ alternative to silicon.",
    "Baku opted for “equidistance” from rivaling blocs.",
])
def test_scare_quotes_and_names_are_not_quotations(text: str) -> None:
    assert _quotes(text) == []


def test_fragment_in_the_authors_sentence_is_partial() -> None:
    (q,) = _quotes("Jens Stoltenberg confirmed this by referring to Azerbaijan as “a valued "
                   "partner.”")
    assert q.partial is True and q.speaker_text == "Jens Stoltenberg"


def test_headline_attribution_by_colon_and_dash() -> None:
    qs = _quotes("Aliyev: “We will never accept occupation”",
                 "Military base may be established under the declaration – Erdogan",
                 "Officials in Baku said on Monday that the talks would resume next week.")
    assert [(q.speaker_text, q.cue) for q in qs] == [("Aliyev", "headline"),
                                                     ("Erdogan", "headline")]


def test_quote_cut_off_at_the_end_is_emitted_with_a_warning() -> None:
    quotes, warnings = extract_quotes(_doc("Erdogan said: “The negotiations can contribute to"))
    assert [q.text for q in quotes] == ["The negotiations can contribute to"]
    assert warnings and "not closed" in warnings[0]


def test_nested_and_bracketed_quotes_stay_inside_the_outer_quote() -> None:
    (q,) = _quotes("“He called it ‘a trap’ [for Baku], and we agree,” the ministry said.")
    assert q.text == "He called it ‘a trap’ [for Baku], and we agree,"


def test_a_short_fragment_after_a_reporting_verb_is_a_partial_quote() -> None:
    (q,) = _quotes("NATO Secretary General Mark Rutte said he was “deeply concerned” by the "
                   "violence in Tbilisi.")
    assert q.text == "deeply concerned" and q.partial
    assert q.speaker_text is not None and "Mark Rutte" in q.speaker_text


def test_a_sentence_after_said_colon_is_a_full_quote() -> None:
    (q,) = _quotes("President Salome Zourabichvili, who has sided with the protesters, said: "
                   "\"The government has declared war on its own people.\"")
    assert not q.partial
    assert q.speaker_text is not None and "Zourabichvili" in q.speaker_text


@pytest.mark.parametrize("text", [
    "“We call on the sides to stop the fighting,” Kremlin spokesman Dmitry Peskov told "
    "reporters.",
    "“We call on the sides to stop the fighting,” said Kremlin spokesman Dmitry Peskov.",
])
def test_a_role_noun_before_the_name_stays_with_the_speaker(text: str) -> None:
    (q,) = _quotes(text)
    assert q.speaker_text == "Kremlin spokesman Dmitry Peskov"


def test_a_quote_paragraph_takes_the_speaker_the_paragraph_before_names() -> None:
    qs = _quotes("Alpine Mosvyan is still shaken by what she left behind.",
                 "“We ran into a hangar. Then to a basement in Stepanakert.”",
                 "According to the Prime Minister, the process must continue.",
                 "“There is also a second option, a referendum.”")
    assert [q.speaker_text for q in qs] == ["Alpine Mosvyan", "the Prime Minister"]


def test_a_pronoun_resolves_to_the_nearest_subject_not_a_state() -> None:
    qs = _quotes("Earlier, Azerbaijani MP Rasim Musabekov demanded an apology from Russia.",
                 "“The plane was shot down over Grozny. It is impossible to deny it,” he said.")
    assert qs[0].speaker_text is not None and "Rasim Musabekov" in qs[0].speaker_text


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Iran has clear positions,” IRNA quoted Kanaani as saying at a briefing.", "Kanaani"),
    ("“We are ready”, Assistant to the President of the Republic of Azerbaijan Hikmat Hajiyev "
     "told APA TV.", "Hikmat Hajiyev"),
    ("Pashinyan said that the CSTO, an alliance of six former Soviet states, had “not "
     "fulfilled its security obligations” and that this “could not go unnoticed”.",
     "Pashinyan"),
])
def test_speakers_of_relayed_roled_and_second_fragment_quotes(text: str, speaker: str) -> None:
    qs = _quotes(text)
    assert qs and all(q.speaker_text == speaker for q in qs)


@pytest.mark.parametrize("text", [
    "Baghirov made the remark at the ‘New South Caucasus and New Economic Corridor’ "
    "conference.",
    "The outlets include “Forbidden Stories”, “France 24”, “The Guardian” and “Le Monde”.",
    "Ukrainska Pravda cited “Echo of the Caucasus” on Sunday.",
])
def test_names_titles_and_lists_of_names_in_marks_are_not_speech(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "fragment"), [
    ("Mirzoyan told parliament that while Yerevan is reviewing the proposals the sides are "
     "“still far apart” from an agreement.", "still far apart"),
    ("He also criticised the Kremlin for what he called the “kidnapping” of a deserter.",
     "kidnapping"),
    ("The government has “correctly and effectively” fulfilled the recommendations, "
     "Garibashvili also said.", "correctly and effectively"),
])
def test_fragments_in_sentences_that_report_speech_are_partial_quotes(
        text: str, fragment: str) -> None:
    (q,) = _quotes(text)
    assert q.text == fragment and q.partial and q.speaker_text is not None


def test_role_noun_speaker_refers_to_the_unnamed_person_introduced_before() -> None:
    from caucasus_events.models import Document
    from caucasus_events.parse.quotes import extract_quotes

    text = ("Israel sends arms: Sources\n\nOver the weekend, a US intelligence source told a "
            "broadcaster that planes had landed.\n\n“Two cargo flights landed today,” the "
            "source said.")
    quotes, _ = extract_quotes(Document(id="d1", text=text))
    assert [q.speaker_text for q in quotes] == ["a US intelligence source"]


def test_a_term_in_marks_stays_a_term_when_it_comes_back() -> None:
    from caucasus_events.models import Document
    from caucasus_events.parse.quotes import extract_quotes

    text = ("Over the last days an “air train” of cargo planes departed. Hajiyev told me "
            "that he was unsure of the purposes of the \"air train\" but stressed ties.")
    quotes, _ = extract_quotes(Document(id="d1", text=text))
    assert quotes == []


def test_a_later_stated_by_sentence_and_a_statement_s_publisher_are_speakers() -> None:
    from caucasus_events.models import Document
    from caucasus_events.parse.quotes import extract_quotes

    text = ("The Kremlin is aware of the demands, but \"it has no right to make assessments\" "
            "until the inquiry ends. This was stated at a briefing by Russian President "
            "Vladimir Putin's press secretary Dmitry Peskov.\n\n"
            "\"The staff have been arrested,\" reads a statement on \"Abzas Media\"s Facebook "
            "page.")
    quotes, _ = extract_quotes(Document(id="d1", text=text))
    assert [q.speaker_text for q in quotes] == ["Dmitry Peskov", "Abzas Media"]
