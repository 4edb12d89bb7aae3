"""Names the NER cut in two are joined again (kg.nlp.joins); the parts are set by hand here."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.nlp.joins import join_names


def _joined(words: str, parts: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in parts]
    return [(e.text, e.label_) for e in join_names(doc)]


@pytest.mark.parametrize(
    ("words", "parts", "name"),
    [
        ("the envoy , Velina Marsk Odegaard , said", [(3, 4, "GPE"), (4, 6, "PERSON")], "Velina Marsk Odegaard"),
        ("Orvanka Kellner told reporters", [(0, 1, "LOC"), (1, 2, "PERSON")], "Orvanka Kellner"),
    ],
)
def test_joins_given_name_read_as_a_place_joins_the_name(words: str, parts: list, name: str) -> None:
    assert (name, "PERSON") in _joined(words, parts)


def test_joins_state_before_a_name_stays_a_state() -> None:
    joined = _joined("Norway Jan Roe said", [(0, 1, "GPE"), (1, 3, "PERSON")])
    assert joined == [("Norway", "GPE"), ("Jan Roe", "PERSON")]
