"""Spanish-language forms of address abbreviated before a name ("Licda. X", "Ing. Y", "Dra. Z").

Invented sentences through the real model: before, the abbreviation's full stop ended the
sentence, the NER read the word as a person ("Licda") or a body, and the name after it lost its
first word or its office.
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
    persons = {e.name for e in entities if e.type == "Person"}
    return persons, {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, entities)}


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        (
            "The Minister of Labour of the Republic of Paraguay, Licda. Noemí Cardozo Villalba, opened the "
            "new office on Friday.",
            "Noemí Cardozo Villalba",
            ("person/noemi-cardozo-villalba", "state/PY"),
        ),
        (
            "The agreement was signed by the Minister of Public Works of Uruguay, Ing. Baltasar Olmedo Quintana, "
            "in the presence of the ambassador.",
            "Baltasar Olmedo Quintana",
            ("person/baltasar-olmedo-quintana", "state/UY"),
        ),
    ],
)
def test_address_abbreviation_before_a_name(nlp: Language, text: str, person: str, office: tuple[str, str]) -> None:
    persons, positions = _read(nlp, text)
    assert person in persons
    assert not persons & {"Licda", "Licda.", "Ing", "Ing."}
    assert office in {(h, p) for h, _, p in positions}


def test_address_abbreviation_keeps_the_whole_name(nlp: Language) -> None:
    persons, _ = _read(nlp, "The head of the port authority, Dra. Rebeca Aguirre Montiel, said the berths were full.")
    assert "Rebeca Aguirre Montiel" in persons
