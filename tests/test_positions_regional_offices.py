"""A regional office "of" a name the tables read as a town is held in the town's state, not the town.

"The Regional Governor of X" names a region's office; where the gazetteer knows X as a town, the
state it lies in is surer than the town. "The Mayor of X" stays the town's. Invented sentences
through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _posts(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    "text",
    [
        "Trucks queued in Varna on Monday. The Regional Governor of Varna, Stoyan Kirilov, said that Bulgaria "
        "had closed no crossing.",
        "Trucks queued in Burgas on Monday. The Regional Governor of Burgas, Stoyan Kirilov, said that Bulgaria "
        "had closed no crossing.",
    ],
)
def test_positions_regional_office_of_a_town_is_in_its_state(nlp: Language, text: str) -> None:
    assert _posts(nlp, text) == {("person/stoyan-kirilov", "state/BG")}


def test_positions_mayor_of_a_town_stays_the_towns(nlp: Language) -> None:
    text = "Officials in Cusco met on Monday. The Mayor of Cusco, Rosa Huaman Tito, said Peru would send more police."
    assert _posts(nlp, text) == {("person/rosa-huaman-tito", "settlement/cusco")}
