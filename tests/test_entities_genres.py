"""Entities in the prose of other genres (biographies, histories, speeches, travel guides).

Every sentence here is invented (names too), two or more wordings per class, so the tests prove
the class and not one phrasing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity

PLACE_TYPES = {"Place", "Region", "Settlement", "Checkpoint", "State"}


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In 1790 he met Edmund Varley, 3rd Earl of Brondell, at a dinner in London.", "Brondell"),
        ("Old songs tell how a King of Athens once ruled the whole valley.", "Athens"),
        ("Letters from the Duke of Kestmoor were read aloud to the court.", "Kestmoor"),
    ],
)
def test_entities_genres_title_of_a_place_names_no_person(nlp: Language, text: str, place: str) -> None:
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type == "Person" and " of " in e.name], sorted(ents)
    assert place in ents and ents[place].type in PLACE_TYPES, sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    "text",
    [
        "He became a fellow at King's College and wrote poems there.",
        "The choir sang at Queen's Hall every Sunday that winter.",
    ],
)
def test_entities_genres_possessive_title_opens_a_name(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type == "Person"], sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    "text",
    [
        "The first walls of the town were built around 1200 BC by farmers from the coast.",
        "By the 5th century BC, the harbour had become the busiest in the region.",
        "Coins minted in AD 79 were found under the old market.",
    ],
)
def test_entities_genres_era_is_no_body(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert not {"BC", "AD"} & set(ents), sorted(ents)


@pytest.mark.parametrize(
    "text",
    [
        "Settlers came to the U. S. from many lands, the old ledger shows.",
        "Trade with the U. K. grew quickly after the war, the report said.",
    ],
)
def test_entities_genres_spaced_initials_name_a_state(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert [e for e in ents.values() if e.type == "State"], sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        (
            "Brazil faces a long fight over the budget. The Senate will vote on the plan next week, "
            "and Brazil's president has asked senators to back it.",
            "Senate of Brazil",
        ),
        (
            "The House will debate the bill today. Leaders of the House of Representatives of Mexico "
            "said the vote would be close, and Mexico's cabinet agreed.",
            "House of Representatives of Mexico",
        ),
    ],
)
def test_entities_genres_chamber_is_its_state_body(nlp: Language, text: str, chamber: str) -> None:
    ents = _run(nlp, text)
    assert chamber in ents, sorted(ents)
    assert ents[chamber].type == "Agency"
    bare = chamber.split(" of ")[0].split()[0]
    assert bare not in ents, sorted(ents)  # "the House" / "the Senate" alone is the same body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After the riots the elders appointed Talvos to write new laws for the city.", "Talvos"),
        ("The assembly elected Corvane, a young general, to lead the fleet.", "Corvane"),
        ("In the spring of 1802 she married Dravik in a small chapel.", "Dravik"),
    ],
)
def test_entities_genres_object_of_appointing_is_a_person(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Person", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trains to the coast run through the Harlow Tube under the bay.", "Harlow Tube"),
        ("Engineers closed the Mervale Tube for repairs last night.", "Mervale Tube"),
    ],
)
def test_entities_genres_tube_is_a_place(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type in PLACE_TYPES, sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Right now there is Tomas [Brekke], who edits the videos for us.", "Tomas Brekke"),
        ("We asked Lena [Okoro] about the tour, and she said it was sold out.", "Lena Okoro"),
    ],
)
def test_entities_genres_bracketed_completion_is_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Person", sorted(ents)
    assert ents[name].mentions[0].text.endswith("]")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Late in life Carver composed hymns for the village church.", "Carver"),
        ("In old age Turner painted the cliffs near his home.", "Turner"),
        ("Mason painted the chapel walls in 1790.", "Mason"),
    ],
)
def test_entities_genres_life_verb_makes_a_person_of_a_noun_name(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Person", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The letters are kept at the Stedelijke Bibliotheek in the old town.", "Stedelijke Bibliotheek"),
        ("Her drawings went to Biblioteca Marvessi when she retired.", "Biblioteca Marvessi"),
    ],
)
def test_entities_genres_foreign_institution_head_makes_a_body(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Organization", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The plan restored the old Varesso and Pelinto districts near the port.", ("Varesso", "Pelinto")),
        ("Farms spread across the Hollin and Marrow counties after the war.", ("Hollin", "Marrow")),
    ],
)
def test_entities_genres_names_sharing_a_region_head_are_regions(
    nlp: Language, text: str, names: tuple[str, ...]
) -> None:
    ents = _run(nlp, text)
    for name in names:
        assert name in ents and ents[name].type == "Region", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Practice sharpens basic visual skills (Varga, Okoro, Telles, & Brandt, 2010).",
            ("Varga", "Okoro", "Telles", "Brandt"),
        ),
        ("Memory gains were small (Holm et al., 2005; Pradel & Sorin 2011; Morgan-Lisle 2012).", ("Holm", "Pradel")),
        ("As Kessel and de Vries (2004) argued, the effect fades within a year.", ("Kessel", "de Vries")),
    ],
)
def test_entities_genres_cited_authors_are_persons(nlp: Language, text: str, authors: tuple[str, ...]) -> None:
    ents = _run(nlp, text)
    for name in authors:
        assert name in ents and ents[name].type == "Person", sorted((e.name, e.type) for e in ents.values())


@pytest.mark.parametrize(
    "text",
    [
        "Growth slowed again later that year (World Bank, 2019).",
        "She starred in Chasing Dawn (2004) and moved to Rome (2006).",
        "Sales fell in the spring (March 2010) and rose again.",
    ],
)
def test_entities_genres_no_author_without_an_author_list(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type == "Person"], sorted((e.name, e.type) for e in ents.values())
