"""Gazetteer lookups: countries, demonyms, cities, regions and known bodies from the packages."""

from __future__ import annotations

import pytest

from kg.lexicon.gazetteer import (
    capital_of,
    known_body,
    place_for,
    region_for,
    settlement_for,
    state_for_demonym,
    state_key,
    state_name,
    state_same_as,
    state_slug,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Chile", "state/CL"),
        ("the United States", "state/US"),
        ("US", "state/US"),
        ("Britain", "state/GB"),
        ("Republic of Korea", "state/KR"),
        ("Soviet Union", "state/SU"),
        ("Sudanese", "state/SD"),
        ("Atlantis", None),
    ],
)
def test_gazetteer_state_key_reads_names_and_demonyms(name: str, key: str | None) -> None:
    assert state_key(name) == key


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Poles", "state/PL"),
        ("Pole", "state/PL"),
        ("Chadians", "state/TD"),
        ("French", "state/FR"),
        ("Pakistanis", "state/PK"),
        ("Kyrgyz", "state/KG"),
        ("Dominican", "state/DO"),
        ("Dominicans", "state/DO"),
        ("Brexit", None),
    ],
)
def test_gazetteer_state_for_demonym_handles_plurals_and_nouns(word: str, key: str | None) -> None:
    assert state_for_demonym(word) == key


def test_gazetteer_state_names_are_everyday_names() -> None:
    assert state_name("RU") == "Russia"
    assert state_name("US") == "United States"
    assert state_slug("KR") == "south-korea"
    # a former name or a part for the whole finds the state but never labels it
    assert (state_name("NL"), state_key("Holland")) == ("Netherlands", "state/NL")
    assert (state_name("MM"), state_key("Burma")) == ("Myanmar", "state/MM")
    assert (state_name("SZ"), state_key("Swaziland")) == ("Eswatini", "state/SZ")
    assert state_same_as("TD") == ("urn:iso:std:iso:3166:-1:TD", "https://sws.geonames.org/2434508/")


def test_gazetteer_settlement_prefers_own_name_over_alternates() -> None:
    city = settlement_for("Islamabad")
    assert city is not None and city.key == "settlement/islamabad" and city.country == "PK"
    kyiv = settlement_for("Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv"
    assert settlement_for("Nowhereville") is None


def test_gazetteer_regions_and_places() -> None:
    assert region_for("Central Africa") is not None
    texas = region_for("Texas")
    assert texas is not None and texas.country == "US" and texas.same_as
    place = place_for("Chad")
    assert place is not None and place.type == "State"


def test_gazetteer_known_bodies_are_typed() -> None:
    assert known_body("UNHCR") == ("Agency", "UNHCR")
    assert known_body("the EU") == ("Organization", "European Union")
    assert known_body("Acme Widgets") is None


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [("N’DJAMENA", "N'Djamena"), ("Ndjamena", "N'Djamena"), ("Adre", "Adré"), ("ISLAMABAD", "Islamabad")],
)
def test_gazetteer_settlement_spellings_are_folded(spelling: str, canonical: str) -> None:
    place = settlement_for(spelling)
    assert place is not None and place.name == canonical


def test_gazetteer_alternate_names_yield_to_primary_names_and_can_be_refused() -> None:
    khan = settlement_for("Khan")  # only an alternate name of a small German town
    assert khan is not None and not khan.major
    assert settlement_for("Khan", primary_only=True) is None
    sukkur = settlement_for("Sukkur", primary_only=True)
    assert sukkur is not None and sukkur.country == "PK"
    kyiv = settlement_for("Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.major


def test_gazetteer_capitals_from_country_info() -> None:
    assert capital_of("N'Djamena") == "TD"
    assert capital_of("SANTIAGO") == "CL"
    assert capital_of("Sukkur") is None


def test_gazetteer_one_capital_table_for_every_spelling_and_every_stage() -> None:
    from kg.extract.event_args import capital_state
    from kg.lexicon.gazetteer import capitals
    from kg.model import Entity

    assert capital_of("Kiev") == capital_of("KYIV") == capital_of("Kyiv") == "UA"  # transliterations
    assert capital_of("Belgrade") == "RS" and capitals()["RS"] == "Belgrade"  # the current state keeps it
    assert "CS" not in capitals()  # not its historic predecessor
    kiev = Entity("settlement/kiev", "Settlement", "Kiev", ())
    assert capital_state(kiev) == "state/UA"  # the extractors read the same table
    assert capital_state(Entity("person/x", "Person", "Kiev", ())) is None


def test_gazetteer_subdivision_for_needs_a_state_of_the_document() -> None:
    from kg.lexicon.gazetteer import subdivision_for

    borno = subdivision_for("Borno State", {"NG"})
    assert borno is not None and borno.country == "NG" and borno.type == "Region"
    assert subdivision_for("Borno", {"CL"}) is None  # a name counts only for a state the text names
    kivu = subdivision_for("North Kivu", {"CD"})  # ISO spells it "Nord-Kivu"
    assert kivu is not None and kivu.country == "CD"
    assert subdivision_for("Tacna region", {"PE", "CL"}) is not None
