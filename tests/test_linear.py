"""Per-document lookups made linear: each indexed lookup agrees with the plain scan it replaces.

The plain scans (kept here as the reference) compared every entity with the whole text, every
name with every other name, every place with every noun of the document: fine for an article,
quadratic for a long text. Each test draws random inputs and checks the index gives the same
answers; the last ones time the lookups on a long invented text.
"""

from __future__ import annotations

import re
import time

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from kg.extract.entities import _FullNames, _words
from kg.nlp.components import _WordUses
from kg.nlp.doctext import doc_text, occurs
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
    s_words, f_words = _words(short), _words(full)
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
    return len(s_words) == 2 and s_words[0] == f_words[0] and s_words[-1] == f_words[-1]


_NAME = st.lists(st.sampled_from(["Ana", "Maria", "Ruiz", "Lind", "Q.", "ana", "Oren-Vale", "Vale"]), max_size=4).map(
    " ".join
)


@given(fulls=st.lists(_NAME, max_size=8), name=_NAME)
def test_linear_full_names_agree_with_comparing_every_pair(fulls: list[str], name: str) -> None:
    index = _FullNames()
    for full in fulls:
        index.add(full)
    assert index.owners(name) == [f for f in fulls if _reference_same_person(name, f)]


def test_linear_full_names_join_short_forms() -> None:
    index = _FullNames()
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


def test_linear_lookups_on_a_long_text_take_no_quadratic_time() -> None:
    words = [w for i in range(20_000) for w in (f"Name{i}", "said", "in", "the", "town" if i % 7 else "region", ".")]
    doc = Doc(_BLANK.vocab, words=words)
    started = time.process_time()  # CPU time: a loaded machine does not make it fail
    index = _FullNames()
    for i in range(5_000):
        index.add(f"Given{i % 50} Family{i}")
        index.owners(f"Family{i}")
    for i in range(0, len(doc), 60):
        called_region(doc[i : i + 1])
        occurs(doc, f"name{i}")
    assert time.process_time() - started < 10  # the plain scans take minutes here


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
