"""A sentence that turns to the other side of a border ("On the Y side, traders in X say ...")
names that side's towns and people: they do not make Y the home of the text's bodies, and a
body named in that sentence is Y's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Defence Ministry said on Monday that two new observation posts had been set up after the main "
            "crossing with Paraguay was shut twice in one week.\n\n"
            "On the Paraguayan side, traders in Pozo Hondo and Mariscal Estigarribia say their stalls have stood "
            "empty since then.\n\n"
            "Bolivia expects to keep the new posts manned into next spring.",
            "agency/defense-ministry-bolivia",
            "state/BO",
        ),
        (
            "Lorries queued for six hours at La Quiaca on Friday as Argentina tightened checks on goods heading "
            "north.\n\n"
            "On the Bolivian side, forty officers were moved to Villazon overnight to keep lorries rolling, "
            "according to the Interior Ministry.",
            "agency/interior-ministry-bolivia",
            "state/BO",
        ),
    ],
)
def test_relations_side_sentences_a_side_sentence_names_the_other_side(
    nlp: Language, text: str, body: str, state: str
) -> None:
    parts = related_pairs(nlp, text, "partOf")
    assert (body, state) in parts
    assert not any(s.startswith("agency/") and o != state for s, o in parts if o.startswith("state/"))
