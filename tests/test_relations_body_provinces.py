"""A body with a name of its own takes the state of the provinces its own sentence names, before
the state the story names most (a conflict's story often names the other side most)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _states(nlp: Language, text: str) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for r in find_relations(doc, article, find_entities(doc, article)):
        if r.predicate == "partOf" and r.object.startswith("state/"):
            out.setdefault(r.subject, set()).add(r.object)
    return out


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Cambodia said on Monday that shelling had hit two villages. Cambodia's defence ministry said the "
            "attacks had come from Thailand, and Cambodia called for talks. The Fourth Army Area says 9,000 "
            "residents of villages in Chanthaburi province have been moved to shelters.",
            "fourth-army-area",
            "state/TH",
        ),
        (
            "Laos said on Tuesday that floods had cut the main road to the border, and Laos asked Vietnam for "
            "help. The Eastern Border Command said families in Quang Tri province had been moved to schools. "
            "Laos said aid would arrive by Friday.",
            "eastern-border-command",
            "state/VN",
        ),
    ],
)
def test_relations_body_provinces_give_the_body_its_state(nlp: Language, text: str, body: str, state: str) -> None:
    """The body is part of the state its sentence's province lies in, not of the state named most."""
    states = _states(nlp, text)
    found = {o for s, objs in states.items() if s.startswith(f"agency/{body}") for o in objs}
    assert found == {state}, states


def test_relations_body_provinces_of_the_other_side_do_not_count(nlp: Language) -> None:
    """A province the body's people come "from" is the other side's: the story's state stays."""
    text = (
        "Laos said on Tuesday that traders had crossed the border, and Laos thanked Vietnam. The Eastern "
        "Border Command said 300 traders from Quang Tri province had been registered. Laos said the market "
        "would stay open."
    )
    states = _states(nlp, text)
    assert {o for s, objs in states.items() if s.startswith("agency/eastern-border-command") for o in objs} == {
        "state/LA"
    }, states
