"""A "land port" or "road port" after a name is a border crossing for land traffic ("the Ostravin land
port will be closed for repairs", "the Dunmarek road port was shut on 23 January"), and a
closure there closes it.

Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.model import Article

PUB = date(2026, 6, 2)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the Ostravin land port will be closed from 17 to 19 June while its weighbridge is replaced.",
        "The Dunmarek road port was closed on 1 June because of a storm, the border authority said.",
    ],
)
def test_entities_land_ports_are_crossings_that_close(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test", published=PUB)
    doc = nlp(text)
    entities = find_entities(doc, article)
    ports = [e for e in entities if e.type == "Checkpoint"]
    assert len(ports) == 1
    closures = [e for e in find_events(doc, article, entities, ()) if e.type == "BorderClosure"]
    assert [c.target for c in closures] == [(ports[0].key,)]
