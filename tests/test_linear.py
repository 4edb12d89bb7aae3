"""Per-document lookups made linear: each indexed lookup agrees with the plain scan it replaces.

The plain scans (kept here as the reference) compared every entity with the whole text, every
name with every other name, every place with every noun of the document: fine for an article,
quadratic for a long text. Each test draws random inputs and checks the index gives the same
answers; the last ones count what the lookups read of a long invented text (the plain scans would
read all of it each time). benchmarks/lookups.py times them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from kg.extract.person_links import FullNames, name_words
from kg.nlp import doctext
from kg.nlp.citations import _YEAR, _years
from kg.nlp.components import _WordUses
from kg.nlp.doctext import doc_text, in_ids, line_starts, occurs, string_ids, with_lemma, with_lower, with_orth
from kg.nlp.locative import NOUN_REACH, called_region

_BLANK = spacy.blank("en")

# ---------------------------------------------------------------------------- occurs


def _reference_occurs(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) is not None


_PIECES = ["cross", "border", "-", " ", "\n", ".", "Border", "é", "crossing", "_", "1", "the", "(", "border-"]


@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    phrase=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join),
)
def test_linear_occurs_agrees_with_a_regex_search(text: str, phrase: str) -> None:
    doc = _BLANK(text)
    assert occurs(doc, phrase) == _reference_occurs(text, phrase)
    assert doc_text(doc) == text


def test_linear_occurs_finds_whole_words_only() -> None:
    doc = _BLANK("The border guards met at the cross-border post.\nGuards left.")
    assert occurs(doc, "border guards") and occurs(doc, "cross-border post")
    assert not occurs(doc, "border post")  # only inside "cross-border post"
    assert not occurs(doc, "guard") and occurs(doc, "left")


# ---------------------------------------------------------------------------- person names


def _reference_same_person(short: str, full: str) -> bool:
    s_words, f_words = name_words(short), name_words(full)
    if s_words == f_words:
        return True
    if not s_words or len(s_words) >= len(f_words):
        return False
    if f_words[-len(s_words) :] == s_words:
        return True
    if len(s_words) == 1 and len(f_words) >= 3 and f_words[-2] == s_words[0]:
        return True
    if len(s_words) == 1:
        return s_words[0] == f_words[0]
    if len(s_words) == 2 and len(s_words[0]) == 1 and len(s_words[1]) > 1 and len(f_words[0]) > 1:
        # an initial and the surname
        return f_words[0][0] == s_words[0] and f_words[-1] == s_words[1]
    if len(s_words) != 2 or s_words[0] != f_words[0]:
        return False
    # given name and last surname, or given name and first of two surnames
    return s_words[-1] == f_words[-1] or (len(f_words) > 2 and s_words[-1] == f_words[-2])


_NAME = st.lists(
    st.sampled_from(["Ana", "Maria", "Ruiz", "Lind", "Q.", "A.", "ana", "Oren-Vale", "Vale"]), max_size=4
).map(" ".join)


@given(fulls=st.lists(_NAME, max_size=8), name=_NAME)
def test_linear_full_names_agree_with_comparing_every_pair(fulls: list[str], name: str) -> None:
    index = FullNames()
    for full in fulls:
        index.add(full)
    assert index.owners(name) == [f for f in fulls if _reference_same_person(name, f)]


def test_linear_full_names_join_short_forms() -> None:
    index = FullNames()
    for full in ["Talia Maren Okoro", "Ivo Brandt"]:
        index.add(full)
    assert index.owners("Okoro") == ["Talia Maren Okoro"]
    assert index.owners("Talia Okoro") == ["Talia Maren Okoro"]
    assert index.owners("Ivo") == ["Ivo Brandt"]
    assert index.owners("Brandt Ivo") == []


# ---------------------------------------------------------------------------- region or town


def _reference_called_region(span: Span) -> bool:
    best: tuple[int, bool] | None = None
    for tok in span.doc:
        if tok.is_lower and tok.lower_ in {"region", "regions", "town", "city", "towns"}:
            dist = min(abs(tok.i - span.start), abs(tok.i - span.end))
            if dist <= NOUN_REACH and (best is None or dist < best[0]):
                best = (dist, tok.lower_ in {"region", "regions"})
    return best is not None and best[1]


@given(
    words=st.lists(
        st.sampled_from(["region", "town", "Region", "city", "X", "and", "regions"]), min_size=1, max_size=60
    ),
    start=st.integers(min_value=0, max_value=59),
    length=st.integers(min_value=1, max_value=3),
)
def test_linear_called_region_agrees_with_scanning_the_document(words: list[str], start: int, length: int) -> None:
    doc = Doc(_BLANK.vocab, words=words)
    start = min(start, len(doc) - 1)
    span = doc[start : min(len(doc), start + length)]
    assert called_region(span) == _reference_called_region(span)


class _Counted(list[Any]):
    """A list that counts the items read from it: by index, by slice (a bisect probe is one) or by a scan."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        self.reads += len(range(*index.indices(len(self)))) if isinstance(index, slice) else 1
        return super().__getitem__(index)

    def __iter__(self) -> Iterator[Any]:
        for item in super().__iter__():
            self.reads += 1
            yield item


