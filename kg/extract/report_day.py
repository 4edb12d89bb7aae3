"""The day a daily report covers, when its heading names a day before publication.

A border agency's or a ministry's daily situation report is headed by the day it covers
("Daily situation, 4 March 2031") and is often published the morning after. Its "in the last 24
hours" and "over the past day" then mean the day of the heading, not the day of publication, so
those expressions are dated by the heading. Only a full date (day, month and year) written in the
heading, at most a few days before publication, counts: a heading that merely mentions an older
date ("Ten years since 4 March 2021") is not the day of the report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract.timex import Timex, find_times

__all__ = ["redated", "report_day"]

#: How many days a daily report may be published after the day it covers.
_LAG_DAYS = 3
#: The expressions of "the day of the report" (as ``kg.extract.timex`` matches them).
_DAY_OF_REPORT = re.compile(r"^the\s+(?:past|last)\s+(?:day|24\s+hours)$", re.I)


def report_day(text: str, title: str | None, published: date | None) -> date | None:
    """The day the heading (the title, else the text's first line) names, when it is a full date
    one to ``_LAG_DAYS`` days before ``published``; None otherwise."""
    if published is None:
        return None
    first_line = text.lstrip().split("\n", 1)[0]
    for heading in (title or "", first_line):
        days = [t.date for t in find_times(heading, None) if t.date and len(t.date) == 10]
        if len(days) == 1:
            day = date.fromisoformat(days[0])
            return day if 0 < (published - day).days <= _LAG_DAYS else None
    return None


def redated(times: list[Timex], day: date | None, published: date | None) -> list[Timex]:
    """``times`` with "the last 24 hours" and "the past day" dated ``day`` instead of ``published``."""
    if day is None or published is None:
        return times
    pub = published.isoformat()
    return [replace(t, date=day.isoformat()) if t.date == pub and _DAY_OF_REPORT.match(t.text) else t for t in times]
