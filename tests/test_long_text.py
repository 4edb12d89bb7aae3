"""Long texts: parsed in pieces that join back exactly, limited in size, scanned in linear time.

The sentence-bound functions of kg.extract.quotes are checked against the plain scans they
replace (kept here as the reference) on random text, and their reads counted on a long text where
the plain scans read the whole text before every quote (benchmarks/lookups.py times them).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import kg.ingest
import kg.nlp.long
from kg.extract import extract
from kg.extract.quotes import (
    _ABBREVIATIONS,
    _CLOSERS,
    _OPENERS,
    _TERMINAL,
    Quote,
    find_quotes,
    paragraphs,
    sentence_end,
    sentence_start,
)
from kg.ingest import read_inputs
from kg.model import Article
from kg.nlp.long import parse_long, pieces

# ---------------------------------------------------------------------------- pieces


@given(
    text=st.lists(st.sampled_from(["a", "b", " ", "\n", ".", "“", "x" * 50]), max_size=600).map("".join),
    size=st.integers(min_value=20, max_value=400),
)
def test_long_text_pieces_join_back_and_stay_small(text: str, size: int) -> None:
    parts = pieces(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)


def test_long_text_pieces_cut_at_line_breaks_first_then_sentences() -> None:
    text = "One line here.\n\nTwo words. Three words and more words follow here"
    assert pieces(text, 30)[0] == "One line here.\n\n"
    assert pieces("Alpha beta gamma. Delta epsilon zeta eta theta", 30)[0] == "Alpha beta gamma. "
    assert pieces("y" * 70, 30) == ["y" * 30, "y" * 30, "y" * 10]  # one huge token: cut where it must


TEXT = (
    "Interior Minister Talia Brennan of Chile said on Monday: “We will open two more crossings.”\n\n"
    "About 4,200 people crossed into Chile from Peru on Sunday, the border service said.\n\n"
    "Foreign Minister Oren Valdis of Peru met Brennan in Santiago on Tuesday.\n\n"
    "“The talks went well,” Valdis said after the meeting.\n"
)


def test_long_text_in_pieces_extracts_what_the_whole_text_gives(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(id="long", text=TEXT, source="long", published=None)
    whole = extract(nlp(TEXT), article)
    monkeypatch.setattr(kg.nlp.long, "PIECE_CHARS", 120)
    doc = parse_long(nlp, TEXT)
    assert doc.text == TEXT and len(pieces(TEXT, 120)) > 2
    cut = extract(doc, article)
    assert {e.key for e in cut.entities} == {e.key for e in whole.entities}
    assert [(s.speaker, s.quote) for s in cut.statements] == [(s.speaker, s.quote) for s in whole.statements]


def test_long_text_pieces_join_without_a_warning(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pieces' cached texts are dropped before the join: spaCy warned once per piece, quoting it all."""
    monkeypatch.setattr(kg.nlp.long, "PIECE_CHARS", 120)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = parse_long(nlp, TEXT)
    assert doc.text == TEXT
    assert not [w for w in caught if "W102" in str(w.message)]


def test_long_text_over_the_limit_says_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.ingest, "MAX_CHARS", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 30, encoding="utf-8")
    (item,) = read_inputs([path])
    assert not isinstance(item, Article)
    assert "150 characters, more than the 100 a document may have" in str(item)


# ---------------------------------------------------------------------------- sentence bounds


def _reference_boundary(text: str, j: int, para_end: int) -> bool:
    k = j + 1
    while k < para_end and text[k] in _CLOSERS + ")":
        k += 1
    if k < para_end and not text[k].isspace():
        return False
    if text[j] == ".":
        word = re.search(r"([\w.]+)$", text[:j])
        if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
            return False
    rest = text[k:para_end].lstrip()
    return not rest or not rest[0].islower()


