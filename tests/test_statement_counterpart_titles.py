"""A bare "the Minister said" in a readout is the text's own minister, not the counterpart it called.

A ministry's readout introduces its minister ("The Minister of Ports and the Maritime Economy,
Mrs X, ...") and the other side's ("her Portuguese counterpart, Mr Y, Minister of the Sea of
Portugal"), then calls the first "the Minister" and the second by nationality. The counterpart
was styled with the title more recently, but is no bare "the Minister". Names and sentences are
invented; two wordings, through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

_READOUTS = [
    (
        "Rabat, 2 May - The Minister of Ports and the Maritime Economy, Mrs Leila Oubrik, had a call "
        "on Thursday with her Portuguese counterpart, Mr Duarte Vilanova-Reis, Minister of the Sea of Portugal. "
        "The two agreed to meet in Agadir in June.\n\n"
        'The Minister stressed that "no trawler should fish in our waters without a licence."'
    ),
    (
        "Foreign Minister Kamal Idrissi received a call from his counterpart, the Hon. Sindre Halvorsen-Brekke, "
        "Foreign Minister of Norway, about the ferry link.\n\n"
        'The Norwegian minister asked for more crossings. "We will look at the timetable before the summer," '
        "the Minister said."
    ),
]


@pytest.mark.parametrize(("text", "speaker"), list(zip(_READOUTS, ["Leila Oubrik", "Kamal Idrissi"], strict=True)))
def test_statement_bare_office_is_not_the_counterpart(nlp: Language, text: str, speaker: str) -> None:
    got = said(nlp, text)
    assert got and set(got.values()) == {speaker}


def test_statement_counterpart_alone_with_the_office_still_speaks(nlp: Language) -> None:
    text = (
        "Mrs Leila Oubrik spoke with her Portuguese counterpart, Mr Duarte Vilanova-Reis, Minister of the Sea. "
        '"Our fleets share the same fish," the Minister said.'
    )
    assert set(said(nlp, text).values()) == {"Duarte Vilanova-Reis"}
