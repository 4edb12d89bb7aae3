"""A person named between commas after an office: "the Minister of X, First Middle Last," (issue 8, class 2).

Invented sentences through the real model: long names the NER misses or cuts into a place.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {lk.text: lk.type for lk in link_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The plan was approved on Monday by the Minister of Fisheries, Joaquim Henrique Prates Viana, in the "
            "port city.",
            "Joaquim Henrique Prates Viana",
        ),
        ("Its Governor, Benedita dos Anjos Moura, said the roads would reopen.", "Benedita dos Anjos Moura"),
        ("The accord was signed by the deputy minister, Ngo Bich Khanh, at noon.", "Ngo Bich Khanh"),
    ],
)
def test_entities_appositions_name_after_an_office(nlp: Language, text: str, name: str) -> None:
    assert _types(nlp, text).get(name) == "Person"


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("The minister, Portugal and Spain agreed on the plan.", "Portugal", "State"),
        ("The president of the club, Real Sociedad Juniors, resigned.", "Real Sociedad Juniors", None),
    ],
)
def test_entities_appositions_only_personal_names(nlp: Language, text: str, name: str, want: str | None) -> None:
    assert _types(nlp, text).get(name) != "Person"
    if want:
        assert _types(nlp, text)[name] == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Registrar Mrs Olive Tumusiime said the files were safe.", "Olive Tumusiime"),
        ("Harbour Master Mr Tobias Lindqvist closed the quay at dawn.", "Tobias Lindqvist"),
    ],
)
def test_entities_appositions_form_of_address_inside_a_name(nlp: Language, text: str, name: str) -> None:
    people = [lk.text for lk in link_mentions(nlp(text)) if lk.type == "Person"]
    assert people == [name]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            'The Minister of Labour, Ana Lucia Quiroga Mendez, met the unions. "We will not give up," said '
            "Minister Quiroga.",
            "Quiroga",
        ),
        (
            "Minister of Mines Carlos Alberto Medina Rivas visited the site on Monday. Minister Medina said work "
            "would resume.",
            "Medina",
        ),
    ],
)
def test_entities_appositions_first_of_two_surnames(nlp: Language, text: str, short: str) -> None:
    links = link_mentions(nlp(text))
    people = {lk.key for lk in links if lk.type == "Person"}
    assert len(people) == 1
    assert any(lk.text == short for lk in links if lk.type == "Person")
