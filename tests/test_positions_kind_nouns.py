"""An office "of the party", "of the province", "of the nation" is held in the one named before it.

Invented texts through the real model: "the treasurer of the party, X" after the party's name
read the party as part of the title and gave X the state; "the governor of the province, Y" after
the province's name gave Y the state across the border. The common noun stands for the last body
named with that head noun, or the last region or state named.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _posts(nlp: Language, text: str) -> dict[str, set[tuple[str, str | None]]]:
    article = Article(id="t", text=text, source="test", published=date(2026, 5, 4))
    doc = nlp(text)
    out: dict[str, set[tuple[str, str | None]]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add((p.title, p.post_in))
    return out


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "OSLO, 4 May 2026 - The Liberal Renewal Party elected a new leadership at its congress in Norway on "
            'Sunday. "We are ready for the autumn campaign," the chairwoman of the party, Halvard '
            "Mossberg, told delegates.",
            "person/halvard-mossberg",
            "renewal-party",
        ),
        (
            "Leaders of the Social Harmony Party gathered in Lima on Friday. Speaking after the meeting, the "
            "president of the party, Sunniva Brekke, said it would field candidates in every province of Peru.",
            "person/sunniva-brekke",
            "harmony-party",
        ),
    ],
)
def test_office_of_the_body_named_before(nlp: Language, text: str, holder: str, post: str) -> None:
    posts = _posts(nlp, text).get(holder, set())
    assert any(p is not None and p.endswith(post) for _, p in posts), posts


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Lorries stood in line for two days at the Chinese frontier of Kostanay Province in Kazakhstan. "
            "Extra customs staff are on their way, the governor of the province, Yerlan Tokbayev, told reporters.",
            "person/yerlan-tokbayev",
        ),
        (
            "Heavy rain closed roads across Pavlodar Region of Kazakhstan on Tuesday, while Russia sent rescue "
            'teams. "Every village has been reached," said the governor of the region, Ilsabet Orvena.',
            "person/ilsabet-orvena",
        ),
    ],
)
def test_office_of_the_region_named_before(nlp: Language, text: str, holder: str) -> None:
    posts = _posts(nlp, text).get(holder, set())
    assert any(p is not None and p.startswith("region/") for _, p in posts), posts
