"""River names written with "River" first, as British and Irish English writes them.

"the River X" is a river whatever the NER guessed from the name (often a body); "River" also
opens given names, so a name the NER reads as a person keeps that reading. Every sentence and
name here is invented, two or more wordings.
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
    ("text", "name"),
    [
        ("Anglers gather each spring along the banks of River Ossery, below the weir.", "River Ossery"),
        ("The old mill was built on the River Pellwick in 1834.", "River Pellwick"),
    ],
)
def test_entities_river_leads_river_first_is_a_place(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Place", sorted((e.name, e.type) for e in ents.values())


def test_entities_river_leads_given_name_stays_a_person(nlp: Language) -> None:
    ents = _run(nlp, "River Halvask played the lead in the film.")
    assert "River Halvask" in ents and ents["River Halvask"].type == "Person", sorted(ents)
