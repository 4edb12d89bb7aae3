"""A deployment whose units are restated as a head count ("two battalions, about 900 soldiers,
from X to Y"): the parser hangs "from X to Y" on the head count, not on the verb; the "to" place
is where the force went all the same, and in the passive ("three more battalions, about 1,250 soldiers
in total, have been deployed") the head count counts it, whether parsed as an apposition or as a conjunct of the units.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "Varda": ("settlement/varda", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army has deployed two additional battalions, about 1,370 soldiers, from Tolmaz to Varda.", 1370),
        ("The army has deployed two extra battalions, about 900 soldiers, from Tolmaz to Varda.", 900),
        ("The ministry deployed three companies, some 450 police officers, from Tolmaz to Varda on Monday.", 450),
        ("The police have sent two units, around 300 officers, from Tolmaz to Varda.", 300),
        ("Police deployed two additional platoons, some 80 officers, from Tolmaz to Varda.", 80),
        ("The government has deployed a brigade, roughly 3,000 troops, from Tolmaz to Varda on Sunday.", 3000),
    ],
)
def test_units_restated_as_people_go_where_their_phrase_says(nlp: Language, text: str, count: int) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place == ("settlement/varda",)
    assert deployment.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("As of noon, three more battalions, about 1,250 soldiers in total, have been deployed to Varda.", 1250),
        ("As of midnight, two more battalions, some 1,250 troops in total, have been deployed to Varda.", 1250),
        ("As of noon, two more companies, about 340 officers in total, have been sent to Varda.", 340),
        ("As of noon, two more regiments, about 2,600 troops in total, were deployed to Varda.", 2600),
    ],
)
def test_units_restated_as_people_count_a_passive_deployment(nlp: Language, text: str, count: int) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place == ("settlement/varda",)
    assert deployment.count == count
