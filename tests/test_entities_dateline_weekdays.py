"""A dateline may give the day of the week before the date: "Kelvora, Thursday, 16 April 2026",
"TARNOVICE, Monday 3 March 2026 - ...". The town opening such a line is a settlement, as it is
before a date alone; the model often reads it as a person's name, and the text lost the town
that tells which state it is filed from. A name before a weekday with no date after it ("Jane Roe,
Thursday, said ...") is no dateline.

Every name here is invented for the test; the class is shown in two or more wordings, with a near
miss that must stay silent.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Press note\n\nKelvora, Thursday, 16 April 2026\n\nThe minister said the roads were open.", "Kelvora"),
        ("Press note\n\nTARNOVICE, Monday 3 March 2026 - The ministry said the roads were open.", "TARNOVICE"),
    ],
)
def test_a_town_before_a_weekday_and_a_date_is_a_settlement(nlp: Language, text: str, town: str) -> None:
    assert kg_entity_types(nlp, text).get(town) == "Settlement"


def test_a_name_before_a_weekday_alone_is_no_dateline(nlp: Language) -> None:
    types = kg_entity_types(nlp, "Press note\n\nJane Roe, Thursday, said the roads were open.")
    assert "Settlement" not in types.values()
