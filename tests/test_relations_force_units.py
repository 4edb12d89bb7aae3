"""A force's territorial unit ("the Varnhold Border Guard Division") keeps its whole name and is
part of the force the text names; a body's name keeps "General" before its head, also before "of"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _read(nlp: Language, text: str) -> tuple[dict[str, str], set[tuple[str, str]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    parts = {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "partOf"}
    return {e.key: e.name for e in entities}, parts


@pytest.mark.parametrize(
    ("text", "force", "units"),
    [
        (
            "The Varnhold Border Guard Division said on Monday that its officers had stopped 40 people near "
            "the border with Belarus. Poland's Border Guard said the Tarsk Border Guard Division had also "
            "been reinforced.",
            "agency/border-guard-poland",
            ("Varnhold Border Guard Division", "Tarsk Border Guard Division"),
        ),
        (
            "Finland's border guard will send more patrols to the east. The Lowmark Border Guard District "
            "reports that groups are being driven to the fence at night.",
            "agency/border-guard-finland",
            ("Lowmark Border Guard District",),
        ),
    ],
)
def test_relations_force_units_are_part_of_their_force(
    nlp: Language, text: str, force: str, units: tuple[str, ...]
) -> None:
    """Each unit is one body under its whole name, part of the force the text names."""
    names, parts = _read(nlp, text)
    keys = {name: key for key, name in names.items()}
    assert all(u in keys for u in units), names
    assert all((keys[u], force) in parts for u in units), parts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The General Directorate of Civil Registry said on Tuesday that 300 people had been registered.",
            "General Directorate of Civil Registry",
        ),
        (
            "Officers from the General Intelligence Department seized the shipment near the border on Friday.",
            "General Intelligence Department",
        ),
    ],
)
def test_relations_force_units_general_opens_a_body_name(nlp: Language, text: str, name: str) -> None:
    """ "General" before a body's head is part of its name, never a rank before a person."""
    names, _ = _read(nlp, text)
    assert name in names.values(), names
    assert not any(key.startswith("person/") for key in names)


@pytest.mark.parametrize(
    ("text", "unit", "force", "state"),
    [
        (
            "The Estonian Army confirmed on Monday that the 4th Rifle Brigade had sent two companies to the "
            "eastern border.",
            "agency/4th-rifle-brigade-estonia",
            "agency/army-estonia",
            "state/EE",
        ),
        (
            "A spokeswoman for the Armed Forces of Guatemala said the 6th Engineer Battalion would repair the "
            "bridge by Thursday.",
            "agency/6th-engineer-battalion-guatemala",
            "agency/armed-forces-guatemala",
            "state/GT",
        ),
        (
            "The Uruguayan Armed Forces said the 9th Infantry Battalion of the Uruguayan Army had reached the "
            "river on Sunday.",
            "agency/9th-infantry-battalion-uruguay",
            "agency/army-uruguay",
            "state/UY",
        ),
    ],
)
def test_relations_numbered_formations_are_part_of_the_land_force(
    nlp: Language, text: str, unit: str, force: str, state: str
) -> None:
    """A numbered formation is part of the text's one Army (else its Armed Forces) and of its state."""
    names, parts = _read(nlp, text)
    assert unit in names, names
    assert (unit, force) in parts, parts
    assert (unit, state) in parts, parts


@pytest.mark.parametrize(
    "text",
    [
        "The Varnhold Fire Brigade and the Estonian Army cleared the road after the storm.",
        "The Estonian Army and the Latvian Army held drills on Monday, and the 4th Rifle Brigade fired its new guns.",
    ],
)
def test_relations_formations_need_a_number_and_one_army(nlp: Language, text: str) -> None:
    """A brigade without a number is no army formation; with two armies named, whose it is stays open."""
    _, parts = _read(nlp, text)
    assert not any(s.endswith("brigade") and o.startswith("agency/army-") for s, o in parts), parts


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Estonia will send more troops. Most of the soldiers belong to the 4th Rifle Brigade in Tartu, "
            "the Army said.",
            "4th Rifle Brigade",
        ),
        (
            "Chile said on Friday that the 3rd Engineer Regiment of Chile would rebuild the pier.",
            "3rd Engineer Regiment",
        ),
    ],
)
def test_relations_numbered_body_keeps_its_written_name(nlp: Language, text: str, written: str) -> None:
    """A body named with its state's name added keeps the name the text wrote, number first."""
    article = Article(id="t", text=text, source="test")
    entities = find_entities(nlp(text), article)
    assert any(written == e.name or written in e.aliases for e in entities), [(e.name, e.aliases) for e in entities]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The Paraguayan Armed Forces said the 5th Cavalry Regiment would patrol the river bank, and that "
            "its officers had briefed the Bolivian Army on the plan.",
            "BO",
        ),
        (
            "Soldiers of the 3rd Engineer Battalion reached Kastrell on Sunday, the Honduran Defence Force "
            "said. Liaison officers of the Nicaraguan Army were told of the move in advance.",
            "NI",
        ),
    ],
)
def test_relations_formations_stay_open_between_two_states_forces(nlp: Language, text: str, other: str) -> None:
    """One state's Armed Forces and the neighbour's Army: the formation is not made the neighbour's."""
    _, parts = _read(nlp, text)
    assert not any(
        any(w in s for w in ("regiment", "battalion")) and (o == f"state/{other}" or o.startswith("agency/army-"))
        for s, o in parts
    ), parts
