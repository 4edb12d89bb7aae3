"""A call-up's period stated in the next sentence about it ("The reservists are to train from ...
until ...", "The courses are scheduled between ... and ...", its "reserve soldiers" then called "the
reservists") is the call-up's start and end; a period of something else (schools closing) is not.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {"Latvia": ("state/LV", "State")}


def _call_up_period(nlp: Language, text: str) -> tuple[str | None, str | None]:
    (ev,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Mobilization"]
    return ev.start_date, ev.end_date


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "The Latvian army will call up 1,200 reservists for exercises near the eastern border. "
            "The reservists are to train from 14 September until 25 September.",
            ("2026-09-14", "2026-09-25"),
        ),
        (
            "Latvia will call up 800 reservists for refresher courses. "
            "The courses are scheduled between 12 October and 6 November at two ranges in the east.",
            ("2026-10-12", "2026-11-06"),
        ),
        (  # the called-up people named in other words
            "Latvia will call up 640 reserve soldiers for a fortnight of drills, the ministry said. "
            "The reservists are to train from 2 November until 13 November.",
            ("2026-11-02", "2026-11-13"),
        ),
        (
            "Latvia is to call up 2,000 reservists for training near the border. "
            "The soldiers will train between 5 and 16 October at three bases.",
            ("2026-10-05", "2026-10-16"),
        ),
    ],
)
def test_events_call_up_takes_period_stated_after_it(nlp: Language, text: str, period: tuple[str, str]) -> None:
    assert _call_up_period(nlp, text) == period


def test_events_call_up_ignores_period_of_something_else(nlp: Language) -> None:
    text = (
        "The Latvian army will call up 1,200 reservists for exercises near the eastern border. "
        "Schools will close from Monday, 14 September, until Friday, 25 September."
    )
    assert _call_up_period(nlp, text) == (None, None)