def _reference_start(text: str, pos: int, para_start: int, quotes: list[Quote]) -> int:
    j = pos - 1
    inside = {i for q in quotes if q.close <= pos and q.open >= para_start for i in range(q.start, q.end)}
    while j >= para_start:
        if text[j] in _TERMINAL and j not in inside and _reference_boundary(text, j, len(text)):
            k = j + 1
            while k < pos and (text[k] in _CLOSERS + ")" or text[k].isspace()):
                k += 1
            return k
        if text[j] in _CLOSERS and j - 1 in inside and text[j - 1] in _TERMINAL:
            nxt = text[j + 1 : pos].lstrip()
            if nxt and (nxt[0].isupper() or nxt[0] in _OPENERS):
                return j + 1 + (len(text[j + 1 : pos]) - len(nxt))
        j -= 1
    return para_start


def _reference_end(text: str, pos: int, para_end: int, quotes: list[Quote]) -> int:
    inside = {i for q in quotes if q.open >= pos and q.close <= para_end for i in range(q.start, q.end)}
    for j in range(pos, para_end):
        if text[j] in _TERMINAL and j not in inside and _reference_boundary(text, j, para_end):
            k = j + 1
            while k < para_end and text[k] in _CLOSERS + ")":
                k += 1
            return k
        if text[j] in _CLOSERS and j - 1 in inside and text[j - 1] in _TERMINAL:
            rest = text[j + 1 : para_end].lstrip()
            if not rest or rest[0].isupper() or rest[0] in _OPENERS:
                return j + 1
    return para_end


PROSE = st.lists(
    st.sampled_from(
        ["Sen.", "U.S.", "A.", "officials", "He", "said", "“", "”", "‘", "’", '"', ".", "!", "?", ",", " ", "\n",
         "Mr.", "x" * 40 + ".", "the", "Border", "(", ")", "…", "«", "»"]
    ),
    max_size=80,
).map(" ".join)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(text=PROSE)
def test_long_text_sentence_bounds_match_the_plain_scan(text: str) -> None:
    quotes = find_quotes(text)
    paras = paragraphs(text)
    for q in quotes:
        ps, pe = next(((s, e) for s, e in paras if s <= q.open < e), (0, len(text)))
        assert sentence_start(text, q.open, ps, quotes) == _reference_start(text, q.open, ps, quotes)
        assert sentence_end(text, q.close, pe, quotes) == _reference_end(text, q.close, pe, quotes)


class _CountedQuotes(list[Quote]):
    """Quotes that count how often they are read: each probe of a binary search, each step of a scan."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        self.reads += len(range(*index.indices(len(self)))) if isinstance(index, slice) else 1
        return super().__getitem__(index)

    def __iter__(self) -> Iterator[Quote]:
        for quote in super().__iter__():
            self.reads += 1
            yield quote


class _CountedText(str):
    """A text that counts the characters read from it by index or slice."""

    reads = 0

    def __getitem__(self, index: Any) -> str:
        piece = super().__getitem__(index)
        self.reads += len(piece)
        return piece


def test_long_text_sentence_bounds_of_many_quotes_read_each_quote_and_character_a_bounded_number_of_times() -> None:
    """One paragraph of 4,000 quoted sentences: finding every quote's sentence reads a few quotes
    (a binary search) and about the text once; the plain scans read every quote and the whole
    text before each one (benchmarks/lookups.py times both shapes)."""
    plain = "".join(f"“Ring {i} rang.” Sen. Ode said. U.S. staff met. " for i in range(4_000))
    quotes, text = _CountedQuotes(find_quotes(plain)), _CountedText(plain)
    bounds = [(sentence_start(text, q.open, 0, quotes), sentence_end(text, q.close, len(text), quotes)) for q in quotes]
    assert len(bounds) == 4_000 and bounds[1][0] == plain.index("“Ring 1 ")
    assert quotes.reads <= 60 * len(quotes)  # a quadratic lookup: 8,000 a quote
    assert text.reads <= 2 * len(plain)  # a rescan of the text before each quote: 5,000 times it
