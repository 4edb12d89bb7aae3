"""Days named in the plural are every such day: "On fair days some 1,300 people come over" is a
daily rate, as "on a typical day" is; "on the days when ..." and "on those days" name some days only.

Every sentence is invented for the test, in two or more wordings; entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {"Portugal": ("state/PT", "State"), "Spain": ("state/ES", "State")}


def _units(nlp: Language, text: str) -> list[str | None]:
    events = named_events(nlp, text, NAMES, date(2026, 3, 16))
    return [e.per_time_unit for e in events if e.type == "BorderCrossing" and e.count == 1300]


@pytest.mark.parametrize(
    "text",
    [
        "On fair days some 1,300 people cross into Portugal from Spain by the old bridge, the mayor said.",
        "Roughly 1,300 people cross into Portugal from Spain on weekdays, officials estimate.",
    ],
)
def test_events_plural_day_rates_daily(nlp: Language, text: str) -> None:
    assert _units(nlp, text) == ["day"]


@pytest.mark.parametrize(
    "text",
    [
        "On the days when the market is open, 1,300 people cross into Portugal from Spain.",
        "On those days 1,300 people crossed into Portugal from Spain.",
    ],
)
def test_events_plural_day_rates_some_days_only(nlp: Language, text: str) -> None:
    assert _units(nlp, text) == [None]
