"""The base of a comparison named by a season or holiday ("9 percent more than over Easter last
year", "fewer than during Ramadan last year") is no time of the figure: the period stated just
before still covers the figures that follow.

Every sentence is invented for the test, in two or more wordings. Entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 4, 9)
NAMES = {
    "Malta": ("state/MT", "State"),
    "Kelmora": ("checkpoint/kelmora", "Checkpoint"),
    "Vostrel": ("settlement/vostrel", "Settlement"),
}


@pytest.mark.parametrize(
    "text",
    [
        "From Thursday 4 April to Monday 8 April, the Kelmora post of Malta stayed open all night. "
        "Over the holiday 41,400 travellers entered Malta at Kelmora, which is 7 percent more than "
        "over Easter the year before. Another 12,250 people passed through Vostrel.",
        "From Thursday 4 April to Monday 8 April, the Kelmora post of Malta stayed open all night. "
        "During that time 41,400 travellers entered Malta at Kelmora, 7 percent fewer than during Carnival "
        "last year. Another 12,250 people passed through Vostrel.",
    ],
)
def test_events_season_bases_leave_the_period(nlp: Language, text: str) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    got = {e.count: (e.start_date, e.end_date) for e in events if e.type == "BorderCrossing"}
    assert got[12250] == ("2024-04-04", "2024-04-08")
