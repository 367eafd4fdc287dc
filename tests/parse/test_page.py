"""Page layout: furniture removal, title, outlet, authors, dates, multi-article pages."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from caucasus_events.dates import Inferred, Precision
from caucasus_events.parse import parse_page
from caucasus_events.parse.page import (
    find_dates,
    infer_publication_date,
    split_documents,
    url_date,
    url_host,
)

CORPUS = Path(__file__).parents[2] / "src" / "caucasus_events" / "data" / "corpus"
EXPECT = Path(__file__).parents[1] / "expectations"
PAGES = sorted(CORPUS.glob("*.txt"))


def _split(raw: str, url: str | None = None):  # type: ignore[no-untyped-def]
    return split_documents(raw, page_hash=hashlib.sha256(raw.encode()).hexdigest(), url=url)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_documents_match_hand_checked_expectations(page: Path) -> None:
    expected = json.loads((EXPECT / f"{page.stem}.json").read_text("utf-8"))["documents"]
    docs, _ = _split(page.read_text("utf-8"))
    assert len(docs) == len(expected)
    for doc, exp in zip(docs, expected, strict=True):
        assert doc.title == exp["title"]
        assert (doc.source.name if doc.source else None) == exp["source"]
        publisher = doc.original_publisher.name if doc.original_publisher else None
        assert publisher == exp["original_publisher"]
        assert list(doc.authors) == exp["authors"]
        assert doc.published is not None
        assert doc.published.isoformat() == exp["published"]["date"]
        assert doc.published.precision.value == exp["published"]["precision"]
        assert doc.published.inferred.value == exp["published"]["inferred"]
        # The headline opens the stored text; "paragraphs" counts the body's.
        headline, first, last = doc.paragraphs[0], doc.paragraphs[1], doc.paragraphs[-1]
        assert doc.text[headline.start:headline.end] == exp["title"]
        assert len(doc.paragraphs) == exp["paragraphs"] + 1
        assert doc.text[first.start:first.end].startswith(exp["first_paragraph"])
        assert doc.text[last.start:last.end].endswith(exp["last_paragraph"])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_paragraph_spans_tile_the_stored_text(page: Path) -> None:
    for doc in _split(page.read_text("utf-8"))[0]:
        rebuilt = "\n\n".join(doc.text[s.start:s.end] for s in doc.paragraphs)
        assert rebuilt == doc.text
        assert all(s.doc_id == doc.id for s in doc.paragraphs)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_furniture_is_removed(page: Path) -> None:
    furniture = ("top of page", "bottom of page", "Leave a comment", "Comments", "EXXON Mobil",
                 "BUY 57.15", "is a contributing editor", "Posted in accordance with Title 17",
                 "Don't Miss", "More Top Reads", "Download The Free", "2 min read",
                 "Your email address", "Premium Content", "More Info", "\nree\n", "By Leyla")
    for doc in _split(page.read_text("utf-8"))[0]:
        text = f"\n{doc.text}\n"
        for phrase in furniture:
            assert phrase not in text, phrase


def test_a_title_printed_three_times_is_one_title_and_not_body() -> None:
    raw = "Big news today\nBig news today\n\nBig news today\n\n" + (
        "Officials in Baku said on Monday that the talks would resume next week in Brussels.\n")
    (doc,), _ = _split(raw)
    assert doc.title == "Big news today"
    assert doc.text.count("Big news") == 1
    assert doc.text.startswith("Big news today\n\nOfficials")


def test_two_bylined_articles_become_two_documents() -> None:
    body = "This is a long enough paragraph of prose for the article body to begin here."
    raw = (f"First Headline Here\n\nAnna Smith /\n\n{body}\n\n{body} Again.\n\n"
           f"Anna Smith is a reporter at Example News.\n\nSecond Headline Here\n\n"
           f"John Doe /\n\n{body} More.\n")
    docs, _ = _split(raw)
    assert [d.title for d in docs] == ["First Headline Here", "Second Headline Here"]
    assert [d.authors for d in docs] == [("Anna Smith",), ("John Doe",)]
    assert "is a reporter" not in docs[0].text
    assert len({d.id for d in docs}) == 2


def test_republication_note_names_the_original_publisher() -> None:
    raw = ("A Headline\n\nvia the Example Institute\n\n"
           "Officials in Baku said on Monday that the talks would resume next week in Brussels.\n")
    (doc,), _ = _split(raw)
    assert doc.original_publisher is not None
    assert doc.original_publisher.name == "Example Institute"
    assert "via" not in doc.text


def test_url_gives_the_outlet() -> None:
    raw = "A Headline\n\nOfficials in Baku said on Monday that the talks would resume soon.\n"
    (doc,), _ = _split(raw, url="https://www.example-news.az/politics/1")
    assert doc.source is not None and doc.source.domain == "example-news.az"


@pytest.mark.parametrize(("url", "host"), [
    ("https://www.example-news.az/politics/1", "example-news.az"),
    ("http://user@news.example.org:8080/a", "news.example.org"),
    ("file:///home/me/pages/story.txt", None),  # a local file names no site
    ("", None),
    (None, None),
])
def test_the_site_an_address_names(url: str | None, host: str | None) -> None:
    assert url_host(url) == host


def test_a_local_file_keeps_the_outlet_its_page_names() -> None:
    # The outlet of a page read from a file is the one its header names, as without an
    # address: only a site named by the address must be named by the page to be an actor.
    text = (CORPUS / "001_d2bebcc0250f18cb.txt").read_text(encoding="utf-8")
    plain = {a.id for a in parse_page(text).actors}
    local = {a.id for a in parse_page(text, url="file:///tmp/pages/story.txt").actors}
    assert "media:oilprice" in plain
    assert local == plain


@pytest.mark.parametrize(("url", "iso"), [
    ("https://news.example.org/2020/10/01/talks-resume/", "2020-10-01"),
    ("https://news.example.org/world/2024/09/iran-warns", "2024-09"),
    ("https://example.eu/articles/2024-02-23-summit", "2024-02-23"),
    ("https://example.com/2023/02/30/no-such-day", None),  # no such day
    ("https://example.com/news/20240223", None),  # an id, not a date
    ("https://example.com/news.php?id=2024/01/05", None),  # the query is not the path
    ("file:///archive/2024/05/page.txt", None),  # folders name the archive
    ("file:///archive/2024-03-12-report.txt", "2024-03-12"),
    (None, None),
])
def test_the_address_states_a_date(url: str | None, iso: str | None) -> None:
    got = url_date(url)
    assert (got.isoformat() if got else None) == iso
    if got is not None:
        assert got.inferred is Inferred.NONE


def test_a_page_without_a_printed_date_takes_its_address_date() -> None:
    raw = ("A Headline\n\nThe ministers met on Wednesday in Baku, officials said, and talks "
           "will resume soon.\n")
    (doc,), _ = _split(raw, url="https://example-news.az/2020/10/01/ministers-met")
    assert doc.published is not None and doc.published.isoformat() == "2020-10-01"
    (doc,), _ = _split(raw)
    assert doc.published is None
    # a printed date wins over the address
    (doc,), _ = _split("A Headline\n\nMarch 3, 2021\n\n" + raw.split("\n\n", 1)[1],
                       url="https://example-news.az/2020/10/01/ministers-met")
    assert doc.published is not None and doc.published.isoformat() == "2021-03-03"


def test_a_finer_date_from_the_text_inside_the_address_month_wins() -> None:
    # "on Wednesday" in a text whose latest date is a Wednesday: written that day
    text = "The minister spoke on Wednesday about the talks that ended on November 27, 2024."
    got = infer_publication_date(text, None, url="https://example.org/2024/11/talks")
    assert got is not None and got.isoformat() == "2024-11-27"
    got = infer_publication_date(text, None, url="https://example.org/2024/12/talks")
    assert got is not None and got.isoformat() == "2024-12"
    # an address dated before what the text tells as past is not the writing's date
    got = infer_publication_date(text, None, url="https://example.org/2019/05/talks")
    assert got is not None and got.isoformat() == "2024-11-27"


def test_navigation_in_another_script_and_timestamps_are_furniture() -> None:
    raw = ("Главная\nНовости\nმთავარი\n\nA Headline\n\n14:05\n\n"
           "Officials in Baku said on Monday that the talks would resume next week in Brussels.\n")
    (doc,), _ = _split(raw)
    assert doc.title == "A Headline"
    assert doc.text.startswith("A Headline\n\nOfficials")


def test_a_page_without_prose_has_no_document_and_a_warning() -> None:
    docs, warnings = _split("Home\nNews\nContact us\n")
    assert docs == []
    assert warnings and "no article" in warnings[0]


def test_yearless_printed_date_takes_the_year_after_the_latest_mention() -> None:
    printed = find_dates("Jul 23")[0][1]
    date = infer_publication_date("The plane was shot down on December 25, 2024.", printed)
    assert date is not None and date.isoformat() == "2025-07-23"
    assert date.inferred is Inferred.YEAR


def test_no_printed_date_infers_month_from_the_latest_mention() -> None:
    text = "On July 19, 2025, the president spoke. In May 2023 he met officials (X, June 24)."
    date = infer_publication_date(text, None)
    assert date is not None and date.isoformat() == "2025-07"
    assert (date.precision, date.inferred) == (Precision.MONTH, Inferred.DATE)


def test_future_years_bound_the_inferred_year() -> None:
    text = "No talks were held in 2020. The next meeting is planned for 2022."
    date = infer_publication_date(text, None)
    assert date is not None and (date.year, date.precision) == (2021, Precision.YEAR)


def test_years_a_speaker_recalls_in_quotes_do_not_date_the_report() -> None:
    text = ("The party chair said the opposition was in a panic. “I recall how he entered "
            "politics in 2011 and returned in 2018, and in 2020 we won again,” he declared.")
    assert infer_publication_date(text, None) is None
    text = "The party won the elections in 2020. “We won again,” he declared."
    date = infer_publication_date(text, None)
    assert date is not None and date.isoformat() == "2020"


def test_what_a_present_perfect_lasts_since_bounds_the_writing_only() -> None:
    text = ("The minister spoke on Tuesday. Following the floods in May 2019, the "
            "government has repaired two bridges.")
    assert infer_publication_date(text, None) is None
    text = "The minister spoke on Tuesday. After the floods in May 2019, the government rebuilt."
    date = infer_publication_date(text, None)
    assert date is not None and date.isoformat() == "2019-05"


def test_dateline_dates_an_undated_article() -> None:
    raw = "A Headline\n\n(May 4, 2021) — Officials in Baku said the talks would resume soon.\n"
    (doc,), _ = _split(raw)
    assert doc.published is not None and doc.published.isoformat() == "2021-05-04"


def test_a_menu_line_is_not_the_title_and_a_headline_attribution_is_a_quote() -> None:
    raw = ("Home | News | Politics | Русский\n\n"
           'Pashinyan: "Peace with Azerbaijan is within reach"\n\n'
           "Armenian Prime Minister Nikol Pashinyan said on Thursday that a peace treaty "
           "could be signed within months.\n")
    page = parse_page(raw)
    (doc,) = page.documents
    assert doc.title == 'Pashinyan: "Peace with Azerbaijan is within reach"'
    assert "Home" not in doc.text
    headline = next(q for q in page.quotes if q.text == "Peace with Azerbaijan is within reach")
    assert headline.speaker_text == "Pashinyan"
    assert doc.evidence(headline.span) == headline.text


def test_a_byline_with_outlet_and_place_gives_the_author_and_the_outlet() -> None:
    raw = ("Georgia protests: PM vows no return to talks\n\n"
           "By James Smith, BBC News, Tbilisi\n\n"
           "Georgia's prime minister has said the government will not back down in the face "
           "of protests, as thousands rallied in Tbilisi.\n\n"
           "An opposition leader said \"we will stay on the streets until\n")
    (doc,), _ = _split(raw)
    assert doc.title == "Georgia protests: PM vows no return to talks"
    assert doc.authors == ("James Smith",)
    assert doc.source is not None and "BBC" in doc.source.name
    # A quotation cut off where the scrape ended stays in the body.
    assert doc.text.endswith("we will stay on the streets until")


def test_a_last_updated_line_is_the_date_not_the_title() -> None:
    raw = ("Skip to main content\nLIVE: Armenia-Azerbaijan border tensions\n\n"
           "Last updated: 14 September 2022\n\n09:12\n"
           "Armenia's Defence Ministry said Azerbaijani forces shelled the towns of Jermuk and "
           "Goris overnight.\n")
    (doc,), _ = _split(raw)
    assert doc.title == "LIVE: Armenia-Azerbaijan border tensions"
    assert doc.published is not None and doc.published.isoformat() == "2022-09-14"
    assert "09:12" not in doc.text


_BODY = ("Officials in Baku said on Monday that the talks would resume next week in Brussels. "
         "The ministry added that both delegations had agreed on the agenda.")


@pytest.mark.parametrize(("stamp", "iso"), [
    (" date 2024-12-27 ", "2024-12-27"),
    ("Published 22:35 IST, October 5th 2020\n", "2020-10-05"),
    ("23.05.22 14:50\n", "2022-05-23"),
    ("01 September 2022 12:07 (UTC +04:00)\n", "2022-09-01"),
    ("15:08 - 5.10.2020\n", "2020-10-05"),
    ("Tuesday, December 17, 2024\n", "2024-12-17"),
    ("24 August 2020 11:25 - Politics\n", "2020-08-24"),
    ("12.03.2024\n", "2024-03-12"),
    ("30/06/2025\n", "2025-06-30"),
])
def test_date_stamps_of_every_shape_date_the_article(stamp: str, iso: str) -> None:
    (doc,), _ = _split(f"{stamp}Talks To Resume In Brussels\n\n{_BODY}\n")
    assert doc.published is not None and doc.published.isoformat() == iso
    assert doc.title == "Talks To Resume In Brussels"
    assert "date 20" not in doc.text and ":35" not in doc.text


@pytest.mark.parametrize(("lead", "iso"), [
    ("YEREVAN, February 4, 2021 (Armen Press): Prime Minister", "2021-02-04"),
    ("Baku/12.13.23/Turan: Armenian Foreign Minister", "2023-12-13"),
    ("BAKU, Azerbaijan, November 12, 2023. The minister", "2023-11-12"),
])
def test_a_wire_dateline_dates_the_article(lead: str, iso: str) -> None:
    (doc,), _ = _split(f"Talks To Resume\n\n{lead} said the talks would resume soon. {_BODY}\n")
    assert doc.published is not None and doc.published.isoformat() == iso


def test_headline_is_the_first_of_its_block_and_captions_decks_are_not_body() -> None:
    raw = ("Politics\nLatest news\n\nAzeris use drones as conflict escalates — report\n\n"
           "As two countries fight for a fourth day, an aide lauds the technology\n\n"
           "Hikmet Hajiyev in an interview (screenshot: Walla)\n\n"
           "A damaged building in a border village. Photo: Aziz Karimov/Getty Images\n\n"
           f"{_BODY}\n")
    (doc,), _ = _split(raw)
    assert doc.title == "Azeris use drones as conflict escalates — report"
    assert "Walla" not in doc.text and "Getty" not in doc.text and "lauds" not in doc.text


def test_mastheads_agency_credits_and_bylines_with_place_and_date() -> None:
    (doc,), _ = _split(f"The News\n\nBy Trend\n\n{_BODY}\n")
    assert doc.title is None and doc.authors == ()
    (doc,), _ = _split("Families condemn sham trials\n\nRuben Vardanyan at a forum. He is now on "
                       "trial in Baku.\nBy Neil Hauer in Yerevan January 31, 2025\n\n"
                       f"{_BODY}\n\n{_BODY}\n")
    assert doc.authors == ("Neil Hauer",) and doc.title == "Families condemn sham trials"
    assert doc.published is not None and doc.published.isoformat() == "2025-01-31"
    assert "forum" not in doc.text


@pytest.mark.parametrize("furniture", [
    "Skip to main content", "Become an OC Media Member", "183",
    "Read more: Turkey says it will support Azerbaijan", "Continue reading at www.bbc.com",
    "Get the Mirror in your inbox:", "Copy in clipboard...", "Share | Facebook | Twitter",
    "For all the latest headlines, follow our Google News channel online or via the app.",
])
def test_furniture_in_the_middle_of_an_article_is_removed(furniture: str) -> None:
    (doc,), _ = _split(f"Talks To Resume In Brussels\n\n{_BODY}\n\n{furniture}\n\n{_BODY} More.\n")
    assert furniture not in doc.text
    assert doc.text.endswith("agenda. More.")


def test_a_trending_block_ends_the_article() -> None:
    (doc,), _ = _split(f"Talks To Resume In Brussels\n\n{_BODY}\n\nTrending stories\n\n"
                       "Another story about something else entirely, with many words in it.\n")
    assert doc.text.endswith("agenda.")


def test_glued_labels_counters_credits_and_end_marks_are_stripped() -> None:
    raw = (f"Talks To Resume In Brussels\n\nSTORY: {_BODY}\n\n208083The text of the speech is "
           f"as follows and it is long enough to count.\n\n{_BODY} Editing and Translating by "
           f"Aneta Harutyunyan.\n\n{_BODY} -0-\n")
    (doc,), _ = _split(raw)
    assert "STORY" not in doc.text and "208083" not in doc.text
    assert "Aneta" not in doc.text and "-0-" not in doc.text


def test_headlines_over_datelines_split_a_page_of_wire_stories() -> None:
    raw = ("Armenian PM to attend council session in Almaty\n"
           f"YEREVAN, February 4, 2021 (Armen Press): {_BODY}\n"
           "Armenian President will return to Yerevan soon\n"
           f"YEREVAN, Jan 8, 2021 ARMENPRESS: {_BODY}\n")
    docs, _ = _split(raw)
    assert [d.title for d in docs] == ["Armenian PM to attend council session in Almaty",
                                      "Armenian President will return to Yerevan soon"]
    assert [d.published.isoformat() for d in docs if d.published] == ["2021-02-04",
                                                                      "2021-01-08"]


def test_the_page_cut_off_mid_sentence_keeps_its_last_fragment() -> None:
    (doc,), _ = _split(f"Talks To Resume In Brussels\n\n{_BODY}\n\nThe Ministry of Fo")
    assert doc.text.endswith("The Ministry of Fo")


def test_a_yearless_february_29_after_a_dated_mention_does_not_crash_the_inference() -> None:
    # Placing "February 29" in the year of the mention before it once built it in year 1,
    # which has no February 29, and the page was lost with a ValidationError.
    page = parse_page("Talks resume\n\nThe ministers met on 3 March 2023. Later he said on "
                      "February 29 that talks go on.\n")
    published = page.documents[0].published
    assert published is not None and published.year in (2023, 2024)
