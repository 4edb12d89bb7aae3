"""Names beside e-mail addresses: author blocks of papers, contact lines of releases.

Every sentence here is invented (names and addresses too), two or more wordings per class, so the
tests prove the class and not one phrasing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Jorun Haldvik j.haldvik@uni.no Tromsø Museum, Norway Petra Salvenko petra.salvenko@lib.no "
            "National Library of Norway",
            {"Jorun Haldvik", "Petra Salvenko"},
        ),
        (
            "Kaspar Mellin kmellin@mail.com University of Tartu, Estonia Liis Arvola Saar liis.saar@ut.ee",
            {"Kaspar Mellin", "Liis Arvola Saar"},
        ),
    ],
)
def test_entities_email_names_address_spells_a_person(nlp: Language, text: str, persons: set[str]) -> None:
    ents = _run(nlp, text)
    found = {e.name for e in ents.values() if e.type == "Person"}
    assert found == persons, sorted((e.name, e.type) for e in ents.values())
    assert not [n for n in ents if "@" in n], sorted(ents)


@pytest.mark.parametrize(
    "text",
    [
        "Write to the Tarn Valley Trust info@tarntrust.org for a copy of the report.",
        "Send questions to Norland press@gov.no before noon.",
    ],
)
def test_entities_email_names_unspelled_words_make_no_person(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type == "Person"], sorted((e.name, e.type) for e in ents.values())
