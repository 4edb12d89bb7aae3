"""A quote attributed by an office ("the President of the Republic said") whose holder the text
introduced as "the OFFICE, NAME": the office set off by a comma before the name.

Invented texts through the real model: before, only "OFFICE NAME" and "NAME, the OFFICE" were
read, so the quote went to whichever person was named last (a minister named in between).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _speakers(nlp: Language, text: str) -> dict[str, str]:
    """Quote opening words -> the speaker's name."""
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 5, 4)))
    names = {e.key: e.name for e in out.entities}
    return {s.quote.split()[0]: names[s.speaker] for s in out.statements}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The cabinet met on Monday, chaired by the President of the Republic, Teodora "
            "Vasquez-Oyarzun, in a session on the floods. The Minister of Public Works, Rafael Ibarlucea, "
            'presented a plan for the bridges.\n\n"Nobody will be left without a roof this winter," the '
            "President of the Republic said as the session ended.",
            "Teodora Vasquez-Oyarzun",
        ),
        (
            "At the port on Friday, the Prime Minister, Augustin Berthelot-Kamba, opened the new quay with the "
            "Minister of Transport, Irene Solvay-Mutombo.\n\n"
            '"This quay will carry half of our trade within five years," the Prime Minister told the guests.',
            "Augustin Berthelot-Kamba",
        ),
        (
            "The results were announced on Tuesday by the Director of the Port Authority, Ana Pereira-Lobato. "
            "Her deputy, Tomas Ilunga-Besigye, read out the figures for each berth.\n\n"
            '"The port handled more ships than ever before," the Director said.',
            "Ana Pereira-Lobato",
        ),
    ],
)
def test_quote_by_office_goes_to_its_apposed_holder(nlp: Language, text: str, speaker: str) -> None:
    said = _speakers(nlp, text)
    assert speaker in said.values()
    assert set(said.values()) == {speaker}
