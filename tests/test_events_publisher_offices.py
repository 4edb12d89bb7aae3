"""A release published by a body's office in a state, its publisher line naming the body and then
the state ("Lakeland Relief Agency Chile", "LRA Iceland (press release)"), is the body's: the
figures it states without a source are the body's (``kg:reportedBy``). A body the text ties to
another state ("Coast Guard Iceland" in a text about Chile's coast guard) is not the publisher,
nor is an outlet.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.event_source import publisher_key
from kg.extract.events import find_events
from kg.extract.index import EntityIndex
from kg.model import Article

#: A Thursday.
PUB = date(2026, 6, 11)

NAMES = {
    "Lakeland Relief Agency": ("agency/lakeland-relief-agency", "Agency"),
    "LRA": ("agency/lakeland-relief-agency", "Agency"),
    "Coast Guard": ("agency/coast-guard-chile", "Agency"),
    "Chile": ("state/CL", "State"),
    "Iceland": ("state/IS", "State"),
}
TEXT = "The LRA counted. The Lakeland Relief Agency helped. The Coast Guard said so. Iceland and Chile."


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Lakeland Relief Agency Chile", "agency/lakeland-relief-agency"),
        ("LRA Iceland (invented press release)", "agency/lakeland-relief-agency"),
        ("Coast Guard Chile", "agency/coast-guard-chile"),
        ("Coast Guard Iceland", None),
        ("Daily Planet Chile", None),
    ],
)
def test_events_publisher_office_in_a_state_is_the_body(line: str, key: str | None) -> None:
    assert publisher_key(line, EntityIndex(entities_named(TEXT, NAMES))) == key


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeland Relief Agency is assisting new arrivals on the coast. Some 1,840 refugees have "
        "arrived in Chile from Iceland since 1 May, most of them by boat.",
        "LRA staff are at the landing sites. In the week to Sunday, 1,840 people crossed from Iceland "
        "into Chile, twice as many as a week earlier.",
    ],
)
def test_events_office_release_credits_its_figures_to_the_body(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test", published=PUB, publisher="Lakeland Relief Agency Chile")
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    (flow,) = [e for e in events if e.type == "BorderCrossing" and e.count == 1840]
    assert flow.reported_by == ("agency/lakeland-relief-agency",)


#: A text naming its bodies without their state ("the Police Information Bureau") or without the area
#: the publishing office serves ("the Customs Directorate").
LOCAL_NAMES = {
    "Police Information Bureau": ("agency/police-information-bureau", "Agency"),
    "Customs Directorate": ("agency/customs-directorate", "Agency"),
    "Coast Guard": ("agency/coast-guard-chile", "Agency"),
    "Chile": ("state/CL", "State"),
    "Iceland": ("state/IS", "State"),
}
LOCAL_TEXT = (
    "The Police Information Bureau said so. The Customs Directorate counted. The Coast Guard helped. Iceland, Chile."
)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Chilean Police Information Bureau (invented notice)", "agency/police-information-bureau"),
        ("Police Information Bureau of Iceland", "agency/police-information-bureau"),
        ("Customs Directorate for Brannvik Province (invented press release)", "agency/customs-directorate"),
        ("Customs Directorate in Brannvik", "agency/customs-directorate"),
        ("Icelandic Coast Guard", None),
    ],
)
def test_events_publisher_naming_a_stateless_body_or_its_local_office_is_the_body(line: str, key: str | None) -> None:
    assert publisher_key(line, EntityIndex(entities_named(LOCAL_TEXT, LOCAL_NAMES))) == key


@pytest.mark.parametrize(
    "text",
    [
        "The Coast Guard rescued 212 people off Chile last week, most of them from two fishing boats.",
        "Since 1 January, the Coast Guard has rescued 212 people at sea, a third more than a year earlier.",
    ],
)
def test_events_publisher_is_the_source_of_its_own_counted_acts(nlp: Language, text: str) -> None:
    article = Article(
        id="t", text=text, source="test", published=PUB, publisher="Chilean Coast Guard (invented release)"
    )
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    (rescue,) = [e for e in events if e.count == 212]
    assert (rescue.agent, rescue.reported_by) == (("agency/coast-guard-chile",), ("agency/coast-guard-chile",))
