"""In a transcript, a body a speaker names in their own turn, with no state in its sentence or turn,
is the state's that the speaker's label or introduction gives ("Jo Roe, President of X" ... "PRESIDENT
ROE: ... the National Migration Directorate will ..."), not the state of the text's dateline or
publisher: where two governments face the press together each leader speaks of their own state's
bodies. An introduction "the Home Secretary of X, Jo Roe, and the Home Secretary of Y, Lu Poe" gives
each speaker the state of their own title, not the next speaker's."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language

_PRESIDENTS = (
    "Joint news conference with Chile's head of state Lia Montero and Tomas Rastelli, President of Argentina\n"
    "VELDRA, Chile, 4 March 2026\n\n"
    "PRESIDENT MONTERO: Welcome to Chile. Chile and its neighbour share a long mountain border, and Chile "
    "wants the pass at Quenco open all year.\n\n"
    "PRESIDENT RASTELLI: Thank you. We agree on the pass.\n\n"
    "Q (Ana Ibarne, Radio Sur): Will there be more staff at Quenco?\n\n"
    "PRESIDENT RASTELLI: Yes. The National Migration Directorate will send forty officers to the pass in May."
)
_MINISTERS = (
    "Interior ministers at the Quenco pass: the Home Secretary of Chile, Lia Montero, and the Home "
    "Secretary of Argentina, Tomas Rastelli\n4 March 2026\n\n"
    "MODERATOR: Minister Montero first.\n\n"
    "LIA MONTERO: Chile will keep the Quenco pass open at night. Chile has added two lanes, and Chile's "
    "customs will work until midnight.\n\n"
    "MODERATOR: Minister Rastelli.\n\n"
    "TOMAS RASTELLI: Thank you. From Monday the Mountain Roads Authority will clear the snow on the road up "
    "to the pass every morning."
)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (_PRESIDENTS, "agency/national-migration-directorate-argentina"),
        (_MINISTERS, "agency/mountain-roads-authority-argentina"),
    ],
)
def test_relations_turn_states_body_of_the_speakers_state(nlp: Language, text: str, body: str) -> None:
    assert (body, "state/AR") in related_pairs(nlp, text, "partOf")
