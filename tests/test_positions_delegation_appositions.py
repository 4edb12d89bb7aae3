"""A delegation's leader given as "NAME, OFFICE" after a form of address, in the gapped clause of a joint statement.

Invented sentences through the real model, in a release one side's ministry publishes: "and the Z
delegation by H.E. Dr. V, Minister of W" puts V's office in Z's state, not the publisher's,
whether the office comes before the name or is set off after it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        (
            "The Governments of Finland and Estonia met in Narva on Monday. The Finnish side's delegation was headed "
            "by Hon. Jarek Volmo Tadde, Minister of Water and Forests, and the Estonian delegation by H.E. Dr. Selma "
            "Orrin-Kavu, Minister of Ports and Coastal Works.",
            "Foreign Ministry of Finland",
            ("person/selma-orrin-kavu", "state/EE", "state/FI"),
        ),
        (
            "Talks between Chile and Peru opened in Arica on Tuesday. The Peruvian delegation was headed by Ivo "
            "Pellar Quist, Minister of the Interior, and the Chilean delegation by Hon. Ruta Venn Halloway, Minister "
            "of Labour and Pensions.",
            "Ministry of the Interior of Peru",
            ("person/ruta-venn-halloway", "state/CL", "state/PE"),
        ),
    ],
)
def test_positions_delegation_appositions_hold_office_in_the_side_led(
    nlp: Language, text: str, publisher: str, want: tuple[str, str, str]
) -> None:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    holder, state, publishers = want
    assert (holder, state) in got, got
    assert (holder, publishers) not in got
