"""Crossings a copula names in the plural ("The busiest crossings were A and B") or with the name
as subject ("A is now the only crossing open"), crossings listed before "border checkpoints", and
several "on the border with Y" in one sentence, each for the crossings just before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _read(nlp: Language, text: str) -> tuple[dict[str, str], dict[str, set[str]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    sides: dict[str, set[str]] = {}
    for r in find_relations(doc, article, entities):
        if r.predicate == "connects":
            sides.setdefault(r.subject, set()).add(r.object)
    return {e.name: e.type for e in entities}, sides


@pytest.mark.parametrize(
    ("text", "names", "states"),
    [
        (
            "Croatia's border police checked 40,000 travellers last week. "
            "The busiest crossings were Velkobor and Dolna Vesk on the border with Slovenia.",
            ("Velkobor", "Dolna Vesk"),
            {"state/HR", "state/SI"},
        ),
        (
            "Traffic grew at the border between Latvia and Lithuania. "
            "The busiest border crossings were Kresno, Varodin and Pelcko.",
            ("Kresno", "Varodin", "Pelcko"),
            {"state/LV", "state/LT"},
        ),
    ],
)
def test_relations_crossings_a_plural_copula_lists(
    nlp: Language, text: str, names: tuple[str, ...], states: set[str]
) -> None:
    """Each name after "the busiest crossings were" is a checkpoint on the story's border."""
    types, sides = _read(nlp, text)
    assert {n: types.get(n) for n in names} == dict.fromkeys(names, "Checkpoint")
    assert all(sides.get(f"checkpoint/{n.lower().replace(' ', '-')}") == states for n in names)


@pytest.mark.parametrize(
    ("text", "name", "states"),
    [
        (
            "Some 60 people arrived from Norway last week. "
            "Kessel-Abad is now the only crossing open between Finland and Norway.",
            "Kessel-Abad",
            {"state/FI", "state/NO"},
        ),
        (
            "Lorries queued for two days on the border between Chile and Argentina. "
            "Durvask remains the main crossing point for freight.",
            "Durvask",
            {"state/CL", "state/AR"},
        ),
    ],
)
def test_relations_a_name_the_copula_calls_a_crossing(nlp: Language, text: str, name: str, states: set[str]) -> None:
    """ "X is the only crossing": the subject is a checkpoint (a hyphenated name whole)."""
    types, sides = _read(nlp, text)
    assert types.get(name) == "Checkpoint"
    assert sides.get(f"checkpoint/{name.lower()}") == states


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan and Tajikistan will reopen the Kessel-Abad and Durvask border checkpoints on Friday.",
        "On Monday Kyrgyzstan and Tajikistan closed the Kessel-Abad and Durvask border checkpoints to lorries.",
    ],
)
def test_relations_both_crossings_of_a_listed_pair_join_the_acting_states(nlp: Language, text: str) -> None:
    """The states that open or close "the A and B border checkpoints" are the sides of both."""
    types, sides = _read(nlp, text)
    assert types.get("Kessel-Abad") == types.get("Durvask") == "Checkpoint"
    assert sides.get("checkpoint/kessel-abad") == sides.get("checkpoint/durvask") == {"state/KG", "state/TJ"}


@pytest.mark.parametrize(
    "text",
    [
        "The busiest crossings were Velkobor and Dolna Vesk on the border with Slovenia "
        "and Tarnik near Kovalj on the border with Hungary.",
        "The busiest crossing points were Velkobor and Dolna Vesk on the border with Slovenia, "
        "and Tarnik on the border with Hungary.",
    ],
)
def test_relations_each_border_with_belongs_to_the_crossings_before_it(nlp: Language, text: str) -> None:
    """Two "on the border with Y" in one sentence: each crossing is on the first one after it."""
    types, sides = _read(nlp, text)
    assert {n: types.get(n) for n in ("Velkobor", "Dolna Vesk", "Tarnik")} == dict.fromkeys(
        ("Velkobor", "Dolna Vesk", "Tarnik"), "Checkpoint"
    )
    assert "state/HU" not in sides.get("checkpoint/velkobor", set()) | sides.get("checkpoint/dolna-vesk", set())
    assert "state/SI" in sides.get("checkpoint/velkobor", set()) & sides.get("checkpoint/dolna-vesk", set())
    assert sides.get("checkpoint/tarnik", set()) & {"state/SI", "state/HU"} == {"state/HU"}
