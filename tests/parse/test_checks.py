"""Page checks: each document's language is recorded, and markup, pages without an article
and text not in English get a warning that says so."""

from __future__ import annotations

from caucasus_events import Document, parse_page
from caucasus_events.parse._checks import check_page, html_tags_in

ENGLISH = ("Armenian Foreign Minister Ararat Mirzoyan said on Monday that Yerevan was ready "
           "to sign a peace treaty with Baku.\n\nHe told reporters that the talks would "
           "continue next month and that most of the text had been agreed by the sides.")
RUSSIAN = ("Министр иностранных дел Армении Арарат Мирзоян заявил в понедельник, что Ереван "
           "готов подписать мирный договор с Баку.\n\nОн сказал журналистам, что переговоры "
           "продолжатся в следующем месяце и что большая часть текста уже согласована.")


def test_documents_get_their_language() -> None:
    docs = [Document(id="d1", text=ENGLISH, language="xx"),
            Document(id="d2", text=RUSSIAN)]
    checked, warnings = check_page(ENGLISH + RUSSIAN, docs)
    assert [d.language for d in checked] == ["en", "ru"]
    assert warnings == ["document 1: written in Russian (ru), not English; the parser reads "
                        "English only, so its records are unreliable"]


def test_an_undetermined_document_keeps_its_language() -> None:
    checked, warnings = check_page("12:40", [Document(id="d1", text="12:40", language="en")])
    assert checked[0].language == "en" and warnings == []


def test_a_russian_page_says_why_it_yields_nothing_useful() -> None:
    page = parse_page(RUSSIAN)
    assert any("Russian (ru), not English" in w for w in page.warnings), page.warnings
    assert all(d.language == "ru" for d in page.documents)


def test_an_english_page_has_no_language_warning() -> None:
    page = parse_page(ENGLISH)
    assert all(d.language == "en" for d in page.documents)
    assert not any("English" in w or "HTML" in w for w in page.warnings), page.warnings


def test_html_is_named_as_such() -> None:
    html = ("<!DOCTYPE html><html><head><title>News</title></head><body><div class='nav'>"
            "<a href='/'>Home</a></div><p>" + ENGLISH + "</p></body></html>")
    page = parse_page(html)
    assert page.warnings[0].startswith("page looks like HTML markup"), page.warnings
    fragment = "<div><p>One</p><p>Two</p><span>x</span></div>"
    assert len(html_tags_in(fragment)) == 8
    assert check_page(fragment, [])[1][0].startswith("page looks like HTML markup")


def test_a_few_angle_brackets_in_prose_are_not_html() -> None:
    text = ENGLISH + "\n\nThe bill passed 50 <b> votes, and a < b > c is not markup."
    assert check_page(text, [])[1] == []
