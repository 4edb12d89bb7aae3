"""A state's body is known by the noun that heads its name, wherever English puts it: before a
postpositive "General" ("the Directorate General of Fisheries"), before "for" ("the Inspectorate
for Food Safety"), or last ("the Labour Tribunal", "the Coastal Engineering Corps"). Such a body,
named without its state, is part of the state the text is about."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Directorate General of Fisheries impounded six trawlers off Senegal on Monday. "
            "Senegal's navy escorted them to Dakar.",
            "agency/directorate-general-of-fisheries-senegal",
            "state/SN",
        ),
        (
            "Flights to Nepal will resume on Friday, the Directorate-General of Civil Aviation said after the storm. "
            "Nepal closed its airspace for two days.",
            "agency/directorate-general-of-civil-aviation-nepal",
            "state/NP",
        ),
    ],
)
def test_relations_body_heads_a_directorate_general_is_the_texts_states(
    nlp: Language, text: str, body: str, state: str
) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Moldova lifted the warning on Friday. The Inspectorate for Food Safety said the wells near the "
            "river were clean again, and schools in Moldova reopened.",
            "agency/inspectorate-for-food-safety-moldova",
            "state/MD",
        ),
        (
            "In Peru, the Inspectorate for Labour Standards fined 30 farms for hiring children, the ministry said. "
            "Peru has tightened its rules.",
            "agency/inspectorate-for-labour-standards-peru",
            "state/PE",
        ),
    ],
)
def test_relations_body_heads_a_body_for_a_field_is_the_texts_states(
    nlp: Language, text: str, body: str, state: str
) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Administrative Tribunal threw out the appeal on Tuesday, a ruling that lets Chile go ahead "
            "with the new port. Chile had waited two years.",
            "agency/administrative-tribunal-chile",
            "state/CL",
        ),
        (
            "Judges of the Labour Tribunal ordered the mine to rehire 200 workers. Unions in Ghana welcomed "
            "the ruling, and Ghana's mines ministry said it would comply.",
            "agency/labour-tribunal-ghana",
            "state/GH",
        ),
        (
            "The Coastal Engineering Corps rebuilt the sea wall at the harbour, officials in Tonga said. "
            "Tonga was hit by two cyclones this year.",
            "agency/coastal-engineering-corps-tonga",
            "state/TO",
        ),
        (
            "Rangers of the Mountain Volunteer Corps found the missing climbers, officials in Bolivia said. "
            "Bolivia's government thanked them.",
            "agency/mountain-volunteer-corps-bolivia",
            "state/BO",
        ),
    ],
)
def test_relations_body_heads_tribunals_and_corps_are_the_texts_states(
    nlp: Language, text: str, body: str, state: str
) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")
