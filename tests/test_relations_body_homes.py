"""A state's body named by its own name alone ("the Civil Protection Unit", "the Electoral Appeals
Court") is part of the state the text is plainly about, or of the state its name evokes; bodies
above states and bodies of stories about two states are left without one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
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
