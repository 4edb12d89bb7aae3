"""Entities in academic and review prose: terms defined by their initials, owners before a work.

Every sentence here is invented (names, terms and titles too), two or more wordings per class, so
the tests prove the class and not one phrasing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity
from kg.nlp.concept_acronyms import concept_acronyms


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The survey measured the effect of coastal wind shear (CWS) on the buoys. Later, CWS values rose.", "CWS"),
        ("The model combines a dual layer filter (DLF) with a ranking step. The DLF removes noise.", "DLF"),
        ("Farmers reported soil nitrate loss (SNL) after the floods; SNL was highest in spring.", "SNL"),
        ("We call this pattern self-paced repetition (SPR). In SPR, learners repeat each item.", "SPR"),
    ],
)
def test_entities_defined_terms_lower_case_definition_makes_no_entity(nlp: Language, text: str, term: str) -> None:
    ents = _run(nlp, text)
    assert term not in ents, sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Coastal Fisheries Board (CFB) met on Monday; the CFB said stocks fell.", "Coastal Fisheries Board"),
        ("Staff of the Varn Seed Institute (VSI) planted the plots, and the VSI counted them.", "Varn Seed Institute"),
    ],
)
def test_entities_defined_terms_capitalised_definition_stays_a_body(nlp: Language, text: str, body: str) -> None:
    ents = _run(nlp, text)
    assert body in ents and ents[body].type in {"Organization", "Agency"}, sorted(ents)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("losses from sea ice drift (SID) grew", {"SID"}),
        ("internally displaced persons (IDPs) were counted", {"IDPs"}),
        ("the return on equity (ROE) fell", {"ROE"}),
        ("a scanning low-frequency microwave radiometer (SLFMR) flew", {"SLFMR"}),
        ("the Tarn Valley Trust (TVT) said", set()),
        ("the price of grain (2019) rose", set()),
        ("wind speeds near the coast (WSN) rose", set()),  # the initials do not spell the words
    ],
)
def test_entities_defined_terms_acronyms_spelled_word_by_word(nlp: Language, text: str, found: set[str]) -> None:
    assert concept_acronyms(nlp.make_doc(text)) == found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She is filming Corlan Deveraux's Ravenholt sequel, The Last Oath.", "Corlan Deveraux"),
        ("He is now shooting Teodor Kassim's Ravenholt remake in Spain.", "Teodor Kassim"),
    ],
)
def test_entities_defined_terms_possessive_ends_a_name(nlp: Language, text: str, person: str) -> None:
    ents = _run(nlp, text)
    assert person in ents and ents[person].type == "Person", sorted(ents)
    assert not [n for n in ents if "'s" in n], sorted(ents)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tsar Velimir II signed the decree in the spring.", "Velimir II"),
        ("The letters of Tsarevna Oksia Velimirovna were burned.", "Oksia Velimirovna"),
        ("Pharaoh Nebmaren built the second temple.", "Nebmaren"),
    ],
)
def test_entities_defined_terms_rulers_title_is_cut_from_the_name(nlp: Language, text: str, person: str) -> None:
    ents = _run(nlp, text)
    assert person in ents and ents[person].type == "Person", sorted((e.name, e.type) for e in ents.values())
