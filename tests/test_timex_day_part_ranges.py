"""A period between two weekdays with the parts of the day it opens and closes in is one period.

"between Friday night and Sunday morning", "from Saturday evening to Monday afternoon": the days
from the first to the second, as "between Friday and Sunday" is. Every phrase is invented for the
test, in two or more wordings.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUB = date(2026, 7, 7)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Rangers stopped 95 people between Friday night and Sunday morning.", ("2026-07-03", "2026-07-05")),
        ("Between Friday evening and Sunday afternoon, 95 people were held.", ("2026-07-03", "2026-07-05")),
        ("the checks ran from Saturday night to Monday morning", ("2026-07-04", "2026-07-06")),
        ("from late evening on Saturday", None),
    ],
)
def test_timex_day_part_ranges(text: str, period: tuple[str, str] | None) -> None:
    spans = [(t.start_date, t.end_date) for t in find_times(text, PUB) if t.start_date and t.end_date]
    assert spans == ([period] if period else [])
