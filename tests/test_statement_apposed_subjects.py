"""A name set off after a long subject ("the head of X's office in Y, NAME, added ...") is that
clause's subject: a later "he said" points back to it, not to an earlier speaker.

Invented texts through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        (
            "The head of Oxfam's office in Gao, Salif Toure Diarra, added that convoys needed an escort on every "
            'road. "Every day we wait is a day without water," he said.',
            "person/salif-toure-diarra",
        ),
        (
            "The manager of the council's depot in Kelo district, Omar Salif Diarra, said the trucks had stopped. "
            '"We have no fuel left for the pumps," he said.',
            "person/omar-salif-diarra",
        ),
    ],
)
def test_statement_pronoun_after_an_apposed_subject(nlp: Language, second: str, speaker: str) -> None:
    text = f'"The roads are closed," said Fatima Kone Diallo, the agency\'s director.\n\n{second}\n'
    out = extract(nlp(text), Article("t", text, "test", published=date(2025, 6, 2)))
    assert [s.speaker for s in out.statements] == ["person/fatima-kone-diallo", speaker]
