"""Parts of a month ("the first two weeks of March", "since the beginning of October"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times
from kg.extract.timex_month import month_part

#: A Thursday in mid-June.
PUB = date(2023, 6, 15)


def _one(text: str) -> tuple[str | None, str | None, str | None]:
    (t,) = find_times(text, PUB)
    return t.date, t.start_date, t.end_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the camp has taken in 900 families since the beginning of May", (None, "2023-05-01", None)),
        ("arrivals have doubled since the start of April", (None, "2023-04-01", None)),
        ("the bridge stays shut until the end of September", (None, None, "2023-09-30")),
        ("some 2,000 people crossed in the first two weeks of June", (None, "2023-06-01", "2023-06-14")),
        ("the agency counted 640 returns during the last ten days of February", (None, "2023-02-19", "2023-02-28")),
        ("in the first three days of January 2022 the port was closed", (None, "2022-01-01", "2022-01-03")),
        ("the talks stalled at the beginning of March", ("2023-03", None, None)),
    ],
)
def test_timex_month_parts_resolve_to_days(text: str, expected: tuple) -> None:
    assert _one(text) == expected


def test_timex_month_part_longer_than_the_month_is_none() -> None:
    assert month_part(2, 2023, PUB, None, None, "first", 35) is None
    assert month_part(2, 2024, PUB, None, None, "last", 29) == (date(2024, 2, 1), date(2024, 2, 29))
