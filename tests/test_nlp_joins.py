"""Names the NER cut in two are joined again (kg.nlp.joins); the parts are set by hand here."""

from __future__ import annotations

import pytest
import spacy
from named_entities import kg_entity_types
from spacy.language import Language
from spacy.tokens import Span

from kg.nlp.joins import join_names


def _joined(words: str, parts: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in parts]
    return [(e.text, e.label_) for e in join_names(doc)]


@pytest.mark.parametrize(
    ("words", "parts", "name"),
    [
        ("the envoy , Velina Marsk Odegaard , said", [(3, 4, "GPE"), (4, 6, "PERSON")], "Velina Marsk Odegaard"),
        ("Orvanka Kellner told reporters", [(0, 1, "LOC"), (1, 2, "PERSON")], "Orvanka Kellner"),
    ],
)
def test_joins_given_name_read_as_a_place_joins_the_name(words: str, parts: list, name: str) -> None:
    assert (name, "PERSON") in _joined(words, parts)


def test_joins_state_before_a_name_stays_a_state() -> None:
    joined = _joined("Norway Jan Roe said", [(0, 1, "GPE"), (1, 3, "PERSON")])
    assert joined == [("Norway", "GPE"), ("Jan Roe", "PERSON")]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("The spokesman for the OSCE Jan Kowal told reporters the talks had ended.", "OSCE", "Jan Kowal"),
        ("The head of the UNDP Ilse Varga visited the camp on Monday.", "UNDP", "Ilse Varga"),
    ],
)
def test_joins_acronym_run_into_a_name_is_a_body_and_a_person(nlp: Language, text: str, body: str, person: str) -> None:
    labels = kg_entity_types(nlp, text)
    assert labels.get(person) == "Person" and body in labels, labels


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the UN Refugee Agency said the camp was full.",
        "The Office of the Spokesperson said so. The UN Integrated Office in Tarnia works with the police.",
    ],
)
def test_joins_acronym_before_a_body_name_is_no_person(nlp: Language, text: str) -> None:
    labels = kg_entity_types(nlp, text)
    assert not any(label == "Person" for label in labels.values()), labels


@pytest.mark.parametrize(
    ("text", "state", "person"),
    [
        ("Interior Minister of Chile Ana Rojas said the pass would reopen.", "Chile", "Ana Rojas"),
        (
            "Later the Foreign Minister of Maldives Ahmed Rasheed Latheef agreed to meet again.",
            "Maldives",
            "Ahmed Rasheed Latheef",
        ),
        ("The President of South Africa Thabo Mvelase arrived on Monday.", "South Africa", "Thabo Mvelase"),
    ],
)
def test_joins_name_after_an_office_held_of_a_state(nlp: Language, text: str, state: str, person: str) -> None:
    """ "Minister of X Jane Roe": the model runs the state into the name, or misses the name."""
    labels = kg_entity_types(nlp, text)
    assert labels.get(person) == "Person" and labels.get(state) == "State", labels


def test_joins_a_body_named_after_a_state_is_no_person(nlp: Language) -> None:
    labels = kg_entity_types(nlp, "The Minister of Chile Airways Board said the fares would rise.")
    assert not any(label == "Person" for label in labels.values()), labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of Economy Janis Berzins-Roe met the press on Monday.", "Janis Berzins-Roe"),
        ("The Foreign Minister of Chile Ana Rojas-Vidal arrived on Sunday.", "Ana Rojas-Vidal"),
    ],
)
def test_joins_hyphenated_surname_after_an_office_stays_whole(nlp: Language, text: str, name: str) -> None:
    """A name found after "Minister of X" keeps a double surname joined by a hyphen: the tokenizer
    splits "Roe-Lind" in three, and a name cut at the hyphen is half a person."""
    assert kg_entity_types(nlp, text).get(name) == "Person"
