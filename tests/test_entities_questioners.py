"""A questioner's outlet in a transcript's label is a body, not a second person (invented lines).

"Q (Jane Roe, Tarnia Courier): ..." and "QUESTION: Jane Roe, Tarnia Courier. ...": the name after
the questioner's is the outlet they ask for, whatever the NER guessed from its capitals.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "MINISTER: We decide next week.\nQ (Piet Oldervik, Westland Courant): How many soldiers?",
        "QUESTION: Piet Oldervik, Westland Courant. How many soldiers will stay at the border?",
    ],
)
def test_entities_questioners_outlet_is_an_organization(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert types.get("Westland Courant") == {"Organization"}, types
    assert types.get("Piet Oldervik") == {"Person"}, types


def test_entities_questioners_two_people_listed_in_prose_stay_people(nlp: Language) -> None:
    types = linked_types(nlp, "The minister thanked Piet Oldervik, Anna Halvorsk.")
    assert types.get("Anna Halvorsk") == {"Person"}, types


@pytest.mark.parametrize(
    ("text", "asker", "outlet"),
    [
        (
            "MODERATOR: Next question.\nQUESTION (Ilse Vandermolen, Radio Kessa Nord): Minister, how many troops?",
            "Ilse Vandermolen",
            "Radio Kessa Nord",
        ),
        (
            "MODERATOR: Next question.\nQUESTION (Ilse Vandermolen, Radio Verdanne Est): Minister, how many troops?",
            "Ilse Vandermolen",
            "Radio Verdanne Est",
        ),
    ],
)
def test_entities_questioners_the_outlets_whole_name_and_the_asker_the_ner_missed(
    nlp: Language, text: str, asker: str, outlet: str
) -> None:
    """The NER reads only the outlet's tail ("Kessa Nord", as a person) or the outlet alone (as a
    body) and leaves the asker out: the label's shape still gives both."""
    types = linked_types(nlp, text)
    assert types.get(outlet) == {"Organization"}, types
    assert types.get(asker) == {"Person"}, types


@pytest.mark.parametrize(
    ("text", "asker", "outlet"),
    [
        ("QUESTION (Ilaria Bonvesin, Radio Verdanne Est): Colonel, what happens next?", "Ilaria Bonvesin", None),
        ("QUESTION (Elda Morvillo, Canale Valle): Why now?", "Elda Morvillo", None),
        ("QUESTION, Hadi Karroum, Sahel Wire: Will the crossing reopen?", "Hadi Karroum", "Sahel Wire"),
        ("QUESTION, Hadi Karroum, Balkans Wire: Will the crossing reopen?", "Hadi Karroum", "Balkans Wire"),
    ],
)
def test_entities_questioners_the_labelled_asker_is_a_person_whatever_the_ner_read(
    nlp: Language, text: str, asker: str, outlet: str | None
) -> None:
    """The NER reads the asker's name as a facility, a body or a town, and a word of the outlet as
    a region: the label's shape says a person asks for an outlet."""
    types = linked_types(nlp, text)
    assert types.get(asker) == {"Person"}, types
    if outlet is not None:
        assert types.get(outlet) == {"Organization"}, types
        assert "Balkans" not in types, types


def test_entities_questioners_a_dateline_naming_a_state_is_no_label(nlp: Language) -> None:
    types = linked_types(nlp, "ROME, Italy, Reuters: The talks ended without a deal.")
    assert types.get("Italy") == {"State"}, types


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (
            "QUESTION (ERNESTINA QUIRALTE VELA, CANAL SIERRA TV): How long will the soldiers stay?",
            "ERNESTINA QUIRALTE VELA",
        ),
        (
            "QUESTION, ERNESTINA QUIRALTE, DIARIO EL FARO: How long will the soldiers stay in the north?",
            "ERNESTINA QUIRALTE",
        ),
        ("QUESTION, MATIAS ORELLANO, CANAL NUEVE: Are you considering closing the crossing?", "MATIAS ORELLANO"),
    ],
)
def test_entities_questioners_a_label_in_capitals_names_its_asker(nlp: Language, text: str, asker: str) -> None:
    """A question's label written all in capitals: the NER reads no name there, or the outlet as one."""
    types = linked_types(nlp, text)
    assert types.get(asker) == {"Person"}, types
    assert all(t != {"Person"} for name, t in types.items() if name != asker), types
