"""kg.nlp.locative, kg.nlp.labels: names at the ends of journeys, services and deployments are places."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The night bus from Vellorin was cancelled.", "Vellorin"),
        ("The first flight to Tadunga left on Monday.", "Tadunga"),
        ("A patrol plane that set out from Morvadi shadowed the trawler.", "Morvadi"),
        ("By noon the convoy had turned round towards Santa Lucia de Arriba.", "Santa Lucia de Arriba"),
    ],
)
def test_entities_where_vehicles_run_and_travellers_set_out_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert (name, "Settlement") in found_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The army placed 150 soldiers between Loma de Tarsal and Restanza since Monday.",
            ("Loma de Tarsal", "Restanza"),
        ),
        ("Troops were deployed between Kessiva and Durnholt on Friday.", ("Kessiva", "Durnholt")),
    ],
)
def test_entities_names_troops_are_placed_between_are_places(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    ents = found_entities(nlp, text)
    assert all((name, "Settlement") in ents for name in names), ents


def test_entities_hyphenated_town_on_a_road_is_a_place(nlp: Language) -> None:
    text = "The road between Velmar-sur-Orne and Kessiva will remain closed until Friday."
    assert ("Velmar-sur-Orne", "Settlement") in found_entities(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He sent a letter to Mara Vell on Monday.",
        "The talks between Jonas Kell and Mara Vell ended without a deal.",
        "Her attitude towards Jonas Kell has changed.",
    ],
)
def test_entities_persons_at_the_end_of_a_path_stay_persons(nlp: Language, text: str) -> None:
    assert not any(type_ in {"Settlement", "Region"} for _, type_ in found_entities(nlp, text))
