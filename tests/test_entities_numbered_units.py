"""A force's unit named by its number and its kind ("the Sixth Armoured Brigade", "the 9th Infantry
Division", "Mountain Battalion 23") is a state's body under its whole name, and part of the army
the text names (`kg/nlp/unit_names.py`).

The NER left a spelled ordinal or a whole unit out, called a division an organization or, after
"from", a town, and cut the number after the head. Every sentence and unit name is invented.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types, linked_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article
from kg.nlp.unit_names import unit_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Sixth Armoured Brigade was deployed near Kravenik on Monday, the army said.", "Sixth Armoured Brigade"),
        (
            "The ministry said the Ninth Mountain Brigade of the National Army had sent 300 soldiers north.",
            "Ninth Mountain Brigade",
        ),
        ("Soldiers of the 42nd Infantry Battalion secured the village of Tomelo on Monday.", "42nd Infantry Battalion"),
    ],
)
def test_entities_numbered_units_the_ner_missed_are_found(nlp: Language, text: str, name: str) -> None:
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Agency", types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Colonel Ana Roe, commander of the 2nd Infantry Division, told reporters the roads were open.",
            "2nd Infantry Division",
        ),
        (
            "Two soldiers of the 3rd Infantry Division were wounded near Tarvik, officials said.",
            "3rd Infantry Division",
        ),
        ("Two more battalions have been sent to the coast from the 8th Infantry Division.", "8th Infantry Division"),
    ],
)
def test_entities_numbered_divisions_are_bodies_not_firms_or_towns(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops from Mountain Battalion 23 patrolled the pass on Sunday.", "Mountain Battalion 23"),
        ("The soldiers come from Infantry Battalion 41 and a police company.", "Infantry Battalion 41"),
    ],
)
def test_entities_numbered_units_keep_the_number_after_the_head(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


def test_entities_numbered_units_keep_a_spelled_ordinal_and_their_members() -> None:
    assert unit_name("Sixty-Second Regiment")
    assert not unit_name("Immigration Division")  # a body's department, no force's unit
    assert not unit_name("Western Division")


@pytest.mark.parametrize(
    "text",
    [
        "The Luxembourg Army said its 4th Infantry Division had moved two battalions to the border.",
        "Luxembourg's army has ordered the Third Armoured Brigade to the border, the army said on Friday.",
    ],
)
def test_entities_numbered_units_are_part_of_the_army(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    rels = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert any(p == "partOf" and o == "agency/army-luxembourg" for _, p, o in rels), rels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A suspect surrendered to the military authorities in Tarvik (6th Military Region) on Friday.",
            "6th Military Region",
        ),
        (
            "The Commander of the 3rd Military Region, Major General Tomas Roe, inspected the border.",
            "3rd Military Region",
        ),
    ],
)
def test_entities_numbered_units_a_numbered_military_region_is_a_command(nlp: Language, text: str, name: str) -> None:
    """ "the 5th Military Region" is a force's command, no region of the map named "Military Region"."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Agency"}, types
    assert "Military Region" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Luxembourg will send 300 soldiers to the border. They come mainly from the 4th Rifle Brigade in"
        " Esch-sur-Alzette.",
        "Luxembourg said the troops will come from the 9th Mountain Brigade in Esch-sur-Alzette and from reserve"
        " companies.",
    ],
)
def test_entities_numbered_units_keep_their_own_name_beside_a_town(nlp: Language, text: str) -> None:
    """A unit placed in a town is its state's, keyed so, and named as written (not "... of Luxembourg")."""
    doc = nlp(text)
    units = [e for e in find_entities(doc, Article(id="t", text=text, source="test")) if e.type == "Agency"]
    assert [e.name for e in units if e.key.endswith("-luxembourg")] in (["4th Rifle Brigade"], ["9th Mountain Brigade"])
