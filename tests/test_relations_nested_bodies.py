"""A body named by its place in the state's tree is part of the body it is named in: "the X
Directorate of the Y Committee", "the X Office (XO) of the Y Ministry", "X is a unit of the Y
Ministry", "the X Bureau in the Y Ministry"; a council meeting "in" a ministry is no part of it."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        (
            "The Lorvan Border Directorate of the Customs Committee of Uzbekistan reported 275 crossings.",
            "agency/lorvan-border-directorate",
            "agency/customs-committee-uzbekistan",
        ),
        (
            "Officers of the Tessik Customs Office (TCO) of the Ministry of Finance of Estonia checked the lorries.",
            "agency/tessik-customs-office",
            "agency/finance-ministry-estonia",
        ),
        (
            "The Kelo Rescue Corps is a unit of the Ministry of Emergencies of Kyrgyzstan.",
            "agency/kelo-rescue-corps",
            "agency/emergency-ministry-kyrgyzstan",
        ),
        (
            "Staff of the Bureau for Seasonal Workers in the Ministry of Labour of Latvia met growers.",
            "agency/bureau-for-seasonal-workers",
            "agency/labor-ministry-latvia",
        ),
    ],
)
def test_relations_nested_bodies_inner_part_of_outer(nlp: Language, text: str, inner: str, outer: str) -> None:
    assert (inner, outer) in related_pairs(nlp, text, "partOf")


def test_relations_nested_bodies_a_meeting_place_is_no_owner(nlp: Language) -> None:
    text = "The National Security Council of Estonia met in the Ministry of Defence on Monday."
    found = related_pairs(nlp, text, "partOf")
    assert not {(s, o) for s, o in found if s.startswith("agency/national-security-council")} & {
        (s, o) for s, o in found if o.startswith("agency/")
    }
