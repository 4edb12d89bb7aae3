"""A figure for a whole year ("41,000 crossed in 2025") covers 1 January to 31 December, as one for
a whole month covers the month; the year stays as its date. A year not over at publication
opens the period on 1 January, with no end.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2026, 6, 8)

NAMES = {"Varnolia": ("state/varnolia", "State"), "Sarnovia": ("state/sarnovia", "State")}


def _crossings(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 8 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "About 41,000 people crossed into Sarnovia in 2025, an increase of 15 per cent.",
        "In 2025, 41,000 travellers entered Sarnovia.",
    ],
)
def test_a_figure_for_a_past_year_covers_the_whole_year(nlp: Language, text: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert (crossing.date, crossing.start_date, crossing.end_date) == ("2025", "2025-01-01", "2025-12-31")


def test_a_year_not_over_has_a_start_only(nlp: Language) -> None:
    (crossing,) = _crossings(nlp, "Some 9,000 people crossed into Sarnovia in 2026.")
    assert (crossing.date, crossing.start_date, crossing.end_date) == ("2026", "2026-01-01", None)
