"""Text primitives: sentence spans, name folding, mojibake repair."""

from __future__ import annotations

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

from caucasus_events.parse import parse_page
from caucasus_events.parse.text import fold, repair_mojibake, sentence_spans


def test_fold_accents_case_and_lost_letters() -> None:
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert fold("Erdo?an") == "erdo?an"
    assert fold("Əliyev") == "aliyev"


def test_sentence_spans_skip_abbreviations() -> None:
    text = "Gen. Smith met U.S. envoys. They left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Gen. Smith met U.S. envoys.", "They left."]


def _garble(text: str) -> str:
    """UTF-8 text read as Windows-1252, as some scrapers do."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def test_mojibake_is_repaired_and_clean_text_kept() -> None:
    clean = "Aliyev’s “talks” in Bakı – done."
    assert repair_mojibake(clean) == (clean, None)
    broken = _garble(clean)
    fixed, warning = repair_mojibake(broken)
    assert fixed == clean and warning is not None and "mojibake" in warning


def test_spans_index_the_repaired_stored_text() -> None:
    clean = ("Talks\n\nPresident Ilham Aliyev’s office said “no more talks” on Monday, "
             "and Nikol Pashinyan agreed.")
    page = parse_page(_garble(clean))
    assert any("mojibake" in w for w in page.warnings)
    doc = page.documents[0]
    assert "Aliyev’s" in doc.text
    spans = [m for a in page.actors for m in a.mentions] + [q.span for q in page.quotes]
    assert spans and all(doc.text[s.start:s.end].strip() for s in spans)
    assert {q.text for q in page.quotes} == {"no more talks"}


def test_lines_ftfy_is_not_asked_about_are_lines_it_keeps() -> None:
    import ftfy

    from caucasus_events.parse.text import _FTFY_CONFIG, _suspects

    suspects = _suspects()
    assert suspects is not None, "ftfy's mojibake pattern has a shape the prefilter misses"
    clean = ["“We will respond,” he said — twice…", "Bakı’s mayor met Ağdam’s envoy «today»",
             "Ереван and Тбилиси", "İlham Əliyev", "a\u00a0b · c ´ d"]
    broken = ["Aliyevâ€™s", "BakÄ±", "â€œnoâ€\x9d", "Ã©tÃ©", "Ð•Ñ€ÐµÐ²Ð°Ð½"]
    for line in clean + broken:
        if suspects.isdisjoint(line):
            assert ftfy.fix_text(line, _FTFY_CONFIG) == line, line
    assert all(not suspects.isdisjoint(line) for line in broken)
    assert suspects.isdisjoint(clean[0])  # quotes and dashes alone need no ftfy
