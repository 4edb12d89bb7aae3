"""A bracketed short form after "<Organ> of the <Body>" that contracts the body's name, not the organ's.

Communiqués name an organ of a bloc in full, then the bloc's short form in brackets: "the Council
of Ministers of the Coastal Fisheries Union (CFU)". The short form, spelled by the first letters
of the bloc's words ("CU", "COFU"), names the bloc; the organ stays its own body. Invented
names through the real model, with a near miss whose short form is the whole name's.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _entities(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    article = Article(id="t", text=text, source="test", published=date(2026, 4, 14))
    return {e.name: e.aliases for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "The Council of Ministers of the Coastal Fisheries Union (CFU) met in Reykjavik on Monday. "
            "The CFU said quotas would fall.",
            "Coastal Fisheries Union",
            "CFU",
        ),
        (
            "The Conference of Heads of State of the Northern Lakes Community (NORLACOM) met in Antananarivo. "
            "NORLACOM leaders agreed on a common visa.",
            "Northern Lakes Community",
            "NORLACOM",
        ),
    ],
)
def test_entities_organ_acronyms_name_the_bloc(nlp: Language, text: str, body: str, short: str) -> None:
    found = _entities(nlp, text)
    assert short in found.get(body, ())
    assert not any(short in aliases for name, aliases in found.items() if name != body)


def test_entities_organ_acronyms_of_the_whole_name_stay(nlp: Language) -> None:
    found = _entities(nlp, "The Southern Border Agency (SBA) said on Monday that 300 people crossed.")
    assert "SBA" in found.get("Southern Border Agency", ())
