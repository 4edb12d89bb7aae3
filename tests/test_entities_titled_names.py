"""Names of three words after a title: invented sentences through the real model.

Class: a given name and two surnames after a title ("Mayor X Y Z", "Minister of the Interior X Y Z")
that the model misses, cuts to the given name, or reads as a town when the last surname is one.
The title settles the name; a later "Y Z" is the same person.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Alba Ledesma Cuenca opened the new clinic in the district.", "Alba Ledesma Cuenca"),
        ("Judge Ramona Paredes Toledo read the verdict on Friday.", "Ramona Paredes Toledo"),
        (
            "Minister of the Interior Ines Olmedo Segovia travelled to the coast on Tuesday.",
            "Ines Olmedo Segovia",
        ),
    ],
)
def test_entities_titled_names_three_words_after_a_title(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert not {"Alba", "Ramona", "Ines", "Toledo", "Cuenca", "Segovia"} & set(types)


def test_entities_titled_names_two_surnames_repeated(nlp: Language) -> None:
    """The later "Y Z" joins the person, not a town called Z."""
    doc = nlp("Mayor Alba Ledesma Cuenca opened the clinic. Ledesma Cuenca said the wing would open in May.")
    keys = {link.text: link.key for link in link_mentions(doc)}
    assert keys["Alba Ledesma Cuenca"].startswith("person/")
    assert keys.get("Ledesma Cuenca", keys["Alba Ledesma Cuenca"]).startswith("person/")
    assert "Cuenca" not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Minister Visits Flooded Border Towns\n\nThe minister arrived on Monday.",
        "President Jo Varn met Secretary of State Lio Marr in Tarnville on Tuesday.",
    ],
)
def test_entities_titled_names_leave_headlines_and_short_names(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert "Visits Flooded Border Towns" not in types
    assert "Flooded Border Towns" not in types
    if "Jo Varn" in text:
        assert types.get("Jo Varn") == {"Person"} and types.get("Lio Marr") == {"Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The delegation was led by Mr. Ramon Ekua Obiang Ndong, who met the governor.", "Ramon Ekua Obiang Ndong"),
        ("A wreath was laid by Madam Ilinca Ekua Obiang Ndong at the memorial.", "Ilinca Ekua Obiang Ndong"),
    ],
)
def test_entities_titled_names_a_long_name_after_a_courtesy_title_is_whole(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


def test_entities_titled_names_a_two_word_name_after_a_courtesy_title_stays(nlp: Language) -> None:
    assert linked_types(nlp, "Mr. Jo Ravel said the talks went well.").get("Jo Ravel") == {"Person"}
