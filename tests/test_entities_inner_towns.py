"""Cities named inside the names of schools, libraries, airports and the like.

Every sentence here is invented (the institutions too; the cities are GeoNames cities that no
corpus text names), two or more wordings per class, so the tests prove the class and not one
phrasing.
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
    ("text", "whole", "city"),
    [
        ("She taught at Tampere Grammar School before she moved abroad.", "Tampere Grammar School", "Tampere"),
        ("He later lectured at the University of Graz on optics.", "University of Graz", "Graz"),
        ("Our plane landed at Brno Airport an hour late.", "Brno Airport", "Brno"),
        ("The books went to Utrecht University Library in 1950.", "Utrecht University Library", "Utrecht"),
    ],
)
def test_entities_inner_towns_city_inside_a_serving_name(nlp: Language, text: str, whole: str, city: str) -> None:
    ents = _run(nlp, text)
    assert whole in ents and ents[whole].type != "Settlement", sorted((e.name, e.type) for e in ents.values())
    assert city in ents and ents[city].type == "Settlement", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("He owns a shop on Leipzig Street near the old mill.", "Leipzig"),  # streets honour people as often
        ("She studied at Plovdiv State University until 1990.", "Plovdiv"),  # "X State": a longer place's name
        ("He taught at the Varnholm Grammar School for a decade.", "Varnholm"),  # no city GeoNames knows
    ],
)
def test_entities_inner_towns_no_city_from_other_names(nlp: Language, text: str, city: str) -> None:
    ents = _run(nlp, text)
    assert city not in ents, sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "whole", "city"),
    [
        (
            "Mirela Tansk mtansk@uni.nl Vrije Universiteit Nijmegen, the Netherlands",
            "Vrije Universiteit Nijmegen",
            "Nijmegen",
        ),
        ("She moved to the Technische Universiteit Tilburg in 2004.", "Technische Universiteit Tilburg", "Tilburg"),
    ],
)
def test_entities_inner_towns_city_after_a_foreign_institution_noun(
    nlp: Language, text: str, whole: str, city: str
) -> None:
    ents = _run(nlp, text)
    assert whole in ents and ents[whole].type == "Organization", sorted((e.name, e.type) for e in ents.values())
    assert city in ents and ents[city].type == "Settlement", sorted((e.name, e.type) for e in ents.values())
