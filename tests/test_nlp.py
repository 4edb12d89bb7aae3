"""The spaCy pipeline: model loading, the kg_ components on blank and real pipelines, their cost."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from kg.lexicon.names import entity_key, slugify
from kg.nlp import add_kg_components, build_nlp


@pytest.fixture(scope="module")
def blank() -> Language:
    return add_kg_components(spacy.blank("en"))


def _labels(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.label_, s.text) for s in doc.spans["kg_entities"]]


def test_nlp_build_unknown_model_names_model_and_fix() -> None:
    with pytest.raises(ValueError, match=r"no_such_model.*pip install"):
        build_nlp("no_such_model")


def test_nlp_gazetteer_finds_states_demonyms_and_bodies(blank: Language) -> None:
    labels = _labels(blank, "Sudanese refugees fled to Chad, the UNHCR and the European Union said.")
    assert ("Demonym", "Sudanese") in labels
    assert ("State", "Chad") in labels
    assert ("Agency", "UNHCR") in labels
    assert ("Organization", "European Union") in labels


def test_nlp_gazetteer_finds_ministries_checkpoints_regions(blank: Language) -> None:
    text = "The Polish Interior Ministry said the Kuznica border crossing in the Podlaskie region was shut."
    labels = _labels(blank, text)
    assert ("Agency", "Interior Ministry") in labels
    assert ("Checkpoint", "Kuznica") in labels
    assert ("Region", "Podlaskie region") in labels  # the level word stays in the span; the name drops it


def test_nlp_enumerated_names_after_regions_are_regions(blank: Language) -> None:
    labels = _labels(blank, "Rain hit three Pakistani provinces – Sindh, Balochistan and Punjab.")
    assert [t for lab, t in labels if lab == "Region"] == ["Sindh", "Balochistan", "Punjab"]


def test_nlp_retype_fixes_statistical_ner(nlp: Language) -> None:
    doc = nlp("Chilean President Gabriel Boric spoke at the Chacalluta checkpoint. • Read also: floods.")
    labels = [(s.label_, s.text) for s in doc.spans["kg_entities"]]
    assert ("Person", "Gabriel Boric") in labels
    assert ("Demonym", "Chilean") in labels
    assert ("Checkpoint", "Chacalluta") in labels
    assert not any(t == "Read" for _, t in labels)


def test_nlp_names_slugs_are_ascii() -> None:
    assert slugify("Zaporizhzhia’s Oblast") == "zaporizhzhias-oblast"
    assert entity_key("Person", "Michelle Bachelet Jeria") == "person/michelle-bachelet-jeria"
    assert entity_key("Region", "the Île-de-France") == "region/ile-de-france"


def _kg(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.label_, s.text) for s in doc.spans["kg_entities"]]


def test_nlp_datelines_open_with_a_settlement(nlp: Language) -> None:
    text = (
        "Monsoon rains return\n\nLAHORE, Sept 4 (Punjab Wire) - Heavy rain flooded streets on Monday.\n\n"
        "Quetta – Officials said schools would stay shut.\n\nTORNIO (Arctic News) - Crossings fell."
    )
    labels = _kg(nlp, text)
    for name in ("LAHORE", "Quetta", "TORNIO"):
        assert ("Settlement", name) in labels
    assert ("Settlement", "Valdivia") in _kg(nlp, "Valdivia, 12 June 2023 – Voters queued for hours.")


def test_nlp_context_says_settlement(nlp: Language) -> None:
    text = (
        "Rescuers reached the fishing village of Keti Bandar late on Friday. Aid convoys reached Iriba, "
        "a town near the border, on Tuesday. The mayor of the port city of Gdynia said the ships were "
        "ready. Maria Lopez, a village elder, said the water had gone. Governor Kamran Tessori Khan, "
        "speaking in Hyderabad, said roads were cut."
    )
    labels = _kg(nlp, text)
    for name in ("Keti Bandar", "Iriba", "Gdynia", "Hyderabad"):
        assert ("Settlement", name) in labels
    assert ("Person", "Maria Lopez") in labels


def test_nlp_capitalised_common_noun_is_no_person(nlp: Language) -> None:
    labels = _kg(nlp, "Attendance was low in the morning.\nTurnout rose after noon, officials said.")
    assert not [t for lab, t in labels if lab == "Person"]
    labels = _kg(nlp, "ANCHOR: Turnout was low, the commission said.")
    assert ("Person", "Turnout") not in labels


def test_nlp_parts_of_a_person_name_are_never_places(nlp: Language) -> None:
    labels = _kg(nlp, "Prime Minister Bilal Raza Khan, who visited the town of Dadu on Sunday, said it was grim.")
    assert ("Person", "Bilal Raza Khan") in labels
    assert ("Settlement", "Dadu") in labels
    assert not any(t == "Khan" for _, t in labels)
    labels = _kg(nlp, "Chad Davis, a spokesman for the agency, said the convoy left. Davis said more would follow.")
    assert ("Person", "Chad Davis") in labels and ("Person", "Davis") in labels
    assert not any(lab == "State" for lab, _ in labels)
