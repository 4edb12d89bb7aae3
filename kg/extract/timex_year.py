"""Year + which part of it -> the days a phrase like "the first eight months of 2027" covers.

Reports of a body's figures count them over a stretch of a year: "the first eight months of 2027"
is 1 January - 31 August, "the last three months of the year" October - December, "the second
quarter of last year" April - June, "the first half of this year" January - June. "The year" and
"this year" are the publication's year, "last year" the one before it.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["year_part"]

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTHS_IN = {"quarter": 3, "half": 6}


def year_part(year: int, nth: str, months: int | None, part: str | None) -> tuple[date, date] | None:
    """The first and last day of the stretch, or None when it does not fit in the year.

    Args:
        year: the year the phrase names (already resolved from "this year", "last year").
        nth: "first", "second", "third", "fourth" or "last", lower-case.
        months: N for "the first/last N months"; None for a quarter or a half.
        part: "quarter" or "half" for "the second quarter"; None for N months.
    """
    if part is not None:
        size = _MONTHS_IN[part]
        count = 12 // size
        index = count if nth == "last" else _ORDINALS[nth]
        if index > count:
            return None  # "the third half"
        first_month, last_month = size * (index - 1) + 1, size * index
    else:
        if months is None or not 0 < months <= 12 or nth not in ("first", "last"):
            return None
        first_month, last_month = (1, months) if nth == "first" else (13 - months, 12)
    start = date(year, first_month, 1)
    end = (date(year, last_month, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return start, end
