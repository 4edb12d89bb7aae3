"""A bare office right after a sentence whose subject is a state speaks for that state.

Invented texts through the real model: "Tarnia has called for talks. Foreign Minister X said ..."
gave X the state of the dateline (the other side, often); the state acting in the sentence before,
in the same paragraph, is X's.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _posts(nlp: Language, text: str) -> dict[str, set[str | None]]:
    article = Article(id="t", text=text, source="test", published=date(2026, 3, 3))
    doc = nlp(text)
    out: dict[str, set[str | None]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add(p.post_in)
    return out


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "BANGKOK, 3 March 2026 - Shelling went on along the frontier overnight. Indonesia, which holds the "
            "bloc's rotating chair, urged the two governments to stop firing. Foreign Minister Bayu Wirasena told "
            "reporters that monitors could be sent within days if both capitals agreed.",
            "person/bayu-wirasena",
            "state/ID",
        ),
        (
            "HANOI, 3 March 2026 - Floods hit the north on Monday. Laos has asked for help with the evacuation of "
            "two provinces. Defence Minister Khamphet Vongsavath said the army would need boats and helicopters.",
            "person/khamphet-vongsavath",
            "state/LA",
        ),
    ],
)
def test_office_after_a_state_acting(nlp: Language, text: str, holder: str, state: str) -> None:
    assert _posts(nlp, text).get(holder) == {state}
