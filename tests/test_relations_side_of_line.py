"""A town named after "the Y side of the border near" (or "of the river at", "of the frontier
at") lies in Y's state, as one "on the Y side near" it does: border stories place towns by the
side of the line they are on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Farmers said two shells landed overnight on the Tajik side of the river near Varkesh. "
            "Tajikistan has protested.\n",
            ("settlement/varkesh", "state/TJ"),
        ),
        (
            "Lorries queued for a kilometre on the Georgian side of the frontier at Kelvar, drivers told reporters.\n",
            ("settlement/kelvar", "state/GE"),
        ),
        (
            "The army said the shots came from the Uzbek side of the border near Torsa, and Uzbekistan denied it.\n",
            ("settlement/torsa", "state/UZ"),
        ),
    ],
)
def test_side_of_line_places_the_town(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in related_pairs(nlp, text, "locatedIn")
