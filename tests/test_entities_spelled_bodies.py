"""A body's name that its bracketed initials spell, word by word, is read whole, commas, link
words and other languages' particles included, even where the model tagged only a piece of it
or nothing at all (`kg/nlp/spelled_bodies.py`)."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Inspectors from the Agency for Fisheries, Ports and Inland Waters (AFPIW) boarded the trawler at dawn.",
            "Agency for Fisheries, Ports and Inland Waters",
        ),
        (
            "A spokeswoman for the Kelvara Agency for Relief of Fishing Families (KARFF) said the boats would stay "
            "in port.",
            "Kelvara Agency for Relief of Fishing Families",
        ),
        (
            "Divers of the Unidad Especial de Rescate (UER) searched the reservoir for a second day.",
            "Unidad Especial de Rescate",
        ),
    ],
)
def test_a_name_its_bracketed_initials_spell_is_one_body(nlp: Language, text: str, name: str) -> None:
    found = found_entities(nlp, text)
    assert name in {n for n, _ in found}, found
    assert not any(t == "Person" for _, t in found), found


def test_letters_that_spell_no_words_before_them_leave_the_names_alone(nlp: Language) -> None:
    text = "Officers of the Harbour Police and the Tolvani Customs Board (TPB) met on Monday."
    names = {n for n, _ in found_entities(nlp, text)}
    assert not any("Harbour Police and" in n for n in names), names
