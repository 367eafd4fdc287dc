"""One scan per document: tokens, sentences, paragraphs and every word-list hit, in one pass.

This module is the parser's shared scanning layer.  Recognisers (actors, events, dates, page
layout, quotes) do not run regular expressions over a document at every position: they ask
the document's :class:`Scan` for the hits of the word lists they care about and apply their
rules around those hits.

The contract
============

Word lists are data.  A :class:`Lexicon` is a frozen table of labelled phrases
(:class:`Entry`: ``label``, ``phrase``, ``value``, ``cased``), compiled once into ONE
Aho-Corasick automaton (pyahocorasick) over folded words.  Build one with

- :meth:`Lexicon.default` -- every ``data/lexicon/*.json`` file of the package, loaded once
  and cached.  A helper that needs a new word list adds a file there (or a label to an
  existing file); no code change is needed for the list to be scanned.
- :meth:`Lexicon.from_json` / :meth:`Lexicon.load` -- a lexicon file of the shape below;
  a bad entry raises :class:`~caucasus_events.errors.InputError` naming the file and entry.
- :meth:`Lexicon.from_phrases` -- one label's phrases from code that loads its own table
  shape (e.g. the gazetteer, a trigger table); :meth:`Lexicon.union` joins lexicons.

Lexicon file shape::

    {"version": 1,
     "labels": {
       "reporting_verb": {"description": "...", "phrases": ["said", "told", ...]},
       "month": {"phrases": [{"phrase": "January", "value": "1"}, {"phrase": "Jan", ...}]},
       "not_name": {"scan": false, "phrases": ["the", "of", ...]}
     }}

A phrase is a string (its value is the phrase itself) or an object with ``phrase`` and
optional ``value`` and ``cased``.  ``cased`` (per label or per phrase; default false) makes
the case written in the phrase a demand, word by word: a capitalised word needs a
capitalised word in the text ("Trend" the agency, not "trend"), an all-capitals word needs
all capitals ("US", not "us"); a lower-case word accepts any case.  A label with
``"scan": false`` is a word set that is not put in the automaton: look its folded words
up with :meth:`Lexicon.words` (cheap per-token tests such as "is this a stop word").

:func:`scan` ``(text, lexicon) -> Scan`` tokenises the text once and runs the automaton
once.  The :class:`Scan` gives

- ``tokens``: :class:`Token` ``(start, end, text, key)`` for every word (a run of letters
  and digits; a '?' or U+FFFD between letters is a lost letter and stays inside the word);
  ``key`` is the matching form (:func:`word_key`).
- ``sentences`` and ``paragraphs``: half-open ``(start, end)`` character spans.
- ``hits(*labels)``: every :class:`Hit` ``(label, value, start, end, first, stop)`` of
  those labels, overlaps included, sorted by start then longest; ``start``/``end`` are
  character offsets, ``first``/``stop`` the half-open token range.
- ``sentence_of(offset)``, ``paragraph_of(offset)``, ``token_at(offset)``.

Matching rules, in one place:

- Words are compared by :func:`word_key`: :func:`~caucasus_events.parse.text.fold` (accents,
  case and punctuation folded; "Erdoğan" = "Erdogan"; ə -> a, ı -> i) plus spelling
  variants of transliterated names: a word-final "-yan" reads "-ian" (Pashinyan =
  Pashinian), "-yev"/"-yeva" read "-ev"/"-eva" (Aliyev = Aliev).
- A hit covers whole words: it starts at a word's first letter and ends at a word's last.
- The words of one phrase may be separated in the text by at most three spaces, hyphens,
  dots, slashes, ampersands or apostrophes, or by one line break ("U.S." matches "US",
  "Nagorno Karabakh" matches "Nagorno-Karabakh"); never by a comma, a blank line or other
  punctuation.
- The lost-letter rule: a word written with '?' or U+FFFD between letters ("Erdo?an")
  matches any phrase word of the same length that agrees on every other letter.
- Overlaps are all reported; :func:`filter_spans` is the one rule for choosing among
  them: longest first, then leftmost, hits with the very same span kept together.

Cost: building a lexicon is linear in its phrases (done once per lexicon); a scan is linear
in the length of the text (one regex pass to tokenise, one automaton pass, plus a window
rescan of at most ``2 * longest phrase`` words for each lost-letter word).  :func:`scan` keeps
the last few scans, so every stage that asks for the same document's scan gets the same
object.  See ``docs/parsing.md``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick
import attrs

from caucasus_events._data import data_origin, json_files, load_json
from caucasus_events.errors import InputError
from caucasus_events.parse.text import fold, sentence_spans

__all__ = ["TOKEN", "Entry", "Hit", "Lexicon", "Scan", "Token", "filter_spans", "scan",
           "word_key", "words_of"]

#: A word of the text; a '?' or U+FFFD between letters stands for a letter the scrape lost.
TOKEN = re.compile(r"[^\W_]+(?:[?\ufffd][^\W_]+)*")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
# What may stand between two words of one phrase.
_GAP = re.compile(r"[ \t\-./&'’`‘]{1,3}|[^\S\n]{0,3}\n[^\S\n]{0,3}")
# Separators of the folded word stream the automaton reads: a gap a phrase may span, and a
# hard break it may not.
_SOFT, _HARD = " ", "|"
_SEPARATORS = _SOFT + _HARD
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_YAN = re.compile(r"yan\b")
_YEV = re.compile(r"(?<=[a-z])yev(?=a?s?\b)")


@functools.lru_cache(maxsize=1 << 17)
def word_key(word: str) -> str:
    """The form a word is matched by: folded, with transliteration variants merged.

    "Pashinyan" and "Pashinian" give "pashinian"; "Aliyev", "Aliev" and "Əliyev" give
    "aliev"; "Erdoğan" gives "erdogan"; "Erdo?an" keeps its '?'.
    """
    key = word.lower() if word.isascii() and word.isalnum() else fold(word)
    if "y" in key:
        key = _YEV.sub("ev", _YAN.sub("ian", key))
    return key


# The keys of the words tokenised so far (a plain dictionary: one lookup per word of a
# text is cheaper than a call of the cached word_key); emptied when it holds too many.
_KEYS: dict[str, str] = {}
_KEYS_KEPT = 1 << 17


def _word_keys(words: list[str]) -> list[str]:
    """``[word_key(w) for w in words]``."""
    keys: list[Any] = list(map(_KEYS.get, words))
    if None in keys:
        if len(_KEYS) > _KEYS_KEPT:
            _KEYS.clear()
        for i, key in enumerate(keys):
            if key is None:
                word = words[i]
                keys[i] = _KEYS[word] = word_key(word)
    return keys


def words_of(phrase: str) -> list[str]:
    """The words of ``phrase`` as written, split as the scanner splits a text."""
    return TOKEN.findall(phrase)


class Token(NamedTuple):
    """A word of the text: its character offsets, the word as written and its match key."""

    start: int
    end: int
    text: str
    key: str


class Hit(NamedTuple):
    """A lexicon phrase found in a text.

    ``label`` and ``value`` come from the lexicon entry; ``start``/``end`` are character
    offsets of the words matched (``text[start:end]`` is the phrase as written);
    ``first``/``stop`` the half-open range of token indices.
    """

    label: str
    value: str
    start: int
    end: int
    first: int
    stop: int


@attrs.frozen
class Entry:
    """One labelled phrase of a lexicon; ``cased`` makes the phrase's written case a demand."""

    label: str
    phrase: str
    value: str
    cased: bool = False


