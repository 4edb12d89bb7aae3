"""A name after "the mayor of", "the markets of", "residents of", after "off" (at sea beside
it) or at either end of a route ("the highway between X and Y") is a place, whatever the NER
guessed from its letters (`kg/nlp/locative.py`).

A person or a body has no mayor, markets or residents, nothing lies "off" one and no road runs
between two; the small model read such unknown town names as persons or bodies. Every sentence
and name is invented.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Shutting the border would hurt the merchants of Vardela and Kosmet, not the smugglers.",
            {"Vardela"},
        ),
        ("The closure would isolate the markets of Hallvik and Ternau, a trader said.", {"Hallvik", "Ternau"}),
        ("The mayor of Orvanik, Lena Holm, told reporters the crossing must reopen.", {"Orvanik"}),
    ],
)
def test_entities_town_nouns_make_their_of_object_a_place(nlp: Language, text: str, names: set[str]) -> None:
    types = linked_types(nlp, text)
    assert all(types.get(name) == {"Settlement"} for name in names), types
    assert types.get("Lena Holm", {"Person"}) == {"Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eleven people drowned off Vestrupa last month, the minister said.", "Vestrupa"),
        ("The coast guard said it intercepted two boats carrying 90 people off Ras Belmor on Sunday.", "Ras Belmor"),
    ],
)
def test_entities_town_nouns_what_lies_off_a_name_is_at_a_place(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Settlement"}


def test_entities_town_nouns_a_thing_sold_off_stays_a_body(nlp: Language) -> None:
    assert linked_types(nlp, "The board decided to sell off Norvik Telecom next year.").get("Norvik Telecom") == {
        "Organization"
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The highway between Tarvo and Kelmet is closed after a landslide overnight.", {"Tarvo", "Kelmet"}),
        ("The only road link between Dalsvik and the border town of Kerrin was cut.", {"Dalsvik"}),
        ("The ferry between Hallvik and Ternau runs twice a day.", {"Hallvik"}),
    ],
)
def test_entities_town_nouns_a_route_runs_between_places(nlp: Language, text: str, names: set[str]) -> None:
    types = linked_types(nlp, text)
    assert all(types.get(name) == {"Settlement"} for name in names), types
