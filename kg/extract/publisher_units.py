"""(Article, entities, found relations) -> ``kg:partOf`` from a force's units to the force that publishes the text.

A police force, an army or a coast guard writes of its own units by their names alone: a
police statement's "the Border Police Directorate" and "the Special Intervention Unit", an
armed forces' release's "the General Command" and "the Northern Military Region", a coast
guard's "the 7th Regional Headquarters". The text's publisher says whose units they are: each
body the text names whose name ends in a unit's noun, and that no rule placed in another body
or in another state, is part of the publishing force.
"""

from __future__ import annotations

from kg.extract.body_heads import body_head
from kg.extract.publisher_owner import publisher_owner
from kg.extract.relation_spans import Found
from kg.model import Article, Entity

__all__ = ["publisher_units"]

#: Head nouns of a disciplined force's own name: police, armed forces, coast or border guards.
_FORCE_HEADS = frozenset({"police", "force", "forces", "army", "navy", "guard", "gendarmerie", "constabulary"})

#: Heads a force may name itself by after its kind: "the Ruritanian Police Service", "the Swedish
#: Police Authority", "the Coast Guard Administration".
_SERVICE_HEADS = frozenset({"service", "authority", "administration", "agency"})

#: Nouns that end the name of a force's unit, command or branch ("the Rapid Response Unit", "the
#: General Command", "the Air Corps", "the Harbour Contingent"); a department or an office is often
#: a body of its own, and so is a service.
_UNIT_HEADS = frozenset(
    {"unit", "command", "headquarters", "contingent", "corps", "wing", "detachment", "sector"}
    | {"division", "district", "squadron", "battalion", "brigade", "regiment", "flotilla", "fleet"}
)
#: Heads of a force's branch only when the name also says the force's kind ("the Border Police
#: Directorate"): "the Public Security Directorate" or "the Directorate of Immigration" is a body
#: of its own that a force's release may name.
_OWN_KIND_HEADS = frozenset({"directorate"})

#: Nouns of a force's territorial commands, a unit's only after "Military" or "Naval" ("the
#: Eastern Military Region"); alone they name the map's.
_COMMAND_AREAS = frozenset({"region", "zone"})
_COMMAND_LEADS = frozenset({"military", "naval"})


def publisher_units(article: Article, entities: tuple[Entity, ...], found: Found) -> None:
    """Add ``unit partOf force`` for each unit the text names when its publisher is that force."""
    owner = publisher_owner(article, entities)
    force = next((e for e in entities if e.key == owner and e.type == "Agency"), None)
    kind = _force_kind(force.name) if force is not None else None
    if force is None or kind is None:
        return
    home = _states(found, force.key)
    for unit in entities:
        if unit.type != "Agency" or unit.key == force.key or not _unit_name(unit.name, kind):
            continue
        placed = {o for (s, p, o) in found if s == unit.key and p == "partOf"}
        if any(o.startswith("agency/") for o in placed) or (_states(found, unit.key) - home):
            continue  # a part of another body already, or of another state: not this force's
        found.setdefault((unit.key, "partOf", force.key), []).append(unit.mentions[0])


def _words(name: str) -> list[str]:
    return [w for w in name.lower().replace("-", " ").split() if w != "the"]


def _force_kind(name: str) -> str | None:
    """The kind of disciplined force a body's name says it is, or None: its head noun ("the Uganda
    Police Force": force), else a force's word before a head such as "Service" or "Authority" ("the
    Ruritanian Police Service", "the Coast Guard Administration": police, guard)."""
    words = _words(name)
    head = body_head(words)
    if head in _FORCE_HEADS:
        return head
    if head not in _SERVICE_HEADS or head not in words:
        return None  # "the Police Service Commission" oversees a force and is none
    return next((w for w in words[: words.index(head)] if w in _FORCE_HEADS), None)


def _unit_name(name: str, kind: str) -> bool:
    """A name of two or more words headed by a unit's noun, by "Military/Naval Region", or by a
    directorate's with the force's ``kind`` ("police", "army") among its words."""
    words = _words(name)
    head = body_head(words)
    if len(words) < 2 or name[:1].islower():
        return False
    if head in _COMMAND_AREAS:
        i = words.index(head)
        return i > 0 and words[i - 1] in _COMMAND_LEADS
    return head in _UNIT_HEADS or (head in _OWN_KIND_HEADS and kind in words)


def _states(found: Found, key: str) -> set[str]:
    return {o for (s, p, o) in found if s == key and p == "partOf" and o.startswith("state/")}
