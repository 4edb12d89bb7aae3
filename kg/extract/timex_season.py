"""Season + which one -> the days a phrase like "over the winter" or "last summer" covers.

Figures are often given for a season: "entries over the winter", "arrivals this summer", "fewer
than last spring". A season is read as the meteorological one of the northern hemisphere (winter
December-February, spring March-May, summer June-August, autumn September-November), the way
statistics offices group months. "The winter" and "this winter" are the latest one begun by
publication, "last winter" the latest one over before it. A season still running at publication
has a start only: the figure runs to the report, as "so far this year" does.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["SEASONS", "season_days"]

#: Each season's first month; it lasts three months.
SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}


def _bounds(season: str, year: int) -> tuple[date, date]:
    """The first and last day of ``season`` that begins in ``year``."""
    first = date(year, SEASONS[season], 1)
    after = date(year + (first.month + 3 > 12), (first.month + 3 - 1) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def season_days(season: str, which: str | None, pub: date) -> tuple[date, date | None]:
    """The first and last day of the season meant, the last None while it still runs at ``pub``.

    Args:
        season: "winter", "spring", "summer" or "autumn", lower-case.
        which: "last" or "past" for the latest one over before publication (in July "last summer"
            is the year before's); anything else ("this", "the") for the latest one begun by then.
        pub: the publication date.
    """
    past = which in ("last", "past")
    year = pub.year
    first, last = _bounds(season, year)
    while (last >= pub) if past else (first > pub):
        year -= 1
        first, last = _bounds(season, year)
    return first, (last if last < pub else None)
