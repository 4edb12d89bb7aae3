"""Crossings ranked after the one a copula names ("The busiest crossing was X, followed by Y with
900 and Z") are crossings too; and a state whose own body tells the story is its home side."""

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
    ("text", "names"),
    [
        (
            "Moldova's border police said on Sunday that traffic into Moldova from Romania had grown. "
            "The busiest border crossing was Velkobor, where 9,100 people entered Moldova, "
            "followed by Tarnik with 4,300 and Dolnavka with 2,100.",
            ("Velkobor", "Tarnik", "Dolnavka"),
        ),
        (
            "Lorries waited for hours at the border between Slovakia and Hungary on Friday. "
            "The busiest crossing point was Kresno, followed by Varodin, Pelcko and Durvask.",
            ("Kresno", "Varodin", "Pelcko", "Durvask"),
        ),
        (
            "Romania's border police said 31,000 people entered Romania from Moldova at the weekend. The busiest "
            "was the Velkobor crossing point in Vaslui County, where 2,940 persons entered, followed by Tarnik in "
            "Iasi County and Dolnavka in Galati County.",
            ("Velkobor", "Tarnik", "Dolnavka"),
        ),
    ],
)
def test_relations_ranked_crossings_are_checkpoints_on_the_border(
    nlp: Language, text: str, names: tuple[str, ...]
) -> None:
    """Every name of the ranking is a checkpoint, and connects the two states of the story."""
    types, sides = _read(nlp, text)
    assert {n: types.get(n) for n in names} == dict.fromkeys(names, "Checkpoint")
    states = next(iter(sides.values()))
    assert len(states) == 2
    assert all(sides.get(f"checkpoint/{n.lower()}") == states for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Moldova's Ministry of Internal Affairs said on Monday that the Velkobor border crossing was closed "
        "until further notice. Lorries bound for Romania were turned back.",
        "The Velkobor border crossing will stay shut this week, Moldova's border police said, "
        "after a bridge on the road from Romania was damaged.",
    ],
)
def test_relations_a_state_whose_body_speaks_is_the_home_side(nlp: Language, text: str) -> None:
    """Named once each, the state whose own body reports the closure is the near side of the
    crossing, and the neighbour the story names the far side."""
    _, sides = _read(nlp, text)
    assert sides.get("checkpoint/velkobor") == {"state/MD", "state/RO"}
