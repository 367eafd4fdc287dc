"""The shared scanning layer: one tokenisation and one automaton pass per document."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from caucasus_events.errors import InputError
from caucasus_events.parse import _scan
from caucasus_events.parse._scan import Hit, Lexicon, Scan, filter_spans, scan, word_key


def _lex() -> Lexicon:
    return Lexicon.from_json({"labels": {
        "title": {"phrases": ["President", "Prime Minister", "Minister"]},
        "name": {"cased": True, "phrases": [
            {"phrase": "Trend", "value": "media:trend"}, {"phrase": "US", "value": "state:USA"},
            {"phrase": "Nikol Pashinyan", "value": "p"}, {"phrase": "Erdoğan", "value": "e"},
            {"phrase": "Nagorno-Karabakh", "value": "nk"}, {"phrase": "U.S.", "value": "us"},
            {"phrase": "Ilham Aliyev", "value": "a"}]},
        "stop": {"scan": False, "phrases": ["the", "of"]},
    }}, origin="test")


def _spans(sc: Scan, label: str) -> list[str]:
    return [sc.text[h.start:h.end] for h in sc.hits(label)]


def test_hits_with_offsets_tokens_and_values() -> None:
    text = "Prime Minister Nikol Pashinian met the US envoy; the trend is clear. Trend said so."
    sc = scan(text, _lex())
    assert _spans(sc, "title") == ["Prime Minister", "Minister"]
    names = sc.hits("name")
    assert [(text[h.start:h.end], h.value) for h in names] == [
        ("Nikol Pashinian", "p"), ("US", "state:USA"), ("Trend", "media:trend")]
    h = names[0]
    assert [t.text for t in sc.tokens[h.first:h.stop]] == ["Nikol", "Pashinian"]


def test_folding_transliteration_and_gaps() -> None:
    text = "Erdogan, Erdo?an and ERDOĞAN; Nagorno Karabakh, U.S. and Ilham Aliev.\nIlham\n\nAliyev"
    sc = scan(text, _lex())
    assert _spans(sc, "name") == ["Erdogan", "Erdo?an", "ERDOĞAN", "Nagorno Karabakh", "U.S",
                                  "Ilham Aliev"]
    assert word_key("Əliyev") == word_key("Aliev") == "aliev"
    assert word_key("Pashinyan") == word_key("Pashinian")


def test_no_match_inside_words_or_across_punctuation() -> None:
    sc = scan("Presidential, Ministers, Prime, Minister", _lex())
    assert _spans(sc, "title") == ["Minister"]


def test_sentences_paragraphs_and_lookups() -> None:
    text = "First one. Second one here.\n\nNew paragraph."
    sc = scan(text, _lex())
    assert [text[s:e] for s, e in sc.sentences] == ["First one.", "Second one here.",
                                                   "New paragraph."]
    assert [text[s:e] for s, e in sc.paragraphs] == ["First one. Second one here.",
                                                    "New paragraph."]
    assert sc.sentence_of(text.index("here")) == (11, 27)
    assert sc.paragraph_of(text.index("New")) == (29, len(text))
    assert sc.sentence_of(10) is None
    assert sc.tokens[sc.token_at(text.index("here"))].text == "here"


def test_filter_spans_longest_then_leftmost_and_ties_kept() -> None:
    hits = [Hit("a", "x", 0, 5, 0, 1), Hit("a", "y", 3, 12, 1, 3), Hit("b", "z", 3, 12, 1, 3),
            Hit("a", "w", 10, 15, 3, 4), Hit("a", "v", 13, 15, 4, 5)]
    assert [h.value for h in filter_spans(hits)] == ["y", "z", "v"]


def test_word_sets_and_labels() -> None:
    lex = _lex()
    assert lex.words("stop") == frozenset({"the", "of"})
    assert "stop" in lex.labels and lex.phrases("title")[0] == "President"
    with pytest.raises(KeyError, match="no word set"):
        lex.words("title")
    joined = lex.union(Lexicon.from_phrases("verb", ["said"]))
    assert _spans(scan("he said", joined), "verb") == ["said"]


@pytest.mark.parametrize(("data", "message"), [
    ([], "'labels' object"),
    ({"labels": {"x": {"phrases": "a"}}}, r"labels\['x'\] must be an object"),
    ({"labels": {"x": {"phrases": ["ok", 3]}}}, r"labels\['x'\]\.phrases\[1\]"),
    ({"labels": {"x": {"phrases": ["--"]}}}, "has no word"),
    ({"labels": {"x": {"cased": "yes", "phrases": []}}}, "'cased' and 'scan'"),
])
def test_bad_lexicon_data_names_the_entry(data: object, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        Lexicon.from_json(data, origin="words.json")
    assert "words.json" in str(info.value)


def test_default_lexicon_files_are_valid_and_cached() -> None:
    folder = resources.files("caucasus_events") / "data" / "lexicon"
    for item in folder.iterdir():
        if item.name.endswith(".json"):
            Lexicon.from_json(json.loads(item.read_text(encoding="utf-8")), origin=item.name)
    assert Lexicon.default() is Lexicon.default()
    assert {"person_title", "reporting_verb", "month", "weekday"} <= Lexicon.default().labels


def test_scan_is_shared_per_text_and_lexicon() -> None:
    lex = _lex()
    text = "President Trend said."
    assert scan(text, lex) is scan(text, lex)


class _Counting:
    """A stand-in automaton that counts the stream characters it is given."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.chars = 0

    def iter(self, stream: str):  # type: ignore[no-untyped-def]
        self.chars += len(stream)
        return self.inner.iter(stream)  # type: ignore[attr-defined]


def test_scan_work_grows_linearly_with_text(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = _lex()
    counter = _Counting(lex._automaton)
    monkeypatch.setattr(lex, "_automaton", counter)
    calls = {"n": 0}
    real = _scan.word_key

    def counting_key(word: str) -> str:
        calls["n"] += 1
        return real(word)

    monkeypatch.setattr(_scan, "word_key", counting_key)
    unit = "President Erdo?an told the U.S. and Nikol Pashinyan, 'Trend' ? — fine. "
    work = []
    for n in (200, 400, 800):
        counter.chars = 0
        calls["n"] = 0
        _scan.Scan(unit * n, lex)
        work.append(counter.chars + calls["n"])
    assert work[1] <= 2.1 * work[0] and work[2] <= 2.1 * work[1]
