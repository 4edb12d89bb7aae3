"""The period of an act an order or decree sets out is the coming one when that is nearer.

an October order that summons 800 reservists "from 9 to 21 November" means this November, not the
last; a decree reported after its days ran keeps them. Every sentence is invented for the test,
in two or more wordings; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Portugal": ("state/PT", "State"),
    "Spain": ("state/ES", "State"),
    "Portuguese Army": ("agency/army-portugal", "Agency"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister signed an order on Tuesday calling up about 800 reservists of the Portuguese "
        "Army for a two-week drill, from 9 to 21 November, near the border with Spain.",
        "Portugal's government issued a decree closing the border with Spain from 9 to 21 November.",
    ],
)
def test_events_ordered_periods_ahead(nlp: Language, text: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, date(2026, 10, 14)) if e.start_date]
    assert events
    assert all((e.start_date, e.end_date) == ("2026-11-09", "2026-11-21") for e in events)


def test_events_ordered_periods_after_they_ran(nlp: Language) -> None:
    text = "Portugal's government issued a decree closing the border with Spain from 9 to 21 November."
    events = [e for e in named_events(nlp, text, NAMES, date(2026, 11, 24)) if e.start_date]
    assert [(e.start_date, e.end_date) for e in events] == [("2026-11-09", "2026-11-21")]
