"""A he or she that attributes reported words (", he said") points to the speaker, not to a name
inside the words: "from X to Y, he said" leaves Y a place.

Invented sentences through the real model, which reads an unknown place's name as a body or a
place; the pronoun after it made the name a person.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ballots went to every district of the country, from Orvento to Zamurra, he said.", "Zamurra"),
        ('"The reform will be on every ballot, from Orvento to Zamurra," he told the plenary.', "Zamurra"),
        ('"The people of Kelvaria stayed at home on polling day, tired of promises," she told reporters.', "Kelvaria"),
    ],
)
def test_entities_attributions_leave_places_in_the_words(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Settlement"


def test_entities_attributions_a_pronoun_of_the_next_sentence_still_counts(nlp: Language) -> None:
    text = "The award went to Oriel Vantaggio on Monday. He thanked the jury."
    assert kg_entity_types(nlp, text).get("Oriel Vantaggio") == "Person"
