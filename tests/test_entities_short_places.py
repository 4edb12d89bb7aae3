"""kg.extract.entities: a one-word short form of the text's longer place name is that place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _entities(nlp: Language, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    doc = nlp(text)
    return [(e.name, e.type, e.aliases) for e in find_entities(doc, Article(id="t", text=text, source="test"))]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Smugglers cross the Varenna River at night. Police patrol the Varenna by boat.", "Varenna River", "Varenna"),
        (
            "Ships wait outside the Dorvik Container Port. Goods unloaded at Dorvik go by rail.",
            "Dorvik Container Port",
            "Dorvik",
        ),
    ],
)
def test_entities_short_place_joins_the_full_name(nlp: Language, text: str, full: str, short: str) -> None:
    ents = _entities(nlp, text)
    assert any(name == full and short in aliases for name, _, aliases in ents)
    assert not any(name == short for name, _, _ in ents)


def test_entities_short_place_that_is_a_town_stays_the_town(nlp: Language) -> None:
    ents = _entities(nlp, "Flights left Nairobi Airport late. Traffic in Nairobi was heavy.")
    assert any(name == "Nairobi" and type_ == "Settlement" for name, type_, _ in ents)
