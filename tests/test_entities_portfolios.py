"""An office's field after "of"/"for" is no body, though the NER tags it one: "Minister of
Infrastructure and Equipment", "Commissioner for Water Resources" (invented sentences)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "The agency, with the Ministry of the Interior and the Commissioner for Water Resources, sent tents.",
            "Water Resources",
        ),
        (
            "Varnia's Minister of Infrastructure and Equipment, Ilsa Roe, said the road would open.",
            "Infrastructure and Equipment",
        ),
    ],
)
def test_entities_portfolios_field_of_an_office_is_no_body(nlp: Language, text: str, field: str) -> None:
    assert field not in kg_entity_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Director of the National Police, Jo Lind, said roads were closed.", "National Police"),
        ("The Commanding Officer of the Coast Guard, Captain Jo Lind, said two boats sank.", "Coast Guard"),
    ],
)
def test_entities_portfolios_a_body_after_an_office_stays(nlp: Language, text: str, body: str) -> None:
    assert kg_entity_types(nlp, text).get(body) == "Agency"


@pytest.mark.parametrize(
    ("text", "field", "holder", "title"),
    [
        (
            "The Minister of Justice and Public Order, Karel Vostinek, said the new law would pass in May.",
            "Public Order",
            "person/karel-vostinek",
            "Minister of Justice and Public Order",
        ),
        (
            "The Secretary of Justice and Public Safety, Omar Bellweather, will testify on Friday.",
            "Public Safety",
            "person/omar-bellweather",
            "Secretary of Justice and Public Safety",
        ),
    ],
)
def test_entities_portfolios_second_field_after_and_is_no_name(
    nlp: Language, text: str, field: str, holder: str, title: str
) -> None:
    """An office's second field after "and" is still its field, neither a person nor a body, and the
    title keeps it: the name after the comma holds the whole office."""
    assert field not in kg_entity_types(nlp, text)
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    assert (holder, title) in {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "The Minister of Foreign Affairs and International Cooperation, Tomas Varga, held talks in the capital.",
            "International Cooperation",
        ),
        (
            "The Minister of Foreign Affairs and International Trade, Jo Lind, visited the border.",
            "International Trade",
        ),
        (
            "The Minister of Internal Affairs and National Security, Jo Lind, said the border was calm.",
            "National Security",
        ),
    ],
)
def test_entities_portfolios_a_second_field_after_an_adjective_led_one_is_no_body(
    nlp: Language, text: str, field: str
) -> None:
    """ "Foreign Affairs and International Cooperation": fields opened by adjectives are an office's too."""
    assert field not in kg_entity_types(nlp, text)
