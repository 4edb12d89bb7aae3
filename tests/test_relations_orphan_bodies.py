"""A state's body named without its state, in a text published by a body of one state, is part of
that state; a body above states is not, nor is any body of a story that only names one state most."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.links import Linked
from kg.extract.orphan_bodies import place_orphan_bodies
from kg.extract.relation_spans import Found
from kg.extract.relations import find_relations
from kg.model import Article, Entity, Span

TALLINN = (
    "TALLINN - Estonia will send more staff to the eastern border, the government said on Monday. The Rescue "
    "Inspectorate for Border Areas said 40 people were evacuated from farms. Estonia has asked its neighbours for help."
)
CHISINAU = (
    "Briefing by the spokesperson of the Government of Moldova\n\nQ: What about the queues at the border?\n"
    "SPOKESPERSON: Moldova is working on it. The Directorate for Road Crossings has added staff, and Moldova "
    "will open a new lane next week."
)


def _parts(nlp: Language, text: str, publisher: str | None) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "partOf"}


@pytest.mark.parametrize(
    ("text", "publisher", "body", "state"),
    [
        (TALLINN, "Ministry of the Interior of Estonia", "agency/rescue-inspectorate-for-border-areas", "state/EE"),
        (CHISINAU, "Government of the Republic of Moldova", "agency/directorate-for-road-crossings", "state/MD"),
    ],
)
def test_relations_orphan_bodies_belong_to_the_publishers_state(
    nlp: Language, text: str, publisher: str, body: str, state: str
) -> None:
    assert (body, state) in _parts(nlp, text, publisher)


def test_relations_orphan_bodies_of_a_story_without_such_a_publisher_stay_unplaced(nlp: Language) -> None:
    assert not {(s, o) for s, o in _parts(nlp, TALLINN, "Evening Wire") if s.startswith("agency/rescue")}


@pytest.mark.parametrize(
    "name",
    ["International Rescue Inspectorate", "Benelux Rescue Office", "Interior Committee", "Kelo Rescue Board"],
)
def test_relations_orphan_bodies_above_states_committees_and_town_bodies_stay_unplaced(name: str) -> None:
    state = Linked(0, 7, "Estonia", "State", "state/EE", "Estonia")
    town = Entity("settlement/kelo", "Settlement", "Kelo", (Span(8, 12, "Kelo"),))
    body = Entity(f"agency/{name.lower().replace(' ', '-')}", "Agency", name, (Span(13, 13 + len(name), name),))
    found: Found = {}
    place_orphan_bodies((town, body), [state], found, "Ministry of the Interior of Estonia")
    assert not found


def test_relations_orphan_bodies_a_state_body_of_the_publisher_unit() -> None:
    state = Linked(0, 7, "Estonia", "State", "state/EE", "Estonia")
    body = Entity("agency/rescue-board", "Agency", "Rescue Board", (Span(8, 20, "Rescue Board"),))
    found: Found = {}
    place_orphan_bodies((body,), [state], found, "Ministry of the Interior of Estonia")
    assert ("agency/rescue-board", "partOf", "state/EE") in found
