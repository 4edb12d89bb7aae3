"""A leader named bare beside one named "of Y" is Y's counterpart, not Y's: "President X called
Prime Minister Z of Y" leaves X's state to the rest of the text (never Y through the text's main state).

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_CALL = (
    "Readout of President Tomas Vereker's Call\n\n"
    "President Tomas Vereker said on Monday that {own}wanted closer trade ties. He later called Prime Minister "
    "Ana Kellberg of Portugal. The two leaders agreed to deepen cooperation on fisheries. Portugal will host the "
    "next meeting in Lisbon, and President Vereker accepted the invitation. Portugal has also offered help with "
    "port inspections."
)
_TALKS = (
    "Prime Minister Oskar Lindqvar held talks by telephone on Thursday{own}. Later in the day he called President "
    "Marta Quenby of Chile to discuss copper exports. Chile will send a trade mission in May, and Prime Minister "
    "Lindqvar welcomed the plan. Chile also proposed a new shipping route."
)


def _posts(nlp: Language, text: str) -> dict[str, str | None]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: p.post_in for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "other", "other_state"),
    [
        (_CALL.format(own="the government "), "person/tomas-vereker", "person/ana-kellberg", "state/PT"),
        (_TALKS.format(own=""), "person/oskar-lindqvar", "person/marta-quenby", "state/CL"),
    ],
)
def test_positions_leaders_bare_leader_not_in_the_counterpart_state(
    nlp: Language, text: str, holder: str, other: str, other_state: str
) -> None:
    posts = _posts(nlp, text)
    assert posts[other] == other_state
    assert holder in posts
    assert posts[holder] != other_state


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (_CALL.format(own="Latvia "), "person/tomas-vereker", "state/LV"),
        (_TALKS.format(own=" with the cabinet of Estonia"), "person/oskar-lindqvar", "state/EE"),
    ],
)
def test_positions_leaders_bare_leader_keeps_the_state_of_its_own_sentences(
    nlp: Language, text: str, holder: str, state: str
) -> None:
    assert _posts(nlp, text)[holder] == state
