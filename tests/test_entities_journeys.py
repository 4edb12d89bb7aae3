"""Places named as where a journey goes: "retreated through X", "a journey through X".

Prose beyond news (histories, biographies, travel guides) sends armies, pilgrims and travellers
through places the gazetteers lack; the NER then reads the unknown name as a person or a body.
A verb of a journey, or a noun of one, before "to", "from" or "through" makes the name a place.
Every sentence and name here is invented, two or more wordings per class.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Beaten at the ford, the rebels retreated through Halvask and regrouped in the hills.", ["Halvask"]),
        ("The defeated regiment marched through Tolvany and Greddon before the snows.", ["Tolvany", "Greddon"]),
    ],
)
def test_entities_journeys_verb_of_a_journey_makes_a_place(nlp: Language, text: str, names: list[str]) -> None:
    ents = _run(nlp, text)
    for name in names:
        assert name in ents and ents[name].type == "Settlement", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her journey through Durnholt took three weeks.", "Durnholt"),
        ("In 1802 he set out on an expedition from Pellwick with two guides.", "Pellwick"),
    ],
)
def test_entities_journeys_noun_of_a_journey_makes_a_place(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Settlement", sorted((e.name, e.type) for e in ents.values())
