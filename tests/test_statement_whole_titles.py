"""Statements of readouts whose speaker is named by a title of two words or more ("The Prime
Minister said ..."): the person styled with the whole title earlier ("the Prime Minister of X,
NAME") speaks, not a minister mentioned since whose style shares only the head word ("Minister
NAME briefed ...").

Every sentence here is invented, in two wordings, built with the real model through
:func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "The Prime Minister of Norway, Halvard Strand, received a delegation from Chile in Oslo on "
            "Monday. He was joined by the Minister of Fisheries, Dorotea Lisboa-Kraft.\n\n"
            "Minister Lisboa-Kraft set out the catch figures for the spring and proposed a joint survey of "
            "the southern grounds.\n\n"
            'The Prime Minister said Norway was "ready to share every record" and asked for a reply by July.\n',
            "ready to share every record",
            "Halvard Strand",
        ),
        (
            "Talks were held in Santiago with the Foreign Minister of Chile, Ottilie Vellmar, and her "
            "delegation.\n\n"
            "Minister Tamsin Achterberg presented the new visa rules and answered questions on the ferry "
            "service.\n\n"
            'Afterwards the Foreign Minister described the meeting as "a useful first step" for both sides.\n',
            "a useful first step",
            "Ottilie Vellmar",
        ),
    ],
)
def test_statement_whole_titles_name_the_holder_of_the_whole_title(
    nlp: Language, text: str, quote: str, name: str
) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    assert [names[s.speaker] for s in out.statements if s.quote == quote] == [name]
