"""Per-Doc columns and prefilters agree with the token-by-token scans they replace.

The per-sentence event readers, the sentence splitter and the capitalised-word checks read a few
tokens found from the Doc's columns (:mod:`kg.nlp.doctext`) instead of building every token of
every sentence. Each test compares the cheap answer with the scan on invented Docs: the same
tokens, in the same order, so the graph stays the same to the byte.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from kg.extract import timex
from kg.extract.event_disasters import _hazard_lemma, _label
from kg.extract.event_flow_nouns import noun_lemma
from kg.extract.event_time import sentences
from kg.extract.event_triggers import _TRIGGER_LEMMAS, _may_trigger
from kg.nlp.doctext import doc_text, known_text, marked, marked_in, newline_tokens, span_text
from kg.nlp.persons import _headlines

_BLANK = spacy.blank("en")

_PIECES = ["Velmora", "quay", ".", " ", "  ", "\n", "\n\n", " \n", "x\ny", "-", "Orsk", "(", "Tuesday", "é"]


@given(text=st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), a=st.integers(0, 60), b=st.integers(0, 60))
def test_linear_span_text_agrees_with_spacy(text: str, a: int, b: int) -> None:
    doc = known_text(_BLANK(text), text)
    start, end = sorted((min(a, len(doc)), min(b, len(doc))))
    span = doc[start:end]
    assert span_text(span) == span.text


@given(text=st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
def test_linear_newline_tokens_agree_with_reading_every_token(text: str) -> None:
    doc = _BLANK(text)
    expected = [t.i for t in doc if "\n" in t.text]
    assert newline_tokens(doc) == expected
    assert newline_tokens(doc) == expected  # kept for the Doc


def _sentences_by_scan(doc: Doc) -> list[Span]:
    """The splitter as it read every token of every sentence."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or (tok.i > start and "\n" in doc[tok.i - 1].whitespace_):
                if tok.i > start and "\n" in tok.text:
                    out.append(doc[start : tok.i])
                    start = tok.i + 1
                elif tok.i > start:
                    out.append(doc[start : tok.i])
                    start = tok.i
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if s.text.strip()]


@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    starts=st.lists(st.booleans(), max_size=60),
)
def test_linear_sentences_agree_with_reading_every_token(text: str, starts: list[bool]) -> None:
    tokens = _BLANK(text)
    flags = [i == 0 or (starts[i] if i < len(starts) else False) for i in range(len(tokens))]
    words, spaces = [t.text for t in tokens], [bool(t.whitespace_) for t in tokens]
    doc = Doc(_BLANK.vocab, words=words, spaces=spaces, sent_starts=flags or None)
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in _sentences_by_scan(doc)]


_LEMMAS = ["arrival", "cross", "close", "up", "harbour", "mobilise", "flood", "capsize", "fire", "say", "Arrivals"]
_WORDS = ["Arrivals", "crossed", "closed", "up", "Harbour", "Entries", "floods", "Landslides", "fires", "said", "UP"]
_POS = ["PROPN", "NOUN", "VERB", "ADP", "PRON"]


def _doc(draws: list[tuple[int, int, int]]) -> Doc:
    words = [_WORDS[w] for w, _, _ in draws]
    lemmas = [_LEMMAS[lem] for _, lem, _ in draws]
    return Doc(_BLANK.vocab, words=words, lemmas=lemmas, pos=[_POS[p] for _, _, p in draws])


_DRAWS = st.lists(
    st.tuples(st.integers(0, len(_WORDS) - 1), st.integers(0, len(_LEMMAS) - 1), st.integers(0, len(_POS) - 1)),
    max_size=30,
)


@given(draws=_DRAWS, cut=st.integers(0, 30))
def test_linear_marked_agrees_with_reading_every_token(draws: list[tuple[int, int, int]], cut: int) -> None:
    doc = _doc(draws)
    wanted = {"cross", "up", "arrival"}
    lemmas = marked(doc, "test.lemma", LEMMA, lambda s: s in wanted)
    lowers = marked(doc, "test.lower", LOWER, lambda s: s.startswith("e"))
    for span in (doc[:], doc[min(cut, len(doc)) :]):
        expected = [t.i for t in span if t.lemma_ in wanted or t.lower_.startswith("e")]
        assert [t.i for t in marked_in(span, lemmas, lowers)] == expected
        assert [t.i for t in marked_in(span, lemmas)] == [t.i for t in span if t.lemma_ in wanted]


@given(draws=_DRAWS)
def test_linear_trigger_prefilter_keeps_every_candidate(draws: list[tuple[int, int, int]]) -> None:
    doc = _doc(draws)
    kept = {t.i for t in _may_trigger(doc[:])}
    # the candidates find_triggers read from every token: a plural name ("Arrivals") singularised
    assert {t.i for t in doc if noun_lemma(t) in _TRIGGER_LEMMAS or t.lower_ == "up"} <= kept