def _case_flags(phrase: str) -> tuple[int, ...]:
    """Per word: 0 any case, 1 capitalised, 2 all capitals."""
    out = []
    for w in TOKEN.findall(phrase):
        if len(w) > 1 and w.isupper():
            out.append(2)
        elif w[:1].isupper():
            out.append(1)
        else:
            out.append(0)
    return tuple(out)


# The case flags of a one-word phrase written capitalised ("Trend").
_CAPITALISED = (1,)


def _accepts(flags: tuple[int, ...], written: Sequence[Token]) -> bool:
    for flag, tok in zip(flags, written, strict=False):
        word = tok.text
        if flag == 1 and not word[:1].isupper():
            return False
        if flag == 2 and not (word.isupper() or "?" in word or "\ufffd" in word):
            return False
    return True


def _wild_eq(pattern: str, word: str) -> bool:
    return len(pattern) == len(word) and all(
        p in ("?", c) for p, c in zip(pattern, word, strict=True))


# What the automaton stores per key: its length, its number of words and
# (label, value, case flags or None).
_Payload = tuple[int, int, tuple[tuple[str, str, "tuple[int, ...] | None"], ...]]


class Lexicon:
    """Labelled phrases compiled into one automaton; immutable, hashable by identity.

    Build with :meth:`default`, :meth:`load`, :meth:`from_json`, :meth:`from_phrases` or
    :meth:`union`; building is linear in the number of phrases.
    """

    __slots__ = ("__weakref__", "_automaton", "_by_length", "_entries", "_labels", "_masked",
                 "_max_words", "_values", "_words")

    def __init__(self, entries: Iterable[Entry], word_sets: Mapping[str, frozenset[str]]
                 | None = None, word_values: Mapping[str, Mapping[str, str]] | None = None
                 ) -> None:
        self._entries: tuple[Entry, ...] = tuple(dict.fromkeys(entries))
        self._words: dict[str, frozenset[str]] = dict(word_sets or {})
        self._values: dict[str, dict[str, str]] = {k: dict(v) for k, v in
                                                   (word_values or {}).items()}
        table: dict[str, list[tuple[str, str, tuple[int, ...] | None]]] = {}
        by_length: dict[int, set[str]] = {}
        max_words = 1
        for e in self._entries:
            words = [word_key(w) for w in TOKEN.findall(e.phrase)]
            if not words:
                continue
            max_words = max(max_words, len(words))
            for w in words:
                by_length.setdefault(len(w), set()).add(w)
            payload = (e.label, e.value, _case_flags(e.phrase) if e.cased else None)
            bucket = table.setdefault(_SOFT.join(words), [])
            if payload not in bucket:
                bucket.append(payload)
        self._labels = frozenset(e.label for e in self._entries) | frozenset(self._words)
        self._max_words = max_words
        self._by_length = {n: tuple(sorted(ws)) for n, ws in by_length.items()}
        # Per word length, built when a lost-letter word of that length first needs it:
        # each word with one letter masked ("erd?gan") -> the words that read so, sorted.
        self._masked: dict[int, dict[str, tuple[str, ...]]] = {}
        automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            automaton.add_word(key, (len(key), key.count(_SOFT) + 1, tuple(payloads)))
        if table:
            automaton.make_automaton()
        self._automaton = automaton if table else None

    # -- construction ---------------------------------------------------------
    @classmethod
    def from_phrases(cls, label: str, phrases: Iterable[str | tuple[str, str]], *,
                     cased: bool = False) -> Lexicon:
        """A lexicon of one label: each phrase a string (its own value) or ``(phrase, value)``."""
        entries = []
        for p in phrases:
            phrase, value = (p, p) if isinstance(p, str) else p
            entries.append(Entry(label, phrase, value, cased))
        return cls(entries)

    @classmethod
    def from_json(cls, data: Any, *, origin: str = "<lexicon>") -> Lexicon:
        """A lexicon from parsed JSON of the lexicon file shape (see the module docstring);
        raises :class:`InputError` naming ``origin`` and the bad label or entry."""
        if not isinstance(data, Mapping) or not isinstance(data.get("labels"), Mapping):
            raise InputError("a lexicon must be a JSON object with a 'labels' object",
                             path=origin)
        entries: list[Entry] = []
        word_sets: dict[str, frozenset[str]] = {}
        word_values: dict[str, dict[str, str]] = {}
        for label, spec in data["labels"].items():
            where = f"labels[{label!r}]"
            if not isinstance(spec, Mapping) or not isinstance(spec.get("phrases"), list):
                raise InputError(f"{where} must be an object with a 'phrases' list", path=origin)
            cased = spec.get("cased", False)
            scanned = spec.get("scan", True)
            if not isinstance(cased, bool) or not isinstance(scanned, bool):
                raise InputError(f"{where}: 'cased' and 'scan' must be true or false",
                                 path=origin)
            words: set[str] = set()
            values: dict[str, str] = {}
            for i, item in enumerate(spec["phrases"]):
                at = f"{where}.phrases[{i}]"
                if isinstance(item, str):
                    phrase, value, item_cased = item, item, cased
                elif isinstance(item, Mapping) and isinstance(item.get("phrase"), str):
                    phrase = item["phrase"]
                    value = item.get("value", phrase)
                    item_cased = item.get("cased", cased)
                    if not isinstance(value, str) or not isinstance(item_cased, bool):
                        raise InputError(f"{at}: 'value' must be a string and 'cased' true or "
                                         f"false, got {item!r}", path=origin)
                else:
                    raise InputError(f"{at} must be a string or an object with a 'phrase' "
                                     f"string, got {item!r}", path=origin)
                if not TOKEN.search(phrase):
                    raise InputError(f"{at}: phrase {phrase!r} has no word", path=origin)
                if scanned:
                    entries.append(Entry(label, phrase, value, item_cased))
                else:
                    folded = " ".join(word_key(w) for w in TOKEN.findall(phrase))
                    words.add(folded)
                    values.setdefault(folded, value)
            if not scanned:
                word_sets[label] = frozenset(words)
                word_values[label] = values
        return cls(entries, word_sets, word_values)

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        """A lexicon read from a JSON file; InputError names the file when it is unreadable,
        not JSON or holds a bad entry."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read lexicon: {exc}", path=str(p)) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc}", path=str(p)) from None
        return cls.from_json(data, origin=str(p))

    @classmethod
    def default(cls) -> Lexicon:
        """The package's word lists: every ``data/lexicon/*.json`` file (loaded once)."""
        return _default()

    def union(self, *others: Lexicon) -> Lexicon:
        """A new lexicon with the entries and word sets of this one and ``others``."""
        entries = list(self._entries)
        word_sets = dict(self._words)
        word_values = {k: dict(v) for k, v in self._values.items()}
        for other in others:
            entries.extend(other._entries)
            for label, ws in other._words.items():
                word_sets[label] = word_sets.get(label, frozenset()) | ws
            for label, vs in other._values.items():
                word_values.setdefault(label, {}).update(vs)
        return Lexicon(entries, word_sets, word_values)

    # -- inspection -----------------------------------------------------------
    @property
    def labels(self) -> frozenset[str]:
        """Every label, scanned or word set."""
        return self._labels

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every scanned entry, in the order given."""
        return self._entries

    def phrases(self, label: str) -> tuple[str, ...]:
        """The phrases of a scanned label as written."""
        return tuple(e.phrase for e in self._entries if e.label == label)

    def words(self, label: str) -> frozenset[str]:
        """The folded words (:func:`word_key`, words joined by one space) of an unscanned
        label; KeyError names a label that is not a word set."""
        try:
            return self._words[label]
        except KeyError:
            raise KeyError(f"lexicon has no word set {label!r}") from None

    def word_values(self, label: str) -> dict[str, str]:
        """The value of each folded word of an unscanned label (the word itself unless the
        file gives a ``value``); KeyError names a label that is not a word set."""
        try:
            return dict(self._values[label])
        except KeyError:
            raise KeyError(f"lexicon has no word set {label!r}") from None

    # -- matching -------------------------------------------------------------
    def _run_words(self, words: _Tokenised, tokens: Sequence[Token], out: list[Hit]) -> None:
        """Collect the hits of the automaton over a whole text's word stream: a hit must
        start where a word starts and end where a word ends (the stream characters before
        and after it are separators)."""
        if self._automaton is None:
            return
        if not words.simple:  # a word key holds a separator: the general rule
            self._run(words.stream, words.tstarts, tokens, 0, out)
            return
        new = tuple.__new__
        stream, tstarts = words.stream, words.tstarts
        bound = len(stream) - 1
        left = bisect.bisect_left
        for last, (length, count, payloads) in self._automaton.iter(stream):
            # Every separator in the stream stands between two words: a hit starts at a
            # word's start when a separator (or nothing) is before it, and ends at a
            # word's end when one (or nothing) is after it.
            s = last - length + 1
            if s and stream[s - 1] not in _SEPARATORS:
                continue
            if last < bound and stream[last + 1] not in _SEPARATORS:
                continue
            first = left(tstarts, s)
            stop = first + count
            start, end = tokens[first][0], tokens[stop - 1][1]
            for label, value, flags in payloads:
                if flags is not None:
                    if flags == _CAPITALISED:  # the common case, tested inline
                        if not tokens[first][2][:1].isupper():
                            continue
                    elif not _accepts(flags, tokens[first:stop]):
                        continue
                out.append(new(Hit, (label, value, start, end, first, stop)))

    def _run(self, stream: str, tstarts: Sequence[int], tokens: Sequence[Token], offset: int,
             out: list[Hit], must_cover: int | None = None) -> None:
        """Collect the hits of the automaton over ``stream`` (tokens[offset:] folded)."""
        if self._automaton is None:
            return
        n = len(stream)
        for last, (length, _, payloads) in self._automaton.iter(stream):
            s = last - length + 1
            if s and stream[s - 1] not in " |":
                continue
            if last + 1 < n and stream[last + 1] not in " |":
                continue
            first = bisect.bisect_left(tstarts, s)
            if first >= len(tstarts) or tstarts[first] != s:
                continue
            stop = bisect.bisect_right(tstarts, last)
            first += offset
            stop += offset
            if must_cover is not None and not first <= must_cover < stop:
                continue
            written = tokens[first:stop]
            for label, value, flags in payloads:
                if flags is not None and not _accepts(flags, written):
                    continue
                out.append(Hit(label, value, tokens[first].start, tokens[stop - 1].end,
                               first, stop))

    def _wild_candidates(self, key: str) -> tuple[str, ...]:
        """The lexicon's words (sorted) that ``key`` may read with its '?' as any letter."""
        n = len(key)
        if key.count("?") != 1:
            return tuple(w for w in self._by_length.get(n, ()) if _wild_eq(key, w))
        masked = self._masked.get(n)
        if masked is None:
            table: dict[str, list[str]] = {}
            for w in self._by_length.get(n, ()):  # sorted, so every bucket is
                for i in range(n):
                    table.setdefault(f"{w[:i]}?{w[i + 1:]}", []).append(w)
            masked = self._masked[n] = {k: tuple(v) for k, v in table.items()}
        return masked.get(key, ())


