"""A unit sent together with a counted group ("a reserve platoon and some 120 to 140 guards") is
one deployment counted by the group: the only head count the sentence gives. Two
counted groups stay two deployments, and things sent beside a unit count no one.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Corrund": ("state/corrund", "State"),
    "General Command": ("agency/general-command-corrund", "Agency"),
    "Halvost": ("settlement/halvost", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "TESSIN, Corrund, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        (
            "From Monday the General Command is sending a reserve platoon and some 120 to 140 guards to Halvost.",
            (120, 140, None),
        ),
        ("The General Command will send two companies and about 250 guards to Halvost.", (None, None, 250)),
        (
            "Two engineer platoons and between 80 and 90 gendarmes were sent to Halvost by the General Command.",
            (80, 90, None),
        ),
    ],
)
def test_a_unit_sent_with_a_counted_group_is_counted_by_the_group(
    nlp: Language, text: str, bounds: tuple[int | None, int | None, int | None]
) -> None:
    (deployment,) = _deployments(nlp, text)
    assert (deployment.count_min, deployment.count_max, deployment.count) == bounds
    assert "settlement/halvost" in deployment.place


def test_things_sent_with_a_unit_count_no_one(nlp: Language) -> None:
    (deployment,) = _deployments(nlp, "The General Command will send a battalion and 40 armoured vehicles to Halvost.")
    assert (deployment.count, deployment.count_min, deployment.count_max) == (None, None, None)
