"""A state's body named by its own name alone ("the Civil Protection Unit", "the Electoral Appeals
Court") is part of the state the text is plainly about, or of the state its name evokes; bodies
above states and bodies of stories about two states are left without one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import _one_state_per_agency, find_relations
from kg.model import Article


def _owners(nlp: Language, text: str) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    names = {e.key: e.name for e in entities}
    out: dict[str, set[str]] = {}
    for r in find_relations(doc, article, entities):
        if r.predicate == "partOf" and r.subject.startswith("agency/"):
            out.setdefault(names[r.subject], set()).add(r.object)
    return out


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Floods cut two roads in Albania on Monday, and the government of Albania declared an emergency. "
            "The Civil Protection Unit sent boats to the villages.",
            "Civil Protection Unit",
            "state/AL",
        ),
        (
            "Namibia held a runoff on Sunday, and turnout in Namibia was high. "
            "The Electoral Appeals Court will hear two petitions next week.",
            "Electoral Appeals Court",
            "state/NA",
        ),
    ],
)
def test_relations_body_homes_state_of_the_story(nlp: Language, text: str, body: str, state: str) -> None:
    """The body belongs to the one state the text is about."""
    assert _owners(nlp, text).get(body) == {state}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Albania and Namibia signed the accord in Albania. "
            "The International Migration Commission welcomed it on Monday.",
            "International Migration Commission",
        ),
        (
            "Officials from Albania and Namibia met on Monday. The Civil Protection Unit sent boats to the villages.",
            "Civil Protection Unit",
        ),
    ],
)
def test_relations_body_homes_no_plain_state(nlp: Language, text: str, body: str) -> None:
    """A body above states, or one in a story of two states alike, gets no state."""
    assert body not in _owners(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chad asked for a ceasefire on Monday, and aid to Chad was cut. "
        "The Security Council will meet on Friday to hear the envoy.",
        "Fighting in Chad displaced 20,000 people, officials in Chad said. "
        "Diplomats from Chad told the Security Council that the camps were full.",
    ],
)
def test_relations_body_homes_no_state_for_the_security_council(nlp: Language, text: str) -> None:
    """The United Nations' Security Council is no body of the state a story is about."""
    assert not [body for body in _owners(nlp, text) if "Security Council" in body]


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Albania on Monday. Speaking for the members of the Council, the representative of Chad "
        "said aid must reach Albania.",
        "The Security Council heard the envoy. Addressing the Council, the ambassador of Peru asked for calm.",
    ],
)
def test_relations_body_homes_a_person_of_a_state_in_apposition_makes_no_part(nlp: Language, text: str) -> None:
    """ "the Council, the representative of Y": Y's official speaks to the body, which is no part of Y."""
    assert not any("Council" in body for body in _owners(nlp, text))


def test_relations_body_homes_a_body_of_each_state_is_its_own_node(nlp: Language) -> None:
    """Two stories' "Electoral Appeals Court" are two states' courts: two nodes, one state each."""
    keys = set()
    for state in ("Albania", "Namibia"):
        text = (
            f"{state} held a runoff on Sunday, and turnout in {state} was high. The Electoral Appeals Court will sit."
        )
        article = Article(id="t", text=text, source="test")
        keys |= {e.key for e in find_entities(nlp(text), article) if e.name == "Electoral Appeals Court"}
    assert len(keys) == 2


def test_relations_body_homes_one_state_per_body() -> None:
    """Where two rules give a body two states, the one its own name or context gave stays."""
    found = {
        ("agency/council-x", "partOf", "state/TD"): [1, 2],
        ("agency/council-x", "partOf", "state/GH"): [3],
        ("agency/board", "partOf", "state/TD"): [1],
        ("agency/board", "partOf", "state/GH"): [2, 3],
        ("agency/board", "partOf", "organization/un"): [4],
    }
    _one_state_per_agency(found, {"agency/council-x": "state/GH"})  # type: ignore[arg-type]
    assert sorted(found) == [
        ("agency/board", "partOf", "organization/un"),
        ("agency/board", "partOf", "state/GH"),
        ("agency/council-x", "partOf", "state/GH"),
    ]
