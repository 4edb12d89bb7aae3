"""A body sent for one task, named with a participle after it, gives its head an office: "the X
mission, headed by Mrs. Y, a former judge," and "the X delegation, led by Z,"; a body's short form
before the noun ("the ECOWAS mission") is the body named in full before. A past office in
apposition after the name ("a former judge") states none, and does not hide the participle's.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "The observer mission of the African Union, headed by Mrs. Wendelin Obasogie-Kraal, a former judge, "
            "described the vote as calm.",
            "person/wendelin-obasogie-kraal",
            "organization/african-union",
        ),
        (
            "The Economic Community of West African States (ECOWAS) sent observers to the count. The ECOWAS "
            "mission, headed by Mrs. Wendelin Obasogie-Kraal, a former judge, described the vote as calm.",
            "person/wendelin-obasogie-kraal",
            "organization/economic-community-of-west-african-states",
        ),
        (
            "The Gabonese delegation, headed by Dr. Osric Vellamont, left the talks on Monday.",
            "person/osric-vellamont",
            "state/GA",
        ),
        (
            "The OSCE mission, led by Ambrose Keddleton, a retired diplomat, arrived in the capital on Monday.",
            "person/ambrose-keddleton",
            "organization/osce",
        ),
    ],
)
def test_participle_after_a_mission_gives_its_head(nlp: Language, text: str, holder: str, post: str) -> None:
    title, held_in = _titles(nlp, text)[holder]
    assert title.startswith("Head of the")
    assert held_in == post


def test_participle_after_other_nouns_gives_no_office(nlp: Language) -> None:
    titles = _titles(nlp, "The march through the capital, led by Ambrose Keddleton, ended at noon on Monday.")
    assert "person/ambrose-keddleton" not in titles
