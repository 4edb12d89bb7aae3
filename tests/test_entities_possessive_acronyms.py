"""An acronym that owns something: invented sentences through the real model.

Class: "TARVA's team", "MORVEN's medical coordinator": letters in capitals before a possessive
in running text name a body, which the model often leaves out. A line in capitals (a title, a
speaker label) is no such text.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Staff of TARVA's team in the north said the wells were dry.", "TARVA"),
        ("According to DELMAR's latest figures, 4,000 people crossed last week.", "DELMAR"),
        ('"We see hungry children," said Dr. Ilse Varga, MORVEN\'s medical coordinator in the region.', "MORVEN"),
    ],
)
def test_entities_possessive_acronyms_are_bodies(nlp: Language, text: str, body: str) -> None:
    assert linked_types(nlp, text).get(body) == {"Organization"}


def test_entities_possessive_acronyms_leave_caps_lines(nlp: Language) -> None:
    types = linked_types(nlp, "STATEMENT ON TARVA'S PLAN\n\nThe plan was read out on Monday.")
    assert "TARVA" not in types


@pytest.mark.parametrize(
    "text",
    [
        'The aid group KELVA said it had treated 900 children. "The wells are dry," said Dr. Ruta Amberg-Solis, '
        "KELVA's medical coordinator in the district.",
        "KELVA runs four clinics near the border. KELVA's country director, Vasko Delmic-Hart, said the roads "
        "were closed.",
    ],
)
def test_entities_possessive_acronyms_other_mentions_are_the_body(nlp: Language, text: str) -> None:
    """Letters the NER read as a person ("KELVA said") are the body the possessive shows them to be."""
    assert linked_types(nlp, text).get("KELVA") == {"Organization"}
