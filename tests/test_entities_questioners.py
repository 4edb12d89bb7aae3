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
            "MODERATOR: Next question.\nQUESTION (Ilse Vandermolen, Radio Lago Nord): Minister, how many troops?",
            "Ilse Vandermolen",
            "Radio Lago Nord",
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
