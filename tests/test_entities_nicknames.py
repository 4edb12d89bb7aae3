"""A nickname in quotes inside a name ('Mr Jo "Bingo" Roe') is no part of the person's name.

Invented sentences through the real model, which stops the name at the quote (keeping the given
name alone, the surname as a body, or nothing): the words either side are one person, named
without the nickname.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _persons(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    return {e.name for e in find_entities(nlp(text), article) if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The lorry belonged to Mr Kwabena "Bra Kobby" Osei-Tutu, a trader from the coast.', "Kwabena Osei-Tutu"),
        ('Her brother, Mr Ferenc "Feri" Bodnar Szalay, left the boat last.', "Ferenc Bodnar Szalay"),
        (
            'The stall by the pier was run by Ms Nadege "Maman Nadou" Mebale-Otsaghe until the storm.',
            "Nadege Mebale-Otsaghe",
        ),
    ],
)
def test_entities_nickname_left_out_of_the_name(nlp: Language, text: str, name: str) -> None:
    assert _persons(nlp, text) == {name}
