"""A province the text names is part of its state also when English spells it otherwise than
ISO 3166-2 does ("ou" for "u", "y" for "i", a doubled vowel, the words in another order)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.lexicon.gazetteer import subdivision_spelled
from tests.named_entities import related_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Flood water closed two schools in Kampong Cham province on Sunday, officials said. "
            "Cambodia has asked its neighbours for pumps.\n",
            ("region/kampong-cham", "state/KH"),
        ),
        (
            "Laos will reopen the market road on Friday. Traders in Oudomxay province have waited a week "
            "for the landslide to be cleared.\n",
            ("region/oudomxay", "state/LA"),
        ),
    ],
)
def test_subdivision_spellings_place_the_province(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in related_pairs(nlp, text, "partOf")


def test_subdivision_spellings_need_a_named_state_and_a_long_name() -> None:
    assert subdivision_spelled("Kampong Cham", {"LA"}) is None  # a state the text does not name
    assert subdivision_spelled("Phongsaly", {"LA"}) is not None
    assert subdivision_spelled("Fars", {"IR"}) is not None  # exact names still count, however short
