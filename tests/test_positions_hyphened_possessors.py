"""A state whose name has a hyphen owns the office after its possessive: "Timor-Leste's Minister of
Fisheries, X" and "Guinea-Bissau's Minister of Fisheries, Y" hold office in that state, as
"Chile's Minister of the Interior, Z" does. The parser splits the name at the hyphen.

Every person's name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import posts_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "Questions for Timor-Leste's Minister of Fisheries, Oswin Pellary, after the storm\n\n"
            "Lorry drivers coming from Indonesia say the queues now last half a day.",
            "person/oswin-pellary",
            "state/TL",
        ),
        (
            "The talks were opened by Guinea-Bissau's Minister of Fisheries, Oswin Pellary, on Monday.",
            "person/oswin-pellary",
            "state/GW",
        ),
    ],
)
def test_a_hyphened_state_owns_the_office_after_it(nlp: Language, text: str, holder: str, state: str) -> None:
    assert posts_by_holder(nlp, text).get(holder) == {state}
