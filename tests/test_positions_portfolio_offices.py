"""A minister's office is told by its portfolio: a state's interior minister leaves its prime
minister's office free.

"Prime Minister X received the Prime Minister of Y" then "the Z-ian Minister of Defence, W": the
bare Prime Minister is Z's, not left without a state because Z already has "a minister".
Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "COPENHAGEN, Monday 4 May 2026 - Prime Minister Jorun Vellekoop-Aas received the Prime Minister of "
            "Estonia, Tiit Hallaste-Moor, for talks on ferry links. They agreed that the Danish Minister of "
            "Defence, Ilse Brandkjaer-Holm, and the Estonian Minister of Defence, Rein Kaljuvee-Saar, would meet.",
            "person/jorun-vellekoop-aas",
            "state/DK",
        ),
        (
            "Prime Minister Ondrej Malecky-Horn hosted the Prime Minister of Austria, Gerda Stollberger-Rein, in "
            "Prague. The Czech Interior Minister, Pavla Dvorakova-Senn, joined the talks on border checks.",
            "person/ondrej-malecky-horn",
            "state/CZ",
        ),
    ],
)
def test_positions_portfolio_offices_leave_the_head_of_government_free(
    nlp: Language, text: str, holder: str, state: str
) -> None:
    assert (holder, "Prime Minister", state) in _positions(nlp, text)
