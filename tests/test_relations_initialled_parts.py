"""A body named with the initials of another body the text names in full, then words of its own
("the VDF Coast Guard" in a text naming the Verlan Defence Force), is part of that body."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The Verlan Defence Force will call up two hundred reservists next month, the minister said.\n\n"
            "Asked about the coast, she said the VDF Coast Guard had doubled its night patrols since May.",
            "coast-guard",
            "verlan-defence-force",
        ),
        (
            "Importers must register with the Ostran Revenue Service before 1 March. Inspectors of the ORS "
            "Customs Division will check every container at the port, a spokesman said.",
            "customs-division",
            "ostran-revenue-service",
        ),
    ],
)
def test_relations_initialled_parts_belong_to_the_named_body(nlp: Language, text: str, part: str, whole: str) -> None:
    pairs = related_pairs(nlp, text, "partOf")
    assert any(part in s and whole in o for s, o in pairs), pairs


def test_relations_initialled_parts_need_the_whole_named(nlp: Language) -> None:
    text = "Asked about the coast, the minister said the VDF Coast Guard had doubled its night patrols since May."
    assert not [o for s, o in related_pairs(nlp, text, "partOf") if "coast-guard" in s and "defence-force" in o]