class _CountedPattern:
    """A compiled pattern that counts its scans of a whole text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.scans += 1
        return self.pattern.finditer(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos)


def test_linear_full_names_find_owners_without_reading_the_other_names() -> None:
    index = FullNames()
    index.names = _Counted()
    for i in range(5_000):
        index.add(f"Given{i % 50} Family{i}")
        assert index.owners(f"Family{i}") == [f"Given{i % 50} Family{i}"]
    assert index.names.reads == 5_000  # each owner read once; comparing with every name: 12.5 million


def test_linear_called_region_reads_a_few_of_the_documents_place_nouns() -> None:
    words = [w for i in range(20_000) for w in (f"Name{i}", "said", "in", "the", "town" if i % 7 else "region", ".")]
    doc = Doc(_BLANK.vocab, words=words)
    called_region(doc[0:1])  # files the document's place nouns once
    nouns = doc.user_data["kg_place_nouns"] = _Counted(doc.user_data["kg_place_nouns"])
    calls = range(0, len(doc), 60)
    answers = [called_region(doc[i : i + 1]) for i in calls]
    assert answers == [max(i // 6 - 1, 0) % 7 == 0 for i in calls]  # the noun of the sentence before, nearer
    assert len(calls) <= nouns.reads <= 40 * len(calls)  # a scan of every noun: 20,000 a call


def test_linear_occurs_scans_the_text_once_for_every_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = _CountedPattern(doctext._RUN)
    monkeypatch.setattr(doctext, "_RUN", runs)
    doc = Doc(_BLANK.vocab, words=[w for i in range(20_000) for w in (f"Name{i}", "said", ".")])
    found = [occurs(doc, f"Name{i} said") for i in range(0, 20_000, 10)]
    assert all(found) and not occurs(doc, "Name7 left")
    assert runs.scans == 1  # the text is indexed once; a search of the text per phrase: 2,001 scans


@given(
    words=st.lists(
        st.sampled_from(["The", "the", "THE", "and", "&", "And", "harbour", "Velde", ",", "or"]), max_size=40
    ),
    wanted=st.sets(st.sampled_from(["the", "and", "&", "or", "harbour", "quay"]), max_size=4),
)
def test_linear_with_lower_agrees_with_reading_every_token(words: list[str], wanted: set[str]) -> None:
    doc = Doc(_BLANK.vocab, words=words)
    assert [t.i for t in with_lower(doc, wanted)] == [t.i for t in doc if t.lower_ in wanted]
    assert [t.i for t in with_lower(doc, ("and", "&"))] == [t.i for t in doc if t.lower_ in {"and", "&"}]
    assert [t.i for t in with_orth(doc, wanted)] == [t.i for t in doc if t.text in wanted]
    assert [t.i for t in with_orth(doc, {"The", ","})] == [t.i for t in doc if t.text in {"The", ","}]


@given(
    words=st.lists(st.sampled_from(["were", "was", "is", "remained", "stayed", "harbour", "Be"]), max_size=30),
    wanted=st.sets(st.sampled_from(["be", "remain", "stay", "harbour"]), max_size=3),
)
def test_linear_with_lemma_agrees_with_reading_every_token(words: list[str], wanted: set[str]) -> None:
    lemmas = {"were": "be", "was": "be", "is": "be", "remained": "remain", "stayed": "stay", "Be": "be"}
    doc = Doc(_BLANK.vocab, words=words, lemmas=[lemmas.get(w, w) for w in words])
    assert [t.i for t in with_lemma(doc, wanted)] == [t.i for t in doc if t.lemma_ in wanted]


_LINE_PIECES = ["Harbour", "quay", ".", " ", "  ", "\n", "\n\n", " \n", "\r\n", "\t", "x\ny", "-", "\u2028"]


@given(text=st.lists(st.sampled_from(_LINE_PIECES), max_size=50).map("".join))
def test_linear_line_starts_agree_with_reading_every_tokens_neighbour(text: str) -> None:
    doc = _BLANK(text)
    expected = [
        i
        for i in range(len(doc))
        if i == 0 or "\n" in doc[i - 1].whitespace_ or (doc[i - 1].is_space and "\n" in doc[i - 1].text)
    ]
    assert line_starts(doc) == expected
    assert line_starts(doc) == expected  # the second answer is the one kept for the Doc


@given(
    values=st.lists(st.integers(0, 2**64 - 1), max_size=30),
    wanted=st.lists(st.integers(0, 2**64 - 1), max_size=8),
    shared=st.lists(st.integers(0, 29), max_size=5),
)
def test_linear_in_ids_agrees_with_isin(values: list[int], wanted: list[int], shared: list[int]) -> None:
    wanted += [values[i] for i in shared if i < len(values)]  # some values are wanted, some not
    ids = np.unique(np.array(wanted, dtype=np.uint64))
    array = np.array(values, dtype=np.uint64)
    assert in_ids(array, ids).tolist() == np.isin(array, ids).tolist()


def test_linear_string_ids_are_kept_per_word_list() -> None:
    words = frozenset({"quay", "harbour"})
    assert string_ids(words) is string_ids(frozenset({"harbour", "quay"}))
    assert string_ids(["quay", "harbour", "quay"]).tolist() == string_ids(words).tolist()


@given(
    text=st.lists(
        st.sampled_from(["2004", "1999a", "(", ")", "12004", "2020", "15", "2004s", "20\u0662\u0664", " ", "\u2013"]),
        max_size=30,
    ).map("".join)
)
def test_linear_citation_years_agree_with_reading_every_token(text: str) -> None:
    doc = _BLANK(text)
    assert [t.i for t in _years(doc)] == [t.i for t in doc if _YEAR.match(t.text)]


# ---------------------------------------------------------------------------- words a Doc uses

_WORDS = st.lists(
    st.sampled_from(["Harbour", "harbour", "HARBOUR", "Velde", "said", ".", "Turnout", "rose"]), max_size=40
)


@given(words=_WORDS, starts=st.lists(st.booleans(), max_size=40), people=st.lists(st.integers(0, 39), max_size=4))
def test_linear_word_uses_agree_with_scanning_the_document(
    words: list[str], starts: list[bool], people: list[int]
) -> None:
    if not words:
        return
    flags = [True, *[starts[i] if i < len(starts) else False for i in range(1, len(words))]]
    doc = Doc(_BLANK.vocab, words=words, sent_starts=flags)
    persons = [doc[i : i + 1] for i in sorted(set(people)) if i < len(doc)]
    uses = _WordUses(doc, persons)
    for tok in doc:
        in_people = any(t.lower_ == tok.lower_ for p in persons for t in p)
        elsewhere = any(t.lower_ == tok.lower_ and t.i != tok.i and not t.is_sent_start and not t.is_lower for t in doc)
        assert (tok.lower_ in uses.in_people) == in_people
        assert any(i != tok.i for i in uses.capitalised.get(tok.lower_, ())) == elsewhere
