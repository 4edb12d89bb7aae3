"""(entities, found relations) -> ``kg:partOf`` from a force's unit to the force.

Border guards and police forces report through their units, named after a place and the force
("the Varn Border Guard Division", "the Kelo Police District"), in a text that also names the
force itself ("Poland's Border Guard", "the Polish police"): the unit is part of that force. The
force is the text's one body of the same kind (border guard, police, army, ...), qualified by its
state; with none or several, which one is left open.

Armies report through numbered formations ("the 12th Mountain Brigade", "the Third Armoured
Division"): such a formation is part of the text's land force, its Army
first, else its Armed or Defence Forces, and of that force's state. A text naming the land forces
of two states (its own Defence Force, "our counterparts of the neighbour's Army") leaves it open.
"""

from __future__ import annotations

from spacy.lang.en.lex_attrs import like_num

from kg.extract.relation_spans import Found
from kg.lexicon.names import slugify
from kg.model import Entity
from kg.nlp.patterns import AGENCY_HEADS

__all__ = ["force_units"]

#: Last words of a force's territorial units ("Division", "District"); a department or a
#: directorate is a body of its own.
_UNIT_NOUNS = frozenset({"division", "district", "detachment", "sector"})

#: Last words of an army's formations, numbered in their names ("the 4th Rifle Brigade").
_FORMATION_NOUNS = frozenset({"brigade", "battalion", "regiment", "division"})

#: Heads of a state's land force, most specific first: a formation belongs to the Army when the
#: text names one, else to the Armed (or Defence) Forces.
_LAND_FORCES = (("army",), ("armed forces", "defence forces", "defense forces", "defence force", "defense force"))


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
    _formations(agencies, found)


def _formations(agencies: list[Entity], found: Found) -> None:
    """Add ``formation partOf force`` (and the force's state) for each numbered army formation
    when the text names one land force of the first kind it names at all; a formation already
    placed in a state (:mod:`kg.extract.unit_states`) looks only among that state's forces, and
    one placed nowhere stays open when the text's land forces belong to two states."""
    formations = [e for e in agencies if _formation(e.name)]
    bodies = [e for e in agencies if e not in formations]
    land = [e for e in bodies if any(_head(e.name) in heads for heads in _LAND_FORCES)]
    shared = len({state for e in land for state in _states(found, e.key)}) > 1
    for unit in formations:
        home = _states(found, unit.key)
        if shared and not home:
            continue  # one state's Army and the other's Defence Force: whose the formation is stays open
        force = _land_force(bodies, found, home)
        if force is None:
            continue  # none, or two states' armies: which one a formation serves is left open
        found.setdefault((unit.key, "partOf", force), []).append(unit.mentions[0])
        states = sorted(_states(found, force))
        if len(states) == 1 and not home:
            found.setdefault((unit.key, "partOf", states[0]), []).append(unit.mentions[0])


def _land_force(bodies: list[Entity], found: Found, home: set[str]) -> str | None:
    """The key of the text's one land force of the first kind it names (of the state ``home``
    when given), or None."""
    for heads in _LAND_FORCES:
        forces = [e for e in bodies if _head(e.name) in heads and (not home or _states(found, e.key) == home)]
        if forces:
            return forces[0].key if len(forces) == 1 else None
    return None


def _states(found: Found, key: str) -> set[str]:
    return {o for (s, p, o) in found if s == key and p == "partOf" and o.startswith("state/")}


def _formation(name: str) -> bool:
    """ "4th Rifle Brigade", "Third Armoured Division": a formation noun closing the name (before
    any "of" and owner: "9th Infantry Battalion of Ruritania") and a number or ordinal opening it
    (a "City Fire Brigade" has none)."""
    words = name.split(" of ")[0].split()
    return len(words) > 1 and words[-1].lower() in _FORMATION_NOUNS and words[-1][:1].isupper() and like_num(words[0])


def _head(name: str) -> str:
    """The words of a body's name before "of" and its owner, lower case: "Army of Ruritania" -> "army",
    "Kelo Defence Forces" -> "defence forces" (its last two words when longer)."""
    words = name.split(" of ")[0].lower().split()
    return " ".join(words[-2:]) if words[-1:] != ["army"] else "army"
