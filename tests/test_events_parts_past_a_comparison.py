""" "Of these, N ..." after a sentence that only compares the whole ("That is twice the figure of
the weeks before the bridge closed in March.") is a part of the group counted two sentences back:
it covers that group's period, not the comparison's month. A part larger than that group is no part
of it.

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
PUB = date(2026, 8, 25)

NAMES = {"Norvalia": ("state/norvalia", "State"), "Tarnia": ("state/tarnia", "State")}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Norvalia, 25 August 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Since 3 August, 11,470 people have entered Norvalia. That is twice the figure of the weeks "
            "before the bridge closed in March. Of these, 6,215 came from Tarnia.",
            6215,
        ),
        (
            "Since 3 August, 11,470 people have entered Norvalia. This is well above the total recorded in "
            "June. Of these people, 4,380 arrived from Tarnia by bus.",
            4380,
        ),
    ],
)
def test_part_past_a_comparison_takes_the_whole_period(nlp: Language, text: str, part: int) -> None:
    (flow,) = [e for e in _flows(nlp, text) if e.count == part]
    assert (flow.start_date, flow.date) == ("2026-08-03", None)


def test_larger_figure_is_no_part_of_the_earlier_group(nlp: Language) -> None:
    text = (
        "Since 3 August, 1,470 people have entered Norvalia. That is twice the figure of the weeks "
        "before the bridge closed in March. Of these, 6,215 came from Tarnia."
    )
    (flow,) = [e for e in _flows(nlp, text) if e.count == 6215]
    assert flow.start_date != "2026-08-03"
