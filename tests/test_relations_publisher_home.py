"""Whose bodies a release names when its headline and its most-named state are the other side.

A readout of a visit or a call is headlined with the visitor ("Ruritanian minister calls on the
Prime Minister") and names the visiting state more often than its own; the publisher's name
("Office of the Prime Minister, Norland") says whose departments it speaks of. A publisher that
names no state of the text leaves the text's other clues to decide.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article

_READOUT = (
    "Argentine Foreign Minister visits Santiago\n\n"
    "Press release\n\n"
    "Argentina's Foreign Minister, Lucia Ferrando, was received by her Chilean colleague on Monday. "
    "Argentina and its partners discussed trade in the Andes, and Argentina offered to host the next round.\n\n"
    "According to the Directorate of Civil Aviation, flights between the two capitals rose by a fifth in May.\n"
)

_CALL = (
    "Minister speaks with German counterpart\n\n"
    "On Tuesday the Minister held a telephone call with Germany's minister for infrastructure, Greta "
    "Vollmer. Germany has asked for a joint study of the ferry routes, and Germany will send experts in June.\n\n"
    "Queues on the Danish side were long in May. Engineers of the Public Roads Authority will add a second "
    "lane at the crossing this summer.\n"
)


def _owner(nlp: Language, text: str, publisher: str | None, body: str) -> str | None:
    """The state the body whose key holds ``body`` is part of."""
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    relations = find_relations(doc, article, find_entities(doc, article))
    return next(
        (
            r.object
            for r in relations
            if r.predicate == "partOf" and body in r.subject and r.object.startswith("state/")
        ),
        None,
    )


@pytest.mark.parametrize(
    ("text", "publisher", "body", "home"),
    [
        (_READOUT, "Ministry of Foreign Affairs, Chile (press release)", "civil-aviation", "state/CL"),
        (_CALL, "Danish Ministry of Transport", "public-roads-authority", "state/DK"),
    ],
)
def test_publisher_home_owns_the_release_bodies(nlp: Language, text: str, publisher: str, body: str, home: str) -> None:
    assert _owner(nlp, text, publisher, body) == home


@pytest.mark.parametrize(
    ("text", "body", "other"),
    [(_READOUT, "civil-aviation", "state/AR"), (_CALL, "public-roads-authority", "state/DE")],
)
def test_publisher_home_outlet_without_state_changes_nothing(nlp: Language, text: str, body: str, other: str) -> None:
    assert _owner(nlp, text, "Evening Wire", body) == other
