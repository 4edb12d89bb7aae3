"""A reporting period stated once -> the figures after it that give no time of their own.

Weekly bulletins and operation briefings state their period once, in the lead ("In the week from
Monday, 4 May to Sunday, 10 May, ...", "the operation ran from 1 to 15 June"), and then give
figure after figure for it: "The busiest crossing point was X, through which 9,100 passed",
"During those two weeks officers detained 180 people". A counted crossing with no time of its own
covers the closed period of days the nearest sentence before it states, within a few sentences;
a sentence that states any other time (a day, a month, "since January") stops the search, so a
figure is never carried past a time that may be its own. A rate told in the past ("traffic averaged
5,900 crossings a day") is the period's average and takes it too; one told in the present ("the post
handles 2,500 a day") is a habit and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.event_merge import Mention
from kg.extract.event_time import in_past
from kg.extract.timex import Timex

__all__ = ["carried_periods"]

#: How many sentences back a stated period still covers a figure.
_REACH = 4


def _closed_days(t: Timex) -> bool:
    """A period with both ends written as days ("6 to 12 May"), not a single day or a month."""
    s, e = t.start_date, t.end_date
    return s is not None and e is not None and len(s) == len(e) == 10 and s < e


def _timeless(m: Mention, sent: Span) -> bool:
    counted = m.count is not None or m.count_min is not None or m.count_max is not None
    dated = m.date or m.start_date or m.end_date or m.date_text
    averaged = m.per_time_unit is None or in_past(sent.root)
    return m.type == "BorderCrossing" and counted and not dated and averaged


def carried_periods(mentions: list[Mention], sents: list[Span], stated: dict[int, Timex]) -> None:
    """Give each timeless counted crossing the closed period stated just before it (in place)."""
    for m in mentions:
        if not _timeless(m, sents[m.sentence]):
            continue
        for si in range(m.sentence - 1, max(-1, m.sentence - 1 - _REACH), -1):
            t = stated.get(si)
            if t is None:
                continue
            if _closed_days(t):
                m.start_date, m.end_date = t.start_date, t.end_date
            break
