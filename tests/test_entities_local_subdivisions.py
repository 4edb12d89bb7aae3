"""A municipality ISO 3166-2 lists under its town's name, which GeoNames' town table lacks, is the
town; the same name after "municipalities" in a state that calls its provinces so stays a region
(invented sentences with real names through the real model)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language

from kg.lexicon.gazetteer import local_subdivision


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police stopped 30 migrants near Berane on Sunday, the Montenegrin police said.", ("Berane",)),
        ("Officers caught a group of migrants by the river near Kočevje, the Slovenian police said.", ("Kočevje",)),
        ("Voters queued for hours in Kolašin and Mojkovac, the Montenegrin observers said.", ("Kolašin", "Mojkovac")),
    ],
)
def test_entities_local_subdivisions_are_towns(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    typed = kg_entity_types(nlp, text)
    assert [typed.get(n) for n in names] == ["Settlement"] * len(names)


def test_entities_local_subdivisions_named_as_municipalities_stay_regions(nlp: Language) -> None:
    text = "Turnout fell in the municipalities of Ainaro and Manufahi, Timor-Leste's election body said."
    typed = kg_entity_types(nlp, text)
    assert (typed.get("Ainaro"), typed.get("Manufahi")) == ("Region", "Region")


def test_entities_local_subdivisions_only_the_town_level() -> None:
    """A parish or a county is no town's level: Caribbean parishes stay regions."""
    assert local_subdivision("Berane")
    assert not local_subdivision("Saint Philip")
