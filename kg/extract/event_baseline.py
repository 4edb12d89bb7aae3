"""Figure continuing a crossing + its sentence -> the earlier period a baseline figure names.

"290 people crossed in the seven days to Friday. That is up from 215 the week before": the 215
is a figure of its own (a figure for another period is another event), and its period is the
first figure's, one week earlier; "the day before" is one day earlier. Only a baseline whose
anchor has whole days is moved; a month or a year is left as the sentence gives it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.event_merge import Mention

__all__ = ["earlier_period"]

_BEFORE = re.compile(
    r"\b(?:the|a) (week|day) (?:before|earlier)\b|\bthe (?:previous|preceding|prior) (week|day)\b", re.IGNORECASE
)
_DAYS = {"week": 7, "day": 1}


def _shifted(day: str | None, days: int) -> str | None:
    """``day`` (an ISO day) moved ``days`` back; None when it is no whole day."""
    if day is None or len(day) != 10:
        return None
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()


def earlier_period(text: str, anchor: Mention, m: Mention) -> None:
    """Date ``m`` one week or day before ``anchor`` when ``text`` (its sentence) says "the week
    before", "the previous day" and the like, and ``m`` has no time of its own."""
    if m.date or m.start_date or m.end_date or (found := _BEFORE.search(text)) is None:
        return
    days = _DAYS[(found.group(1) or found.group(2)).lower()]
    start, end = _shifted(anchor.start_date, days), _shifted(anchor.end_date, days)
    if start and end:
        m.start_date, m.end_date = start, end
    elif (day := _shifted(anchor.date, days)) is not None:
        m.date = day
