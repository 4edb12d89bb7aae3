"""A stretch of time named by its length and the day it closes on -> its first and last day.

Reports give a figure for "the week to Sunday", "the ten days ending 3 March", "the eighteen months
to 30 April 2026" or "the fiscal year which closed on 30 June 2025": the stretch closes on the
day written and reaches back its own length, the closing day included. A financial or fiscal
year is twelve months whatever month it starts in, so one that "ended" on a day needs no table
of national fiscal calendars. A month written without a day ("the year to March 2026") closes
on that month's last day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from text_to_num import text2num

__all__ = ["STRETCH_TO", "stretch_bounds"]

#: Words that make a year an accounting one: "the financial year", "the fiscal year".
_YEAR_KINDS = r"(?:financial|fiscal|budget|budgetary|tax)"
#: "the week to", "the nine weeks ending", "the twelve months up to and including", "the financial year
#: that ended on": a stretch closing on the day written next. ``n`` is the length when written.
STRETCH_TO = re.compile(
    r"(?:\b(?:in|during|over|for)\s+)?\bthe\s+"
    rf"(?:(?!{_YEAR_KINDS}\s)(?P<n>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s+)?"
    rf"(?P<unit>weeks?|days|months|(?:{_YEAR_KINDS}\s+)?year)\s+"
    r"(?:to|ending|ended|up\s+to(?:\s+and\s+including)?|through|until|till"
    r"|(?:that|which)\s+(?:ended|ends|closed|closes))\s+(?:on\s+)?$",
    re.I,
)


def _count(n: str | None) -> int | None:
    """The stretch's written length ("nine", "12", "twenty-six"), 1 when none is written, None for
    a word that is no number ("the busiest week to ...")."""
    if n is None:
        return 1
    if n.isdigit():
        return int(n)
    try:
        return int(text2num(n.lower(), "en"))
    except ValueError:
        return None


def _months_back(end: date, months: int) -> date:
    """The day after ``end`` moved ``months`` back: the first day of a stretch of whole months."""
    after = end + timedelta(days=1)
    y, m = divmod(after.year * 12 + after.month - 1 - months, 12)
    day = min(after.day, 28) if after.day > 28 else after.day
    return date(y, m + 1, day)


def stretch_bounds(found: re.Match[str], closing: str | None) -> tuple[date, date] | None:
    """The first and last day of the stretch ``found`` names, closing on ``closing`` (an ISO day,
    or a ``YYYY-MM`` month for a stretch of months or years), or None when they do not fit.

    "The week" is seven days and "the ten days" ten; a bare "the days to" names no length.
    """
    if closing is None or len(closing) not in (7, 10):
        return None
    count = _count(found["n"])
    unit = found["unit"].lower()
    if count is None or count <= 0:
        return None
    if unit.startswith(("week", "day")):
        if len(closing) != 10 or (unit == "days" and found["n"] is None):
            return None
        if count > (52 if unit.startswith("week") else 366):
            return None
        end = date.fromisoformat(closing)
        return end - timedelta(days=(7 * count if unit.startswith("week") else count) - 1), end
    months = count * (12 if unit.endswith("year") else 1)
    if months > 60:
        return None
    if len(closing) == 7:
        first = date.fromisoformat(closing + "-01")
        end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    else:
        end = date.fromisoformat(closing)
    return _months_back(end, months), end
