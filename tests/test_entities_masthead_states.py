"""A government release's masthead names its state in capitals by the official name: "REPUBLIC OF
X", "UNION OF Y". The NER reads no capitals; the gazetteer takes the official name in capitals too.
A one-word name in capitals is left to the NER: it is as often a transcript's speaker label.

The states are real (Seychelles and the Comoros, named in no corpus); the releases are invented.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types, linked_types
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("REPUBLIC OF SEYCHELLES\nMINISTRY OF FISHERIES\n\nThe minister spoke on Monday.", "REPUBLIC OF SEYCHELLES"),
        ("UNION OF THE COMOROS\nUnity - Solidarity - Development\n\nThe governor spoke.", "UNION OF THE COMOROS"),
    ],
)
def test_official_name_in_capitals_is_the_state(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "State"


def test_one_word_speaker_label_in_capitals_is_no_state(nlp: Language) -> None:
    types = kg_entity_types(nlp, "SEYCHELLES: Thank you, Chair.\nCHAIR: The floor is yours.")
    assert types.get("SEYCHELLES") != "State"


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the Republic of Korea said the talks would resume.",
        "The ferry from the Republic of Korea docked at noon, the port said.",
    ],
)
def test_entities_states_an_iso_name_written_with_its_comma_turned_round_is_the_state(nlp: Language, text: str) -> None:
    """ISO 3166-1 writes some names "Korea, Republic of" and gives no official name: the text's
    "the Republic of Korea" is that state, not a region the NER guessed."""
    types = linked_types(nlp, text)
    assert types.get("Republic of Korea") == {"State"}, types


@pytest.mark.parametrize(
    ("text", "word", "key"),
    [
        (
            "His Majesty received the envoy of the Sultanate of Oman. Relations between the Sultanate and "
            "Bahrain are strong, the envoy said.",
            "Sultanate",
            "state/OM",
        ),
        (
            "The minister thanked the Principality of Monaco for its help. Officials of the Principality "
            "will attend the talks in June.",
            "Principality",
            "state/MC",
        ),
    ],
)
def test_entities_states_the_first_word_of_a_states_long_name_names_it_alone(
    nlp: Language, text: str, word: str, key: str
) -> None:
    """ "the Sultanate" after "the Sultanate of X" is X, whatever the NER made of the word."""
    keys = {link.text: link.key for link in link_mentions(nlp(text))}
    assert keys.get(word) == key, keys


def test_entities_states_two_states_of_one_form_leave_the_word_alone(nlp: Language) -> None:
    text = "Envoys of the Kingdom of Bahrain and the Kingdom of Morocco met. The Kingdom said the talks went well."
    keys = {link.text: link.key for link in link_mentions(nlp(text))}
    assert keys.get("Kingdom") not in {"state/BH", "state/MA"}, keys
