"""kg.lexicon: demonyms written with their accents, and the singular and plural forms some states use."""

from __future__ import annotations

import pytest

from kg.lexicon.gazetteer import state_for_demonym


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Burkinabè", "state/BF"),
        ("Burkinabé", "state/BF"),
        ("Motswana", "state/BW"),
        ("Batswana", "state/BW"),
        ("Emaswati", "state/SZ"),
        ("Mosotho", "state/LS"),
        ("Comorian", "state/KM"),
    ],
)
def test_entities_demonym_forms_name_their_state(word: str, state: str) -> None:
    assert state_for_demonym(word) == state


def test_entities_accented_word_that_is_no_demonym_names_no_state() -> None:
    assert state_for_demonym("Dorvalé") is None
