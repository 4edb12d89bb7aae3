"""Places named in lists: after "in" with a place first, and after a kind noun with "of".

Invented sentences through the real model: the NER reads an unknown name in such a list from
its letters alone (a person, a body); the list says it is a place like the others.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Aid teams counted 4,100 new arrivals at reception points in Dravenka, Ostrelin and Mabu Tenkor.",
            "Mabu Tenkor",
        ),
        ("Rains cut the roads near Kessoula, Ostrelin and Selvaro Tandelu last week.", "Selvaro Tandelu"),
    ],
)
def test_entities_listed_places_after_in_share_the_place(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Settlement"


def test_entities_listed_places_a_contact_line_is_no_list(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "For media enquiries, contact:\nIn Mbarara, Oren Kavuma, kavuma@x.example\n")
    assert typed.get("Oren Kavuma") == "Person"


@pytest.mark.parametrize(
    ("text", "names", "label"),
    [
        (
            "The governor ordered schools closed in the provinces of Ventalla and Moruqui on Monday.",
            ("Ventalla", "Moruqui"),
            "Region",
        ),
        (
            "Officials said the road to the ports of Lumbaro and Tesqueda would stay open.",
            ("Lumbaro", "Tesqueda"),
            "Settlement",
        ),
        (
            "Councils met in the cities of Orvasco, Tolo and Jalal-Quimbeta.",
            ("Orvasco", "Tolo", "Jalal-Quimbeta"),
            "Settlement",
        ),
    ],
)
def test_entities_listed_places_after_a_kind_noun_and_of(
    nlp: Language, text: str, names: tuple[str, ...], label: str
) -> None:
    typed = kg_entity_types(nlp, text)
    assert [typed.get(n) for n in names] == [label] * len(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the Pirokka provincial authorities, 2,800 people crossed the river.", "Pirokka"),
        ("The Hallowmere regional government asked for tents and water.", "Hallowmere"),
    ],
)
def test_entities_listed_places_level_adjective_names_a_region(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Region"


def test_entities_listed_places_a_department_of_a_portfolio_is_no_region(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "The department of Health and Welfare said clinics would open.")
    assert typed.get("Health") != "Region" and typed.get("Welfare") != "Region"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dutch officers stopped 40 smugglers on motorways into Drenthe and Utrecht last month.", "Drenthe"),
        ("Storms flooded fields in Utrecht and Drenthe, the Dutch water board said.", "Drenthe"),
    ],
)
def test_entities_listed_places_a_region_listed_with_a_town_stays_a_region(nlp: Language, text: str, name: str) -> None:
    """A name only the region tables know is no town, though the town it is listed with is one."""
    assert kg_entity_types(nlp, text).get(name) == "Region"


@pytest.mark.parametrize(
    "text",
    [
        "In Hassi Telmani, in Tessoum and Tamarit, army patrols turned back 40 people on Sunday.",
        "In Hassi Telmani and Tamarit, soldiers turned back 40 people on Sunday.",
        "Floods cut the roads near Hassi Telmani and Tamarit overnight.",
    ],
)
def test_entities_listed_places_the_first_name_of_a_list_of_places_is_a_place(nlp: Language, text: str) -> None:
    """The NER reads the unknown first name as a person; the places listed after it say what it is."""
    assert kg_entity_types(nlp, text).get("Hassi Telmani") == "Settlement"