@functools.lru_cache(maxsize=1)
def _default() -> Lexicon:
    parts = [Lexicon.from_json(load_json(name), origin=data_origin(name))
             for name in json_files("lexicon")]
    return Lexicon([]).union(*parts)


def filter_spans(hits: Iterable[Hit]) -> list[Hit]:
    """The hits that do not overlap, chosen longest first, then leftmost (spaCy's
    ``filter_spans`` rule); hits with the very same span as a chosen one are kept with it
    (one name may be several entries: "Baku" the city and the state's metonym).  Sorted by
    start.  O(h log h) for h hits."""
    ordered = sorted(hits, key=lambda h: (h.start - h.end, h.start))
    taken: list[tuple[int, int]] = []  # chosen spans, sorted by start
    kept: list[Hit] = []
    for h in ordered:
        i = bisect.bisect_left(taken, (h.start, h.end))
        if i < len(taken) and taken[i] == (h.start, h.end):
            kept.append(h)
            continue
        if i > 0 and taken[i - 1][1] > h.start:
            continue
        if i < len(taken) and taken[i][0] < h.end:
            continue
        taken.insert(i, (h.start, h.end))
        kept.append(h)
    kept.sort(key=lambda h: (h.start, h.end))
    return kept


class Scan:
    """One document scanned once: tokens, sentences, paragraphs and lexicon hits.

    Built by :func:`scan`; read-only.  See the module docstring for the fields.
    """

    __slots__ = ("_by_label", "_para_starts", "_sent_starts", "_tok_starts", "lexicon",
                 "paragraphs", "sentences", "text", "tokens")

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        words = _tokenised(text)
        self.tokens: tuple[Token, ...] = words.tokens
        self._tok_starts = words.tok_starts
        self.sentences: tuple[tuple[int, int], ...] = words.sentences
        self._sent_starts = words.sent_starts
        self.paragraphs: tuple[tuple[int, int], ...] = words.paragraphs
        self._para_starts = words.para_starts
        hits: list[Hit] = []
        lexicon._run_words(words, self.tokens, hits)
        if words.wild:
            hits.extend(self._wild_hits(words.wild, words.seps))
        by_label: dict[str, list[Hit]] = {}
        for h in hits:
            by_label.setdefault(h.label, []).append(h)
        for bucket in by_label.values():
            bucket.sort(key=_hit_order)
        self._by_label = {k: tuple(v) for k, v in by_label.items()}

    def _wild_hits(self, wild: Sequence[int], seps: Sequence[str]) -> list[Hit]:
        """Hits through words with a lost letter: each candidate reading of the word is
        tried in a window of the longest phrase's length on either side."""
        lex = self.lexicon
        span = lex._max_words
        out: list[Hit] = []
        keys = [t.key for t in self.tokens]
        for i in wild:
            lo, hi = max(0, i - span + 1), min(len(keys), i + span)
            for cand in lex._wild_candidates(keys[i]):
                window = keys[lo:hi]
                window[i - lo] = cand
                stream, tstarts = _stream(window, [_SOFT, *seps[lo + 1:hi]])
                lex._run(stream, tstarts, self.tokens, lo, out, must_cover=i)
        return list(dict.fromkeys(out))

    def hits(self, *labels: str) -> tuple[Hit, ...]:
        """Every hit of ``labels`` (all labels when none given), overlaps included, sorted by
        start then longest first."""
        if len(labels) == 1:
            return self._by_label.get(labels[0], ())
        wanted = labels or tuple(self._by_label)
        merged = [h for label in wanted for h in self._by_label.get(label, ())]
        merged.sort(key=_hit_order)
        return tuple(merged)

    def token_at(self, offset: int) -> int:
        """The index of the first token that ends after ``offset`` (the token containing
        it, else the next one; ``len(tokens)`` past the last)."""
        i = bisect.bisect_right(self._tok_starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        """The sentence span containing ``offset``, or None between sentences."""
        return _containing(self.sentences, self._sent_starts, offset)

    def paragraph_of(self, offset: int) -> tuple[int, int] | None:
        """The paragraph span containing ``offset``, or None between paragraphs."""
        return _containing(self.paragraphs, self._para_starts, offset)


def _containing(spans: Sequence[tuple[int, int]], starts: Sequence[int],
                offset: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


def _hit_order(h: Hit) -> tuple[int, int]:
    return (h.start, -h.end)


def _stream(keys: Sequence[str], seps: Sequence[str]) -> tuple[str, list[int]]:
    """The folded word stream (keys joined by their one-character separators; ``seps[0]``
    is ignored) and the offset of each key in it."""
    if not keys:
        return "", []
    offsets = itertools.accumulate(map(len, keys), initial=0)
    tstarts = list(map(operator.add, offsets, range(len(keys))))
    stream = "".join(itertools.chain.from_iterable(zip(seps, keys, strict=True)))[1:]
    return stream, tstarts


@functools.lru_cache(maxsize=4096)
def _separator(gap: str) -> str:
    """What the text between two words is in the word stream: a gap a phrase may span
    (:data:`_SOFT`) or a hard break (:data:`_HARD`)."""
    return _SOFT if gap == " " or _GAP.fullmatch(gap) else _HARD


_new_token = functools.partial(tuple.__new__, Token)


class _Tokenised:
    """The lexicon-independent half of a scan: tokens, word stream, sentences and
    paragraphs of one text (shared by the scans of that text with different lexicons)."""

    __slots__ = ("para_starts", "paragraphs", "sent_starts", "sentences", "seps", "simple",
                 "stream", "tok_starts", "tokens", "tstarts", "wild")

    def __init__(self, text: str) -> None:
        # Split keeps the gaps: parts alternate gap, word, gap, ..., word, gap; the offsets
        # of the words follow from the running sum of the parts' lengths.
        parts = _TOKEN_SPLIT.split(text)
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts), initial=0))
        starts = offsets[1:-1:2]
        keys = _word_keys(words)
        if "" in keys:
            keys = [k or "\x01" for k in keys]
        self.tokens: tuple[Token, ...] = tuple(map(_new_token, zip(starts, offsets[2::2],
                                                                   words, keys, strict=False)))
        self.tok_starts = starts
        # seps[i] stands between words i - 1 and i; seps[0] is a placeholder.
        self.seps = [_SOFT, *map(_separator, parts[2:-1:2])]
        self.stream, self.tstarts = _stream(keys, self.seps)
        # Whether every separator of the stream stands between two words; not when a key
        # holds a separator character (a word that folds to several), where only the
        # general rule is right.
        self.simple = self.stream.count(_SOFT) + self.stream.count(_HARD) == len(keys) - 1
        self.wild = [i for i, k in enumerate(keys) if "?" in k] if "?" in self.stream else []
        self.sentences = tuple(sentence_spans(text))
        self.sent_starts = [s for s, _ in self.sentences]
        self.paragraphs = tuple(_paragraphs(text))
        self.para_starts = [s for s, _ in self.paragraphs]


@functools.lru_cache(maxsize=16)
def _tokenised(text: str) -> _Tokenised:
    return _Tokenised(text)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _trimmed(text, spans, cursor, m.start())
        cursor = m.end()
    _trimmed(text, spans, cursor, len(text))
    return spans


def _trimmed(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        spans.append((lo, hi))


@functools.lru_cache(maxsize=16)
def scan(text: str, lexicon: Lexicon | None = None) -> Scan:
    """The scan of ``text`` with ``lexicon`` (:meth:`Lexicon.default` when None).

    Linear in the length of the text; the last 16 scans are kept, so stages that ask for
    the same document with the same lexicon share one scan.
    """
    return Scan(text, lexicon if lexicon is not None else Lexicon.default())
