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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan Morrow, the president's press secretary, said the two leaders would meet.", "Jan Morrow"),
        ("June Abiodun, the governor's spokeswoman, said the convoy had reached the camp.", "June Abiodun"),
    ],
)
def test_entities_appositions_name_before_an_office(nlp: Language, text: str, name: str) -> None:
    """ "NAME, the president's press secretary, said": the model misses the name the office follows."""
    assert _types(nlp, text).get(name) == "Person"


def test_entities_appositions_name_before_a_description_is_left_alone(nlp: Language) -> None:
    """Capitals before a comma and a phrase without an office name no one: "Port Varen, the capital, ..." """
    types = _types(nlp, "Dry Creek, the largest camp in the district, took in more families.")
    assert types.get("Dry Creek") != "Person"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("At the close of the General Assembly, Ana Rojas said the vote was lost.", "Assembly"),
        ("After a session of the General Staff, Colonel Ivo Tamm said the brigade would move.", "Staff"),
    ],
)
def test_entities_a_body_opened_by_a_title_word_is_no_person(nlp: Language, text: str, body: str) -> None:
    """ "the General Assembly": the title word qualifies a body; what follows it is no one's name."""
    assert _types(nlp, text).get(body) != "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporter Jonas Eklind spoke to Malin Orrefors, Chief Executive of the port.", "Malin Orrefors"),
        ("In the studio is Dorota Kwiatek-Lund, Regional Director for the agency.", "Dorota Kwiatek-Lund"),
    ],
)
def test_entities_appositions_name_the_ner_read_as_a_body_before_a_bare_office(
    nlp: Language, text: str, name: str
) -> None:
    types = {lk.text: lk.type for lk in link_mentions(nlp(text))}
    assert types.get(name) == "Person", types


def test_entities_appositions_a_body_before_an_office_and_its_holder_stays_a_body(nlp: Language) -> None:
    types = {
        lk.text: lk.type for lk in link_mentions(nlp("Tarnia Airways, Chief Executive Jo Roe said, would buy jets."))
    }
    assert types.get("Tarnia Airways") == "Organization", types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We need tents," said Tamsin Ekwueme-Dorval, KRD\'s Head of Sub-Office in Tarnia.', "Tamsin Ekwueme-Dorval"),
        ("Tamsin Ekwueme-Dorval, KRD's Chief of Mission in Tarnia, said the camps were full.", "Tamsin Ekwueme-Dorval"),
        ('"We need tents," said Odile Mbakwe-Lindqvar, KRD\'s Head of Sub-Office in Velby.', "Odile Mbakwe-Lindqvar"),
    ],
)
def test_entities_appositions_name_the_ner_read_as_a_body_before_a_body_s_office(
    nlp: Language, text: str, name: str
) -> None:
    """ "X Y-Z, ABC's Head of Mission": a body's possessive opens the office, the name before is a person's."""
    types = {lk.text: lk.type for lk in link_mentions(nlp(text))}
    assert types.get(name) == "Person", types
