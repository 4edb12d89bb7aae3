"""Members of an armed or uniformed body sent somewhere are a deployment: "agreed to send up to
320 members of the X Armed Forces", "deployed 400 members of the National Guard to Y"; the body
they belong to carries it out and anchors it even when the text names no place ("to the southern
provinces"). A deployment a speaker announces ("announced that 540 members ... would be sent
from next week") is a plan announced, kept with its own time, as an announced closure is.
Members of parliament or of a party are not sent troops.

Every story here is invented for the test; each class is shown in two or more wordings, with near
misses that must stay silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnostad": ("settlement/varnostad", "Settlement"),
    "Nordavian Armed Forces": ("agency/armed-forces-nordavia", "Agency"),
    "Nordavian National Guard": ("agency/national-guard-nordavia", "Agency"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "body", "count"),
    [
        (
            "Ministers agreed on Tuesday to deploy as many as 175 members of the Nordavian Armed Forces.",
            "agency/armed-forces-nordavia",
            175,
        ),
        (
            "The government deployed 400 members of the Nordavian National Guard to Varnostad on Monday.",
            "agency/national-guard-nordavia",
            400,
        ),
    ],
)
def test_members_of_an_armed_body_are_sent(nlp: Language, text: str, body: str, count: int) -> None:
    (deployment,) = _deployments(nlp, text)
    assert body in deployment.agent
    assert deployment.count == count


@pytest.mark.parametrize(
    "text",
    [
        "She said that 730 members of the Nordavian Armed Forces would be deployed to the coast from next Monday.",
        "The minister announced that 730 members of the Nordavian National Guard would be deployed from next Monday.",
    ],
)
def test_an_announced_deployment_is_kept_with_its_own_time(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.count == 730
    assert deployment.start_date == "2023-06-19"


@pytest.mark.parametrize(
    "text",
    [
        "The party deployed 40 members of parliament to the capital on Monday.",
        "The minister said 600 members of the Nordavian Armed Forces could be deployed if the talks fail.",
    ],
)
def test_members_of_no_armed_body_or_a_possible_deployment_stay_silent(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []
