"""A body named after a world region of several states, or by a continent's adjective, is no part
of the story's home state ("the Gulf Maritime Council" in a text filed from one member's capital)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.above_states import above_states
from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "home", "body"),
    [
        (
            "MUSCAT, 3 May 2026 - Oman and Qatar discussed the summit in Oman. The ministers prepared the Gulf "
            "Maritime Council meeting in December. Oman said so.",
            "state/OM",
            "agency/gulf-maritime-council",
        ),
        (
            "REYKJAVIK, 3 May 2026 - Iceland hosted the talks. Iceland and the Faroe Islands are members of the "
            "West Nordic Fisheries Council. Iceland said so.",
            "state/IS",
            "agency/west-nordic-fisheries-council",
        ),
        (
            "NAIROBI, 3 May 2026 - Kenya and Tanzania agreed to convene the Joint Boundary Commission in Nairobi "
            "in June. Kenya said the talks in Kenya went well.",
            "state/KE",
            "agency/joint-boundary-commission",
        ),
    ],
)
def test_relations_shared_bodies_have_no_home_state(nlp: Language, text: str, home: str, body: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert not [s for s, p, o in found if p == "partOf" and o == home and s.startswith("agency/")]
    assert body in {e.key for e in entities}


@pytest.mark.parametrize(
    ("name", "shared"),
    [
        ("Gulf Maritime Council", True),
        ("West Nordic Fisheries Council", True),
        ("Sahel Water Commission", True),
        ("Pan-African Border Commission", True),
        ("Joint Water Commission", True),
        ("Joint Operations Command", False),
        ("Crimea Police Directorate", False),
        ("National Prosecuting Authority", False),
    ],
)
def test_relations_shared_bodies_by_name(name: str, shared: bool) -> None:
    assert above_states(name.split()) is shared


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ministers of Georgia and Armenia met in Tbilisi on Monday for the yearly session of the Interstate "
            "Water Council. Georgia will chair the Interstate Water Council until March, the foreign ministry said.",
            "interstate-water-council",
        ),
        (
            "Moldova said on Tuesday that the Bilateral Border Council would meet in Chisinau. Moldova and Romania "
            "set up the council in 2023, and Moldova holds its chair this year.",
            "bilateral-border-council",
        ),
    ],
)
def test_relations_bodies_between_states_are_no_one_states(nlp: Language, text: str, body: str) -> None:
    """A body whose name says it stands between states ("Interstate", "Bilateral") is not made part of
    the state the text names most."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    assert not [r for r in found if r.predicate == "partOf" and body in r.subject], found
