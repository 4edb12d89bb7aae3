"""A rank alone before a name is how the text gives the holder: "Lance Corporal X", "Private Y".

The small model misses names after enlisted ranks, or reads rank and name as one body; the rank
makes the words after it a person (:mod:`kg.nlp.ranked_names`), and with no office given the
rank is the position, held in the force the text names after the name or in its state. Every
name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _read(nlp: Language, text: str) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    persons = {e.key for e in entities if e.type == "Person"}
    return persons, {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, entities)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lance Corporal Anselm Drayke of the Gabon Armed Forces was wounded near Franceville.",
            ("person/anselm-drayke", "Lance Corporal", "agency/armed-forces-gabon"),
        ),
        (
            "Sergeant Anselm Drayke of the Gabon Armed Forces was wounded near Franceville.",
            ("person/anselm-drayke", "Sergeant", "agency/armed-forces-gabon"),
        ),
        (
            "During the clash, First Sergeant Tobiah Wrenfield of the Gabon Armed Forces was killed.",
            ("person/tobiah-wrenfield", "First Sergeant", "agency/armed-forces-gabon"),
        ),
        (
            "Two soldiers, Corporal Anselm Drayke and Private Tobiah Wrenfield, were wounded in Gabon on Monday.",
            ("person/tobiah-wrenfield", "Private", "state/GA"),
        ),
    ],
)
def test_positions_rank_alone_is_the_holders_position(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    persons, positions = _read(nlp, text)
    assert want[0] in persons
    assert want in positions


@pytest.mark.parametrize(
    "text",
    [
        "Cllr. Anselm Drayke said the market would reopen in Gabon on Monday.",
        "Private Sector Foundation members met in Gabon on Monday.",
    ],
)
def test_positions_address_and_adjective_are_no_rank(nlp: Language, text: str) -> None:
    _, positions = _read(nlp, text)
    assert not any(title in {"Cllr", "Private"} for _, title, _ in positions)
