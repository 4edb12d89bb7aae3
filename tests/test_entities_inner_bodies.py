"""A known body's name ending a longer name is a body of its own: "the National Security Council"
is no UN Security Council.

Invented sentences through the real model: the gazetteer matched the known name inside the
longer one, and the state's council became the international body.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The National Security Council of Tarnia met to weigh the closures.", "National Security Council"),
        ("The State Security Council met on Monday and extended the border checks.", "State Security Council"),
    ],
)
def test_entities_inner_bodies_are_no_known_body(nlp: Language, text: str, name: str) -> None:
    links = link_mentions(nlp(text))
    assert all("un-security-council" not in lk.key for lk in links)
    assert any(lk.text.startswith(name) and lk.type == "Agency" for lk in links)


def test_entities_inner_bodies_the_known_body_stays(nlp: Language) -> None:
    links = link_mentions(nlp("The UN Security Council met on Monday to discuss the border."))
    assert [lk.key for lk in links if lk.type == "Agency"] == ["agency/un-security-council"]
