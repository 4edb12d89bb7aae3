"""A deployment whose start is told in a relative clause on the force ("285 soldiers, who began
moving in yesterday") starts on that clause's day, even where the parser hangs the clause on
another noun of the sentence ("to the X district, who began ...").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Kelmar": ("settlement/kelmar", "Settlement"),
}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Nordavia has sent 285 more soldiers to the Kelmar district, who began moving in yesterday.",
            "2026-06-16",
        ),
        (
            "The government will strengthen Kelmar with 285 more troops of the Nordavian army, who started"
            " arriving on Monday.",
            "2026-06-15",
        ),
        ("Nordavia has deployed 285 police officers, who began arriving in Kelmar on Monday.", "2026-06-15"),
    ],
)
def test_events_begun_deployment_starts_on_the_clause_day(nlp: Language, text: str, start: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 285]
    assert events, "the deployment is found"
    assert all((e.start_date, e.date) == (start, None) for e in events)


def test_events_begun_deployment_own_day_stays(nlp: Language) -> None:
    text = "Nordavia deployed 285 soldiers to Kelmar on Monday, who were welcomed by the mayor."
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 285]
    assert events and all(e.date == "2026-06-15" for e in events)
