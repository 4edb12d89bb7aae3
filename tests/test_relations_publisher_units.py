"""A force's own release names its units alone ("the Rapid Response Unit", "the Logistics
Command", "the Engineer Regiment", "the Police Forensic Directorate"): each is part of the police
force, army or defence force that publishes the text, a publisher's name split at a comma or a
spaced dash. A directorate that does not name the force's kind is a body of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _body_parts(nlp: Language, text: str, publisher: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {(r.subject, r.object) for r in found if r.predicate == "partOf" and r.object.startswith("agency/")}


@pytest.mark.parametrize(
    ("publisher", "text", "expected"),
    [
        (
            "Uganda Police Force",
            "Officers from the Rapid Response Unit held four men at a roadblock outside Mbarara, in western Uganda, "
            "on Friday night, the Uganda Police Force said. The suspects were handed to the Police Forensic "
            "Directorate.",
            {
                ("agency/rapid-response-unit-uganda", "agency/police-uganda"),
                ("agency/police-forensic-directorate-uganda", "agency/police-uganda"),
            },
        ),
        (
            "Zambia Army - Public Relations Desk",
            "The Zambia Army has sent two companies of soldiers towards the lake. The Southern Military "
            "Region said the troops reached the lake shore on Monday, and the Logistics Command flew in food "
            "and tents.",
            {
                ("agency/southern-military-region", "agency/army-zambia"),
                ("agency/logistics-command-zambia", "agency/army-zambia"),
            },
        ),
        (
            "Kenya Defence Forces",
            "A helicopter of the Air Wing lifted nine villagers from the flooded Tana valley on Tuesday. The Kenya "
            "Defence Forces said the Engineer Regiment would rebuild two bridges.",
            {("agency/engineer-regiment-kenya", "agency/kenya-defence-forces")},
        ),
    ],
)
def test_relations_publisher_units_a_forces_units_are_part_of_the_publishing_force(
    nlp: Language, publisher: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _body_parts(nlp, text, publisher)


def test_relations_publisher_units_need_the_force_as_publisher(nlp: Language) -> None:
    """The same units in an outlet's story belong to no force the text did not publish."""
    text = (
        "Officers from the Rapid Response Unit held four men at a roadblock outside Mbarara on Friday night, "
        "the Uganda Police Force said."
    )
    assert not _body_parts(nlp, text, "Kampala Evening Courier")


def test_relations_publisher_units_a_directorate_of_another_kind_is_no_unit(nlp: Language) -> None:
    text = (
        "The suspects, held near Mbarara in western Uganda, were handed to the Police Forensic Directorate, "
        "and their papers to the Land Titles Directorate, the Uganda Police Force said."
    )
    parts = _body_parts(nlp, text, "Uganda Police Force")
    assert ("agency/police-forensic-directorate-uganda", "agency/police-uganda") in parts
    assert not any(s == "agency/land-titles-directorate-uganda" for s, _ in parts)


@pytest.mark.parametrize(
    ("publisher", "text", "unit", "force"),
    [
        (
            "Ghana Highway Police Service, Accra",
            "A lorry carrying stolen timber was stopped outside Kessapa on Tuesday by the Tactical Response Unit. "
            "The Ghana Highway Police Service said the driver had been charged.",
            "agency/tactical-response-unit-ghana",
            "agency/ghana-highway-police-service",
        ),
        (
            "Mauritius Coastal Police Service (media statement)",
            "Officers of the Tactical Response Unit detained a van driver near Mahebourg on Sunday, the Mauritius "
            "Coastal Police Service said, and asked witnesses to come forward.",
            "agency/tactical-response-unit-mauritius",
            "agency/mauritius-coastal-police-service",
        ),
    ],
)
def test_relations_publisher_units_a_police_service_publishes_for_its_units(
    nlp: Language, publisher: str, text: str, unit: str, force: str
) -> None:
    """A force that calls itself a service or an authority after its kind ("the X Police Service")
    owns its units as one named a force does."""
    assert (unit, force) in _body_parts(nlp, text, publisher)


def test_relations_publisher_units_a_commission_over_a_force_is_no_force(nlp: Language) -> None:
    text = (
        "Officers of the Tactical Response Unit detained a van driver near Mahebourg on Sunday, the Mauritius "
        "Police Service Commission said."
    )
    assert not _body_parts(nlp, text, "Mauritius Police Service Commission")
