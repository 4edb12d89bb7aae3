"""The period published figures cover ("published its figures for the second quarter of 2026",
"reported its numbers on crossings in the first quarter of 2026") is no time of the saying: a
count "in / over / during the period" after it takes that period. A day the figures came out on
("published figures last week") stays the publishing's.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 7, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
}


def _crossing(nlp: Language, text: str) -> Event:
    (crossing,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    return crossing


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The agency published its figures for the second quarter of 2026. In all, 48,300 people crossed from "
            "Kesselmark into Varnolia in the period.",
            ("2026-04-01", "2026-06-30"),
        ),
        (
            "The ministry announced its figures for the first half of 2026 on Monday. Over the period, 48,300 "
            "people crossed from Kesselmark into Varnolia.",
            ("2026-01-01", "2026-06-30"),
        ),
        (
            "The border service on Wednesday reported its numbers on crossings in the first quarter of 2026. In "
            "all, 2,950 people crossed from Kesselmark into Varnolia in the period.",
            ("2026-01-01", "2026-03-31"),
        ),
    ],
)
def test_a_count_in_the_period_takes_the_period_the_figures_cover(
    nlp: Language, text: str, span: tuple[str, str]
) -> None:
    crossing = _crossing(nlp, text)
    assert (crossing.start_date, crossing.end_date) == span


def test_the_week_figures_came_out_is_no_period_of_theirs(nlp: Language) -> None:
    text = (
        "The ministry published figures last week. In all, 2,950 people crossed from Kesselmark into Varnolia "
        "in the period."
    )
    crossing = _crossing(nlp, text)
    assert (crossing.start_date, crossing.end_date) == (None, None)
