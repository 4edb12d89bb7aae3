"""The year or month of a comparison's base is not the figure's time, though the base restates its
own figure: 35 rescued "so far this year, against 20 during 2025" are counted from 1 January of this year.

Every sentence is invented for the test, in two or more wordings; entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {"Portuguese Navy": ("agency/navy-portugal", "Agency"), "Portugal": ("state/PT", "State")}


@pytest.mark.parametrize(
    "text",
    [
        "Rescues are up: the Portuguese Navy has saved 35 people this year to date, against 20 during 2025.",
        "The Portuguese Navy has rescued 35 people this year so far, compared with 20 during 2025, an officer said.",
    ],
)
def test_events_comparison_bases_not_the_time(nlp: Language, text: str) -> None:
    rescued = [e for e in named_events(nlp, text, NAMES, date(2026, 8, 16)) if e.count == 35]
    assert rescued
    assert all((e.date, e.start_date, e.end_date) == (None, "2026-01-01", None) for e in rescued)
