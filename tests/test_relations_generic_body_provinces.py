"""A generic body ("the Interior Ministry", "the National Police") in a sentence that places its
news in a province of one of the text's states is that state's, though the text names the other
state more often."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The crossing near Kessapa, in Savannakhet province, reopened at dawn after a week shut, the Interior "
            "Ministry said. Lorries had queued on the Vietnamese side since Friday.\n\n"
            "In Vietnam, a provincial governor said traders would not pay twice. Vietnamese traders welcomed the "
            "news, and Vietnam will open a desk at the post.\n\n"
            "Laos says the post will stay open.",
            "agency/interior-ministry-laos",
            "state/LA",
        ),
        (
            "Forty migrants were stopped overnight on a dirt road in the Amambay department, the National Police "
            "said on Sunday.\n\n"
            "Brazil has asked for joint patrols, Brazilian officials said, and Brazil's federal government will "
            "send more agents to the frontier. Brazil wants an answer this month.\n\n"
            "Paraguay has not replied.",
            "agency/police-paraguay",
            "state/PY",
        ),
    ],
)
def test_relations_generic_body_provinces_a_province_in_the_sentence_gives_the_state(
    nlp: Language, text: str, body: str, state: str
) -> None:
    parts = related_pairs(nlp, text, "partOf")
    assert (body, state) in parts
    assert not any(s == body and o != state for s, o in parts)
