"""kg.nlp.kinds: names typed by the kind noun beside them, and by the towns they are listed with."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Villagers fled as the Varenna river burst its banks after three days of rain.", "Varenna river", "Place"),
        ("Fishermen were rescued off the Kolvari island on Monday, the coast guard said.", "Kolvari island", "Place"),
        ("Results showed the Yevani party ahead in 12 of 20 districts.", "Yevani", "Organization"),
        ("Supporters of the Ovanti movement marched through the capital on Friday.", "Ovanti", "Organization"),
        ("Aid workers said access to Dembeni town remained cut off by the floods.", "Dembeni", "Settlement"),
    ],
)
def test_kinds_singular_noun_types_the_name_before_it(nlp: Language, text: str, name: str, label: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == label


@pytest.mark.parametrize(
    ("text", "names", "label"),
    [
        ("Troops were deployed in Tarvola and Kemsi states after the attacks.", ("Tarvola", "Kemsi"), "Region"),
        (
            "Voting was delayed in the Ubeni, Morla and Kasso districts on Sunday.",
            ("Ubeni", "Morla", "Kasso"),
            "Region",
        ),
        ("Long queues formed at the Vesk and Orlan crossing points overnight.", ("Vesk", "Orlan"), "Checkpoint"),
    ],
)
def test_kinds_plural_noun_types_every_listed_name(
    nlp: Language, text: str, names: tuple[str, ...], label: str
) -> None:
    typed = kg_entity_types(nlp, text)
    assert [typed.get(n) for n in names] == [label] * len(names)


def test_kinds_demonyms_before_a_plural_stay_demonyms(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Kenyan and Ugandan towns near the border were flooded.")
    assert typed.get("Kenyan") != "Settlement" and typed.get("Ugandan") != "Settlement"


def test_kinds_a_name_listed_with_a_town_is_a_town(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Police urged residents of Kumasi and Dembara to report suspicious movements.")
    assert typed.get("Dembara") == "Settlement"
    typed = kg_entity_types(nlp, "Buses to Nairobi and Ombeya leave full every morning, drivers said.")
    assert typed.get("Ombeya") == "Settlement"
    typed = kg_entity_types(nlp, "The governor toured Kaduna and Zonkwa on Tuesday.")
    assert typed.get("Zonkwa") == "Settlement"


def test_kinds_a_person_listed_with_a_town_stays_a_person(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Governor Amina Dembara visited Kumasi. Kumasi and Dembara shared the stage.")
    assert typed.get("Dembara") != "Settlement"


def test_kinds_the_tail_of_a_hyphenated_name_is_no_name(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Critics in the opposition Movimiento-e-Rangi party said the aid came late.")
    assert "Rangi" not in typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Most of the skiffs were heading for the island of Varokka, officials said.", "Varokka"),
        ("Ferries to the island of Selmarra were cancelled because of the storm.", "Selmarra"),
    ],
)
def test_kinds_the_island_of_a_name_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Place"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Flooding hit the departments of Kerman and Yazd on Monday.", ("Kerman", "Yazd")),
        (
            "Troops are deployed in the departments of Ambrato and Qelisu. The brigade is based in Ambrato.",
            ("Ambrato", "Qelisu"),
        ),
    ],
)
def test_kinds_departments_of_a_list_with_one_place_are_regions(
    nlp: Language, text: str, names: tuple[str, ...]
) -> None:
    """One name read as a place makes the list areas, though the NER takes another for a person."""
    typed = kg_entity_types(nlp, text)
    assert [typed.get(n) for n in names] == ["Region"] * len(names)


def test_kinds_departments_of_portfolios_stay_no_regions(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Funding for the departments of Justice and Labor was cut.")
    assert "Region" not in typed.values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cars queued in the departments of Valle del Tarno and Varlo on Sunday.", "Valle del Tarno"),
        ("Rain fell across the departments of Monte de Kessa and Ambrato overnight.", "Monte de Kessa"),
    ],
)
def test_kinds_a_place_name_with_a_particle_is_one_name_after_of(nlp: Language, text: str, name: str) -> None:
    """ "del", "de" join the words of one place name: the whole name is the area, whatever the NER said."""
    assert kg_entity_types(nlp, text).get(name) == "Region"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fighting displaced 3,000 people in the Kasoro territory last week.", ("Kasoro",)),
        ("Families fled from Lubero town to the Kasoro and Mbelo territories.", ("Kasoro", "Mbelo")),
    ],
)
def test_kinds_territory_after_a_name_is_a_region(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    """ "territory" is a level of local government as "district" is: the name before it is the area
    (named with its level word, "Kasoro territory", as "X district" is)."""
    typed = kg_entity_types(nlp, text)
    assert [typed.get(n) or typed.get(f"{n} territory") for n in names] == ["Region"] * len(names)


def test_kinds_a_group_before_territory_is_its_holder(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Troops advanced into Taliban territory overnight.")
    assert typed.get("Taliban") != "Region"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Extra soldiers arrived this week in the municipalities of Tessaro, Valmira, Pelotin and Sarquez.",
            ("Tessaro", "Valmira", "Pelotin", "Sarquez"),
        ),
        (
            "Joint patrols now cover the municipalities of Varde-Nord and Varde-Sud every night.",
            ("Varde-Nord", "Varde-Sud"),
        ),
        ("Extra police were deployed in the Kelmor and Dravan municipalities on Sunday.", ("Kelmor", "Dravan")),
    ],
)
def test_kinds_municipalities_are_towns(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    """A municipality is a town with its lands: the names the noun types are towns, whatever the NER said."""
    typed = kg_entity_types(nlp, text)
    assert [typed.get(n) for n in names] == ["Settlement"] * len(names)
