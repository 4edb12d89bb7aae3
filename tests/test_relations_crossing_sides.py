"""The sides and the place of a crossing from the words right after its name, and the near side a
report leaves out: "the X crossing between A and B", "the X crossing point in R County", "at the X
crossing on the border with Y" in a text about Z."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _found(nlp: Language, text: str, publisher: str | None = None) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "The Gorem crossing between Niger and Nigeria stays open, a spokesperson said.",
            "checkpoint/gorem",
            {"state/NE", "state/NG"},
        ),
        (
            "Aid passed through the Kabo crossing on Monday, and the Foro crossing between Niger and Nigeria reopened.",
            "checkpoint/foro",
            {"state/NE", "state/NG"},
        ),
    ],
)
def test_relations_crossing_sides_between_two_states(
    nlp: Language, text: str, checkpoint: str, states: set[str]
) -> None:
    """Only the crossing the "between" follows joins the pair."""
    found = _found(nlp, text)
    assert {o for s, p, o in found if s == checkpoint and p == "connects"} == states


@pytest.mark.parametrize(
    ("text", "located"),
    [
        (
            "Most traffic was recorded at the Oancea crossing point in Bihor County, while the Vlasca crossing "
            "point in Galati County was quiet.",
            {("checkpoint/oancea", "region/bihor-county"), ("checkpoint/vlasca", "region/galati-county")},
        ),
        (
            "Trucks queued at the Kapikule border post in Edirne Province and at the Ipsala border post in "
            "Kirklareli Province on Monday.",
            {("checkpoint/kapikule", "region/edirne"), ("checkpoint/ipsala", "region/kirklareli")},
        ),
    ],
)
def test_relations_crossing_sides_in_the_place_after_it(
    nlp: Language, text: str, located: set[tuple[str, str]]
) -> None:
    """With two crossings and two regions in one sentence, each lies in the one named right after it."""
    found = _found(nlp, text)
    assert {(s, o) for s, p, o in found if p == "locatedIn" and s.startswith("checkpoint/")} >= located


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "Romania reported stable traffic on Sunday. Romania's border police said buses queued for an hour "
            "at the Giurgiulesti crossing point on the border with Moldova.",
            "checkpoint/giurgiulesti",
            {"state/RO", "state/MD"},
        ),
        (
            "Serbia said buses would go on to Hungary through the Stone Gate crossing from next month. "
            "Serbia wants to be a corridor.",
            "checkpoint/stone-gate",
            {"state/RS", "state/HU"},
        ),
    ],
)
def test_relations_crossing_sides_near_side_is_the_texts_state(
    nlp: Language, text: str, checkpoint: str, states: set[str]
) -> None:
    """The far side named, the near side is the state the text is about, when the two border."""
    found = _found(nlp, text)
    assert {o for s, p, o in found if s == checkpoint and p == "connects"} == states


def test_relations_crossing_sides_no_near_side_across_the_world(nlp: Language) -> None:
    """A main state that does not border the far side is no side of the crossing."""
    text = (
        "Japan pledged new funds on Monday. Japan's envoy said aid to the Gorem crossing on the border with "
        "Sudan would double."
    )
    found = _found(nlp, text)
    assert ("checkpoint/gorem", "connects", "state/JP") not in found


@pytest.mark.parametrize(
    ("text", "publisher", "checkpoint", "states"),
    [
        (
            "Trucks from Armenia will continue to Azerbaijan through the Stone Gate crossing, the minister said. "
            "Armenia and Azerbaijan welcomed it, and Georgia is ready.",
            "Ministry of Foreign Affairs of Georgia",
            "checkpoint/stone-gate",
            {"state/GE", "state/AZ"},
        ),
        (
            "Traffic was heavy at the Giurgiulesti crossing point on the border with Moldova. Hungary and Ukraine "
            "reported quiet roads, and Romania is ready.",
            "The Romanian Border Police",
            "checkpoint/giurgiulesti",
            {"state/RO", "state/MD"},
        ),
    ],
)
def test_relations_crossing_sides_near_side_is_the_publishers_state(
    nlp: Language, text: str, publisher: str, checkpoint: str, states: set[str]
) -> None:
    """A report names its own state less than the others: its publisher says which it is."""
    found = _found(nlp, text, publisher)
    assert {o for s, p, o in found if s == checkpoint and p == "connects"} == states


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "About 900 Malian families fled into Niger last week, many of them through the Labbezanga crossing.",
            "checkpoint/labbezanga",
            {"state/ML", "state/NE"},
        ),
        (
            "Since May, some 3,000 Guinean refugees have crossed into Senegal, most of them through the "
            "Kalifourou border point.",
            "checkpoint/kalifourou",
            {"state/GN", "state/SN"},
        ),
    ],
)
def test_relations_crossing_sides_flow_through_part_of_the_crowd(
    nlp: Language, text: str, checkpoint: str, states: set[str]
) -> None:
    """ "fled into B, many of them through X": the flow's ends are X's sides, whatever "many" hangs on."""
    found = _found(nlp, text)
    assert {o for s, p, o in found if s == checkpoint and p == "connects"} == states
