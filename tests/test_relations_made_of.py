"""A body that says which states it is made of ("the X Force (XF), which includes soldiers from A,
B and C", "the X Commission, which comprises A, B and C") has them as members, and none of them
owns it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "body", "states"),
    [
        (
            "The Lake Basin Standby Force (LBSF), which includes troops from Chad, Niger and "
            "Cameroon, cleared two villages on Monday.",
            "agency/lake-basin-standby-force",
            {"state/TD", "state/NE", "state/CM"},
        ),
        (
            "Officers of the Joint Lake Patrol Force, which includes police units from Kenya, Uganda and "
            "Tanzania, seized two boats.",
            "agency/joint-lake-patrol-force",
            {"state/KE", "state/UG", "state/TZ"},
        ),
        (
            "The Southern Rivers Commission, which comprises Ghana, Togo and Benin, met in Accra on Monday.",
            "agency/southern-rivers-commission",
            {"state/GH", "state/TG", "state/BJ"},
        ),
    ],
)
def test_relations_made_of_states_are_members(nlp: Language, text: str, body: str, states: set[str]) -> None:
    """Each listed state is a member of the body, and the body is part of none of them."""
    found = _relations(nlp, text)
    members = {s for s, p, o in found if p == "memberOf" and o.startswith(body)}
    assert members == states, found
    assert not any(p == "partOf" and s.startswith(body) and o.startswith("state/") for s, p, o in found)


def test_relations_made_of_needs_the_body_right_before(nlp: Language) -> None:
    """A clause of its own ("..., the talks include Y") makes nobody a member."""
    text = "The Southern Rivers Commission met in Accra, and the talks include Togo and Benin, officials said."
    assert not any(p == "memberOf" for _, p, _ in _relations(nlp, text))
