"""Figures a counting verb sets after the flow it counted: "the agency recorded 3,900 arrivals in
X in August, up from 3,100 in July, an average of roughly 126 a day". The parser hangs the baseline
("up from", "down from", "against") and the average on the counting verb, not on the counted noun
(or on the participle "people entering X"); each is a figure of the same flow, the baseline for
its own period and the average for the total's period (not the baseline's, written just before it).

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Thursday, after the months the figures count.
PUB = date(2026, 9, 10)
NAMES = {
    "Ostravel": ("settlement/ostravel", "Settlement"),
    "Brenmoor": ("checkpoint/brenmoor", "Checkpoint"),
    "Coastal Watch": ("agency/coastal-watch", "Agency"),
}


def _flows(nlp: Language, text: str) -> dict[int, tuple[str | None, str | None, str | None]]:
    """count -> (start date, end date, time unit) of each crossing of ``text``."""
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: (e.start_date, e.end_date, e.per_time_unit) for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Watch recorded 3,900 arrivals in Ostravel in August, up from 3,100 in July.",
        "Officers of the Coastal Watch counted 3,900 arrivals in Ostravel in August, against 3,100 in July.",
        "The Coastal Watch logged 3,900 people entering through Brenmoor in August, down from 3,100 in July.",
    ],
)
def test_a_baseline_after_a_counted_flow_is_its_earlier_period(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    assert flows[3900][:2] == ("2026-08-01", "2026-08-31")
    assert flows[3100][:2] == ("2026-07-01", "2026-07-31")


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Watch recorded 3,900 arrivals in Ostravel in August, an average of roughly 126 a day.",
        "Staff of the Coastal Watch counted 3,900 crossings into Ostravel during August, about 126 a day.",
        "The Coastal Watch logged 3,900 people entering through Brenmoor in August, up from 3,100 in July, "
        "an average of roughly 126 a day.",
    ],
)
def test_an_average_after_a_counted_flow_covers_the_total_period(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    assert flows[3900] == ("2026-08-01", "2026-08-31", None)
    assert flows[126] == ("2026-08-01", "2026-08-31", "day")
