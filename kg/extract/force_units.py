"""(entities, found relations) -> ``kg:partOf`` from a force's territorial unit to the force.

Border guards and police forces report through their units, named after a place and the force
("the Varn Border Guard Division", "the Kelo Police District"), in a text that also names the
force itself ("Poland's Border Guard", "the Polish police"): the unit is part of that force. The
force is the text's one body of the same kind (border guard, police, army, ...), qualified by its
state; with none or several, which one is left open.

A numbered unit of the military ("the 3rd Infantry Division", "the Sixth Armoured Brigade") is
part of its state's army, or of its armed forces, where the text names that body: the army is
what a division serves in, the state only through it.
"""

from __future__ import annotations

from kg.extract.relation_spans import Found
from kg.lexicon.gazetteer import state_slug
from kg.lexicon.names import slugify
from kg.model import Entity
from kg.nlp.patterns import AGENCY_HEADS
from kg.nlp.unit_names import unit_name

__all__ = ["force_units"]

#: Key openings of a state's military bodies, the one a unit is part of first.
_MILITARY = ("agency/army-", "agency/armed-forces-")

#: Last words of a force's territorial units ("Division", "District"); a department or a
#: directorate is a body of its own.
_UNIT_NOUNS = frozenset({"division", "district", "detachment", "sector"})


def force_units(entities: tuple[Entity, ...], found: Found) -> None:
    """Add ``unit partOf force`` for each unit whose force the text names once."""
    agencies = [e for e in entities if e.type == "Agency"]
    _military_units(agencies, found)
    for unit in agencies:
        words = unit.name.split()
        if len(words) < 3 or words[-1].lower() not in _UNIT_NOUNS or not words[-1][:1].isupper():
            continue
        body = " ".join(words[:-1]).lower()
        canon = next((v for k, v in AGENCY_HEADS.items() if body.endswith(f" {k}")), None)
        if canon is None:
            continue
        prefix = f"agency/{slugify(canon)}-"
        forces = [e for e in agencies if e.key.startswith(prefix) and e.key != unit.key and e.key not in unit.key]
        if len(forces) == 1:
            found.setdefault((unit.key, "partOf", forces[0].key), []).append(unit.mentions[0])


def _military_units(agencies: list[Entity], found: Found) -> None:
    """Make a numbered military unit part of its state's army (else armed forces), in place of the
    state; a unit of no known state is part of the text's one army (else one armed forces)."""
    keys = {e.key for e in agencies}
    for unit in agencies:
        if not unit_name(unit.name):
            continue
        edges = [k for k in found if k[0] == unit.key and k[1] == "partOf"]
        for edge in (k for k in edges if k[2].startswith("state/")):
            slug = state_slug(edge[2].removeprefix("state/"))
            force = next((f"{head}{slug}" for head in _MILITARY if f"{head}{slug}" in keys), None)
            if force is not None:
                found.setdefault((unit.key, "partOf", force), []).extend(found.pop(edge))
        if edges:
            continue
        for head in _MILITARY:
            forces = [k for k in keys if k.startswith(head)]
            if forces:
                if len(forces) == 1:
                    found.setdefault((unit.key, "partOf", forces[0]), []).append(unit.mentions[0])
                break