@given(draws=_DRAWS)
def test_linear_hazard_prefilter_keeps_every_hazard(draws: list[tuple[int, int, int]]) -> None:
    doc = _doc(draws)
    assert all(_hazard_lemma(t.lemma_) for t in doc if _label(t))


def test_linear_hazard_prefilter_keeps_a_plural_name_and_a_fire() -> None:
    assert _hazard_lemma("Landslides") and _hazard_lemma("fire") and _hazard_lemma("capsize")
    assert not _hazard_lemma("harbour")


_TIME_PIECES = ["Tuesday", "tuesday", "TUESDAY", "ſunday", "Sunday", " (", "(", "4", ")", " ", "on ", "last ", "day"]


@given(text=st.lists(st.sampled_from(_TIME_PIECES), max_size=12).map("".join))
def test_linear_time_hints_skip_no_weekday_match(text: str) -> None:
    every = frozenset(k for needs in timex._NEEDS.values() for k in needs)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(timex, "_hints", lambda _: every)  # every pattern tried
        expected = timex.find_times(text, None)
    assert timex.find_times(text, None) == expected


_CAPS = ["Velmora", "VELMORA", "velmora", "Orsk", "Harbour Talks Resume", ".", "\n", "said", " "]


@given(text=st.lists(st.sampled_from(_CAPS), max_size=30).map("".join))
def test_linear_headline_words_agree_with_reading_every_token(text: str) -> None:
    doc = known_text(_BLANK(text), text)
    ranges, body = _headlines(doc)
    assert doc_text(doc) == text
    expected = frozenset(
        t.lower_ if t.is_upper else t.text
        for t in doc
        if (t.is_title or t.is_upper) and not any(a <= t.idx < b for a, b in ranges)
    )
    assert body == expected


@given(words=st.lists(st.sampled_from(["Velmora", "VELMORA", "velmora", "said", "."]), max_size=30))
def test_linear_capitalised_words_agree_with_unknown_sentence_starts(words: list[str]) -> None:
    from kg.nlp.components import _WordUses

    flags = [None if i % 3 else (i % 2 == 0) for i in range(len(words))]  # True, False and unknown starts
    doc = Doc(_BLANK.vocab, words=words, sent_starts=flags or None)
    expected: defaultdict[str, list[int]] = defaultdict(list)
    for t in doc:
        if not t.is_sent_start and not t.is_lower:
            expected[t.lower_].append(t.i)
    assert list(_WordUses(doc, []).capitalised.items()) == list(expected.items())


_HONORIFIC_PIECES = ["Dato", "Seri", "Pengiran", "Hajah", "Tan", "Sri", "Velmora", "Orsk", "bin", "said", ".", "\n"]


@given(text=st.lists(st.sampled_from(_HONORIFIC_PIECES), max_size=30).map(" ".join))
def test_linear_malay_names_open_only_where_the_prefilter_looks(text: str) -> None:
    from kg.nlp.malay_honorifics import _chained_name, _may_open, _prefixed_name

    doc = _BLANK(text)
    opening = [i for i in range(len(doc)) if _prefixed_name(doc, i) or _chained_name(doc, i)]
    assert set(opening) <= set(_may_open(doc))


_LABEL_PIECES = ["QUESTION", "CALLER", "JO", "Velmora", "Orsk", "(", ")", ",", ":", "?", "\n", "Harbour TV", "said"]


@given(text=st.lists(st.sampled_from(_LABEL_PIECES), max_size=30).map(" ".join))
def test_linear_labels_open_only_at_capitals(text: str) -> None:
    from kg.nlp.questioners import _asker_label_at, _label_at, _outlet_label_at

    doc = _BLANK(text)
    titled = {t.text for t in doc if t.is_title}
    for i in range(len(doc)):
        if _label_at(doc, i) or _outlet_label_at(doc, i) or _asker_label_at(doc, i, titled):
            assert doc[i].is_upper and doc[i].is_alpha


def test_linear_prefilters_keep_a_found_name_and_label() -> None:
    from kg.nlp.malay_honorifics import _chained_name, _may_open
    from kg.nlp.questioners import _label_at

    doc = _BLANK("Talks ended. Dato Seri Velmora Orsk said so.")
    assert 3 in _may_open(doc) and _chained_name(doc, 3) is not None
    doc = _BLANK("QUESTION (Jo Velmora, Harbour Radio): Will it open?")
    assert _label_at(doc, 0) and doc[0].is_upper
