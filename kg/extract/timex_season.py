"""Season + which one + hemisphere -> the days a phrase like "over the winter" or "last summer" covers.

Figures are often given for a season: "entries over the winter", "arrivals this summer", "fewer
than last spring". A season is read as the meteorological one (in the northern hemisphere winter
December-February, spring March-May, summer June-August, autumn September-November), the way
statistics offices group months; south of the equator each is six months on (summer
December-February), and the caller says which half of the world the story is from. "The winter"
and "this winter" are the latest one begun by publication, "last winter" the latest one over
before it. A season still running at publication
has a start only: the figure runs to the report, as "so far this year" does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from kg.lexicon.hemisphere import southern_state

__all__ = ["SEASONS", "season_days", "southern_story"]

#: Each season's first month in the northern hemisphere; it lasts three months.
SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}


def _bounds(season: str, year: int, southern: bool) -> tuple[date, date]:
    """The first and last day of ``season`` that begins in ``year``."""
    first = date(year, (SEASONS[season] + (6 if southern else 0) - 1) % 12 + 1, 1)
    after = date(year + (first.month + 3 > 12), (first.month + 3 - 1) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def season_days(season: str, which: str | None, pub: date, southern: bool = False) -> tuple[date, date | None]:
    """The first and last day of the season meant, the last None while it still runs at ``pub``.

    Args:
        season: "winter", "spring", "summer" or "autumn", lower-case.
        which: "last" or "past" for the latest one over before publication (in July "last summer"
            is the year before's); anything else ("this", "the") for the latest one begun by then.
        pub: the publication date.
        southern: the story is from south of the equator (summer is December-February).
    """
    past = which in ("last", "past")
    year = pub.year
    first, last = _bounds(season, year, southern)
    while (last >= pub) if past else (first > pub):
        year -= 1
        first, last = _bounds(season, year, southern)
    return first, (last if last < pub else None)


def southern_story(text: str, states: Iterable[str | None]) -> bool:
    """Whether the seasons ``text`` names are the southern hemisphere's: the first of ``states``
    given (entity keys such as "state/CL", the most telling first: the dateline's, the publisher's,
    the one the text names most) lies south of the equator. A text naming no season never asks,
    so the city table is read only where a season needs it."""
    low = text.lower()
    if not any(season in low for season in SEASONS):
        return False
    key = next((k for k in states if k), None)
    return key is not None and key.startswith("state/") and southern_state(key.removeprefix("state/"))
