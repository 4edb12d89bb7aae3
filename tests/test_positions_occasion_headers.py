"""A header naming an occasion "of" its speaker gives the office after "of"; a short rank after a
spokesperson's title is no part of it.

"PRESS BRIEFING OF PRESS SECRETARY X" reads like "PRESS BRIEFING BY ...": the title starts after
the occasion's "of". "SPOKESPERSON INSP. X" and "spokesperson Col. Y" hold the spokesperson's
office; the abbreviated rank is how they are addressed. Invented texts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add(p.title)
    return out


@pytest.mark.parametrize(
    "header",
    [
        "PRESS BRIEFING OF PRESS SECRETARY MIRELA DUNMORE",
        "TRANSCRIPT OF THE PRESS CONFERENCE OF PRESS SECRETARY MIRELA DUNMORE",
    ],
)
def test_positions_occasion_of_an_office_holder(nlp: Language, header: str) -> None:
    text = (
        f"{header}\n\n"
        "SEC. DUNMORE: Good morning. The harbour at Lowmarsh is closed until Friday.\n\n"
        "QUESTION: Why?\n\n"
        "SEC. DUNMORE: The storm damaged the quay.\n"
    )
    assert _titles(nlp, text).get("person/mirela-dunmore") == {"Press Secretary"}


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR POLICE SPOKESPERSON INSP. IDRIS CALLOWAY\n\nThe harbour is closed until Friday.",
        "The harbour police spokesperson Col. Idris Calloway said the harbour was closed.",
    ],
)
def test_positions_short_rank_after_spokesperson_is_no_part_of_the_office(nlp: Language, text: str) -> None:
    assert _titles(nlp, text).get("person/idris-calloway") == {"Spokesperson"}
