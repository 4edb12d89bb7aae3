"""A body's owner after its bracketed short form: "the X Authority (XA) of Y" is Y's body.

News spells out a body's initials in brackets right after its name, and the owner can follow them
("officials of the Highways Commission (HC) of Kenya"): the brackets do not end the name's "of Y",
however often the text names its own state.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

_VISIT = (
    "Tanzania's Minister of Works met officials of the Highways Commission (HC) of Kenya in Arusha on "
    "Monday. Tanzania wants the new road open by June, and Tanzania will pay for the bridge at Mwanga.\n"
)

_TALKS = (
    "Talks between Portugal and the Rail Safety Agency (RSA) of Spain broke down on Wednesday, Portuguese "
    "officials said. Portugal still hopes to run the first trains through Serra Verde in "
    "the spring, and Portugal will ask again in March.\n"
)


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [(_VISIT, "highways-commission", "state/KE"), (_TALKS, "rail-safety-agency", "state/ES")],
)
def test_relations_bracketed_short_form_keeps_the_owner_after_it(
    nlp: Language, text: str, word: str, state: str
) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if word in s and o.startswith("state/")}
    assert owners == {state}
