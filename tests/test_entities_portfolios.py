"""An office's field after "of"/"for" is no body, though the NER tags it one: "Minister of
Infrastructure and Equipment", "Commissioner for Food Security" (invented sentences)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "The agency, with the Ministry of the Interior and the Commissioner for Food Security, sent tents.",
            "Food Security",
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
