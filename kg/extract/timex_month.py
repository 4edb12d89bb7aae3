"""Month + which part of it -> the days a phrase like "the first two weeks of March" covers.

"Since the beginning of October" opens a period on the 1st; "until the end of June" closes one
on the 30th; "the first two weeks of March" is 1-14 March and "the last ten days of May" 22-31
May. Without a written year the month is the latest one not after publication, or the next one
for a deadline ("until the end of June" written in March), as :mod:`kg.extract.timex` reads
month names.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["month_part"]

_DEADLINE = frozenset({"until", "till", "through", "by", "before"})


def month_part(
    mon: int, year: int | None, pub: date, prep: str | None, edge: str | None, nth: str | None, days: int
) -> tuple[date, date] | None:
    """The first and last day of the stretch, or None when it does not fit in the month.

    Args:
        mon, year: the month, and the year when the text writes it.
        pub: the publication date the month is read against.
        prep: the preposition before the phrase ("since", "until", ...), lower-case.
        edge: "beginning", "start" or "end" for "the beginning of March" (one day: the first or last).
        nth: "first" or "last" for "the first N days/weeks of March".
        days: N days (weeks counted as seven) for ``nth``.
    """
    if year is None:
        if prep in _DEADLINE:
            year = pub.year if mon >= pub.month else pub.year + 1
        else:
            year = pub.year if mon <= pub.month else pub.year - 1
    first = date(year, mon, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if edge is not None:
        day = first if edge in ("beginning", "start") else last
        return day, day
    if not 0 < days <= (last - first).days + 1:
        return None
    if nth == "first":
        return first, first + timedelta(days=days - 1)
    return last - timedelta(days=days - 1), last
