"""A road or railway named after its two ends names two places: "the Tarvo-Melnik road".

Invented sentences through the real model: the NER reads the joined pair as one body, or misses
it; each end is a place (a town where the tables know nothing). Combining forms and compass
words before a hyphen name no end.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Police closed the Tarvo-Melnik road to lorries on Friday.", ("Tarvo", "Melnik")),
        ("Trucks were stopped on the Kessaru-Ombadi highway near the border.", ("Kessaru", "Ombadi")),
        ("The Vellimbo-Saruto railway reopened after the floods.", ("Vellimbo", "Saruto")),
    ],
)
def test_entities_route_ends_each_end_is_a_town(nlp: Language, text: str, ends: tuple[str, str]) -> None:
    typed = kg_entity_types(nlp, text)
    assert [typed.get(e) for e in ends] == ["Settlement", "Settlement"]
    assert "-".join(ends) not in typed


def test_entities_route_ends_a_compass_word_names_no_end(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Lorries queued on the North-South corridor for a day.")
    assert typed.get("North") is None
