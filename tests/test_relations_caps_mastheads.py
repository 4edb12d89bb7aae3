"""A release's masthead in capitals ("OFFICE OF THE PRIME MINISTER") names a body of its own
like the same name in title case: no word of a name wholly in capitals is another body's acronym,
and the body is part of the state the text is about."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "OFFICE OF THE PRESIDENT\n\nThe President of Malawi held talks on Friday with the envoy of Zambia on "
            "the new road bridge. Malawi will pay for half of the works.",
            "agency/office-of-the-president-malawi",
            "state/MW",
        ),
        (
            "OFFICE OF THE PRIME MINISTER\n\nThe Prime Minister of Fiji opened the new wharf at Savusavu on "
            "Tuesday. Fiji has spent two years on the works.",
            "agency/office-of-the-prime-minister-fiji",
            "state/FJ",
        ),
        (
            "OFFICE OF THE VICE-PRESIDENT\n\nThe Vice-President of Ghana visited flooded villages near the coast "
            "on Sunday. Ghana will send tents and food.",
            "agency/office-of-the-vice-president-ghana",
            "state/GH",
        ),
    ],
)
def test_relations_caps_mastheads_a_capitalised_office_is_the_texts_states(
    nlp: Language, text: str, body: str, state: str
) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")
