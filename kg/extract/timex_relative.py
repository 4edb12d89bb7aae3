"""Sentence + the last date the story gave -> times counted from that date ("a week later").

News narrates in sequence: "On 3 March the border closed. Barely a week later, it reopened."
"Later", "the following day" and "since then" count from the last day the text named, not from publication,
so :func:`find_times` (which resolves against publication) cannot date them; this module does,
given that anchor; "during the day", "in the morning" and "at noon" are that day, or the day of publication
when the story has named none (a daily update). "Since the start of the year / month" is counted from publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.timex import Timex

__all__ = ["find_relative_times", "last_day"]

_COUNT = r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS |= {"nine": 9, "ten": 10}
_LATER = re.compile(
    rf"\b(?:(?:barely|just|only|some|about|nearly|almost)\s+)?{_COUNT}\s+(?P<unit>days?|weeks?)\s+later\b", re.I
)
_NEXT_DAY = re.compile(r"\bthe\s+(?:next|following)\s+day\b|\ba\s+day\s+later\b", re.I)
#: A part of the day the story is about: a daily update's "during the day", "in the morning", "at
#: noon" (an hour with a day of its own, "at noon on Friday", is dated by that day).
_PART_OF_DAY = re.compile(
    r"\b(?:during|throughout|earlier\s+in|later\s+in)\s+the\s+day\b|\bin\s+the\s+(?:morning|afternoon|evening)\b(?!\s+of\b)"
    r"|\bat\s+(?:noon|midday|dawn|daybreak|dusk)\b(?!\s+(?:on|of|last|yesterday|today|tomorrow|this|next)\b)",
    re.I,
)
#: "Since then": from the last day the story named ("The post opened on 1 June. Since then, ...").
_SINCE_THEN = re.compile(r"\bsince\s+then\b", re.I)
_SINCE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit>year|month)\b", re.I)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def last_day(times: list[Timex]) -> date | None:
    """The last single day among ``times`` (a date, else a period's end or start)."""
    for t in reversed(times):
        for value in (t.date, t.end_date, t.start_date):
            if value and len(value) == 10:
                return date.fromisoformat(value)
    return None


def find_relative_times(text: str, anchor: date | None, published: date | None, offset: int = 0) -> list[Timex]:
    """Times in ``text`` counted from ``anchor`` (the story's last day) or from ``published``."""
    out: list[Timex] = []
    if anchor is not None:
        for m in _LATER.finditer(text):
            days = _n(m.group("n")) * (7 if m.group("unit").lower().startswith("week") else 1)
            out.append(Timex(m.start() + offset, m.end() + offset, m.group(0), (anchor + timedelta(days)).isoformat()))
        for m in _NEXT_DAY.finditer(text):
            out.append(Timex(m.start() + offset, m.end() + offset, m.group(0), (anchor + timedelta(1)).isoformat()))
        for m in _SINCE_THEN.finditer(text):
            out.append(Timex(m.start() + offset, m.end() + offset, m.group(0), None, anchor.isoformat()))
    day = anchor or published
    if day is not None:  # "On 3 May ... In the afternoon": that day; without one, the day of the update
        for m in _PART_OF_DAY.finditer(text):
            out.append(Timex(m.start() + offset, m.end() + offset, m.group(0), day.isoformat()))
    if published is not None:
        for m in _SINCE_START.finditer(text):
            start = published.replace(month=1, day=1) if m.group("unit").lower() == "year" else published.replace(day=1)
            out.append(Timex(m.start() + offset, m.end() + offset, m.group(0), None, start.isoformat()))
    return sorted(out, key=lambda t: t.start)
