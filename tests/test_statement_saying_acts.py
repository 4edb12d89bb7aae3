"""Words a briefing record introduces by the act of delivering them: "X made the following statement:".

UN and ministry briefing records credit a paragraph of words to an official with no verb of
speaking ("Jane Roe, for the agency, made the following statement:", "read a statement:", "gave
the following update:"); the paragraph after, quoted or not, is that official's. Sentences and
names are invented; each class in two or more wordings, through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Tarven Moss, for the Office for Coastal Affairs, made the following statement:", "Tarven Moss"),
        ("Lira Okonjo, speaking for the Regional Food Agency, read the following statement:", "Lira Okonjo"),
        ("Kofi Adjei-Lund, spokesperson for the Lakes Authority, gave the following update:", "Kofi Adjei-Lund"),
    ],
)
@pytest.mark.parametrize("quoted", [True, False])
def test_statement_saying_acts_paragraph_after_is_the_speakers(
    nlp: Language, lead: str, speaker: str, quoted: bool
) -> None:
    words = "Water levels at the southern dam have risen by two metres since Sunday."
    body = f'"{words}"' if quoted else words
    text = f"{lead}\n\n{body}\n\nThe briefing then turned to other matters.\n"
    got = said(nlp, text)
    assert [v for k, v in got.items() if words in k] == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        "Tarven Moss, for the Office for Coastal Affairs, made the following changes:",
        "Lira Okonjo, speaking for the Regional Food Agency, read the following figures:",
    ],
)
def test_statement_saying_acts_other_objects_are_no_speech(nlp: Language, lead: str) -> None:
    text = f"{lead}\n\nWater levels at the southern dam have risen by two metres since Sunday.\n"
    assert not said(nlp, text)
