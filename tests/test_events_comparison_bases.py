"""The year or month of a comparison's base is not the figure's time, though the base restates its
own figure: "35 so far this year, against 20 in the whole of 2025" counts from 1 January of this year.

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
        "So far this year the Portuguese Navy has saved 35 people off the southern coast, against 20 in the "
        "whole of 2025, the admiral said.",
        "The Portuguese Navy has rescued 35 people at sea since the start of the year, compared with 20 in all "
        "of 2025.",
    ],
)
def test_events_comparison_bases_not_the_time(nlp: Language, text: str) -> None:
    rescued = [e for e in named_events(nlp, text, NAMES, date(2026, 8, 16)) if e.count == 35]
    assert rescued
    assert all((e.date, e.start_date, e.end_date) == (None, "2026-01-01", None) for e in rescued)
