"""A part of the day said of every day is a daily rate: "3,150 each morning", "400 a night".

"Each morning", "every evening", "a night" and "nightly" after a figure, or as an adverb of its
clause, count people per day, as "a day" does; a single night a preposition names ("in a night
raid", "during a night of clashes") is no rate. Every sentence is invented for the test, in two or
more wordings; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_quantities

PUB = date(2026, 3, 12)
NAMES = {"Chile": ("state/CL", "State"), "Argentina": ("state/AR", "State")}


@pytest.mark.parametrize(
    "text",
    [
        "Around 2,600 people cross from Argentina into Chile every evening, the regional governor said.",
        "Each morning more than 2,600 Argentine workers enter Chile to work on the farms, the governor said.",
        "Some 2,600 people a night now cross into Chile from Argentina, officials said.",
    ],
)
def test_events_day_part_rates_are_daily(nlp: Language, text: str) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == 2600]
    assert flows
    assert all(e.per_time_unit == "day" for e in flows)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("about 850 lorries a night", "day"),
        ("some 850 riders nightly", "day"),
        ("police held 850 people in a night raid", None),
        ("850 people were detained during a night of clashes", None),
    ],
)
def test_events_day_part_rates_after_a_figure(text: str, unit: str | None) -> None:
    assert [q.quantity.per_time_unit for q in find_quantities(text) if q.quantity.count == 850] == [unit]
