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
            "Namibian Police Force",
            "Officers of the Rapid Response Unit arrested four men at a roadblock outside Rundu on Friday night, "
            "the Namibian Police Force said. The suspects were handed to the Police Forensic Directorate.",
            {
                ("agency/rapid-response-unit-namibia", "agency/police-namibia"),
                ("agency/police-forensic-directorate-namibia", "agency/police-namibia"),
            },
        ),
        (
            "Zambia Army - Public Relations Desk",
            "The Zambia Army has sent two companies of soldiers to the eastern border. The Southern Military "
            "Region said the troops reached the lake shore on Monday, and the Logistics Command flew in food "
            "and tents.",
            {
                ("agency/southern-military-region", "agency/army-zambia"),
                ("agency/logistics-command-zambia", "agency/army-zambia"),
            },
        ),
        (
            "Botswana Defence Force",
            "A helicopter of the Air Wing lifted nine villagers from the flooded delta on Tuesday. The Botswana "
            "Defence Force said the Engineer Regiment would rebuild two bridges.",
            {("agency/engineer-regiment", "agency/botswana-defence-force")},
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
        "Officers of the Rapid Response Unit arrested four men at a roadblock outside Rundu on Friday night, "
        "the Namibian Police Force said."
    )
    assert not _body_parts(nlp, text, "Windhoek Evening Courier")


def test_relations_publisher_units_a_directorate_of_another_kind_is_no_unit(nlp: Language) -> None:
    text = (
        "The suspects were handed to the Police Forensic Directorate, and their papers to the Civil Registry "
        "Directorate, the Namibian Police Force said."
    )
    parts = _body_parts(nlp, text, "Namibian Police Force")
    assert ("agency/police-forensic-directorate-namibia", "agency/police-namibia") in parts
    assert not any(s == "agency/civil-registry-directorate-namibia" for s, _ in parts)
