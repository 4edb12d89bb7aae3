"""(entities, found relations) -> ``kg:partOf`` from a force's territorial unit to the force.

Border guards and police forces report through their units, named after a place and the force
("the Varn Border Guard Division", "the Kelo Police District"), in a text that also names the
force itself ("Poland's Border Guard", "the Polish police"): the unit is part of that force. The
force is the text's one body of the same kind (border guard, police, army, ...), qualified by its
state; with none or several, which one is left open.
"""

from __future__ import annotations

from kg.extract.relation_spans import Found
from kg.lexicon.names import slugify
from kg.model import Entity
from kg.nlp.patterns import AGENCY_HEADS

__all__ = ["force_units"]

#: Last words of a force's territorial units ("Division", "District"); a department or a
#: directorate is a body of its own.
_UNIT_NOUNS = frozenset({"division", "district", "detachment", "sector"})


def force_units(entities: tuple[Entity, ...], found: Found) -> None:
    """Add ``unit partOf force`` for each unit whose force the text names once."""
    agencies = [e for e in entities if e.type == "Agency"]
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
