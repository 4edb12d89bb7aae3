"""A body named with its owner after "of" keeps that form as a name ("the Armed Forces of the
Philippines"); a state's name of several words before a generic head makes the state's body, one
node with "the Army" later."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _read(nlp: Language, text: str) -> tuple[dict[str, tuple[str, ...]], set[tuple[str, str]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    parts = {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "partOf"}
    return {e.key: (e.name, *e.aliases) for e in entities}, parts


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Armed Forces of the Philippines will move two battalions north, officials said.",
            "Armed Forces of the Philippines",
        ),
        (
            "Officers of the National Police of the Gambia stopped 12 buses at the border on Friday.",
            "National Police of the Gambia",
        ),
    ],
)
def test_relations_force_names_keep_the_owner_as_written(nlp: Language, text: str, written: str) -> None:
    """The text's own "X of the Y" is one of the body's names."""
    names, _ = _read(nlp, text)
    assert any(written in forms for forms in names.values()), names


def test_relations_force_names_a_state_of_several_words_before_a_head(nlp: Language) -> None:
    """ "United States Army" and a later "the Army" in a long text about that state are one body of
    the state (the state's words before the head were read as a name of its own)."""
    filler = " ".join(f"Paragraph {n} tells of the training and the flights of that year." for n in range(12))
    text = (
        f"For nine years my brother trained recruits of the United States Army. {filler}\n\n"
        "The Army picked only a few officers a year for that course, the best in the United States."
    )
    names, parts = _read(nlp, text)
    forces = [k for k, forms in names.items() if any("Army" in f for f in forms)]
    assert forces == ["agency/army-united-states"], names
    assert ("agency/army-united-states", "state/US") in parts
