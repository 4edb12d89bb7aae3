"""Online services, towns abroad and famous surnames: invented sentences through the real model.

Classes: a service's one-word name the model reads as a person or a town ("posted on X", "a post
on X"): an organization; a surname alone that GeoNames also knows as a small town (under 100,000
people) in a state the text does not name, while it names others ("under X", "wrote on Y"): the
person, not the town; a surname the lexicon also lists as a noun, opening a sentence as the
subject of a verb only people do ("X wrote"): a person.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor wrote in a post on Twitter that the road was shut.", "Twitter"),
        ("Harlo Venn posted on Twitter that the border was closed.", "Twitter"),
        ("In a post on Bluesky, the minister said the crossing would reopen.", "Bluesky"),
        ("The mayor posted on Weibo late on Monday.", "Weibo"),
    ],
)
def test_entities_services_named_where_people_post(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Organization"}


def test_entities_services_leave_people_and_towns(nlp: Language) -> None:
    """People met or relied on and towns fought in keep their reading."""
    types = linked_types(nlp, "The governor met Harlo Venn on Monday. Fighting was reported in Weibo on Monday.")
    assert types.get("Harlo Venn") == {"Person"}
    assert types.get("Weibo") == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students in Chile wrote essays on Pushkin for many weeks.", "Pushkin"),
        ("The debate in Peru began under Mandela and ended with his successor.", "Mandela"),
        ("The museum in Austria holds letters by Chekhov and his brother.", "Chekhov"),
    ],
)
def test_entities_services_surname_is_no_town_abroad(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


def test_entities_services_town_of_a_named_state_stays(nlp: Language) -> None:
    """The same word is the town where the text names its state, or names no state at all."""
    assert linked_types(nlp, "Ghana said the storm hit Mandela and nearby villages.").get("Mandela") == {"Settlement"}
    assert linked_types(nlp, "The storm hit Mandela and nearby villages.").get("Mandela") == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hegel wrote on history for many years.", "Hegel"),
        ("Darwin argued that species change. Turnout was high.", "Darwin"),
    ],
)
def test_entities_services_famous_surname_opening_a_sentence(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert "Turnout" not in types
