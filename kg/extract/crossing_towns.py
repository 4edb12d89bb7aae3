"""(text, linked mentions) -> the same mentions, a crossing named after its town set apart from the town.

News names a border crossing after the town beside it ("the Velsar border post") and speaks of the
town itself in the same text ("officers were sent to Velsar", "the border town of Velsar"). Where
the text gives both readings, the town keeps the bare name and the crossing is named with the kind
words the text writes after it ("Velsar border post") or before it ("the crossing at Velsar" is
the "Velsar crossing"): two places, two nodes, instead of the town read as a checkpoint.

A text may call the crossing at that town by two kinds ("the Velsar crossing" of the ferry, then
"the Velsar bridge" that will replace it): one crossing point of one town, one node, named both
ways.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.links import Linked
from kg.lexicon.crossing_names import crossing_sides, without_kind
from kg.lexicon.names import entity_key
from kg.model import Entity

__all__ = ["crossings_apart_from_towns", "kinds_of_one_town_joined", "without_town_aliases"]

_KIND = r"(?:(?:border|road|rail|motorway)\s+)?(?:crossing\s+point|crossing|post|checkpoint|gate|terminal)"
#: Kind words that name a town's crossing point whatever way carries it: "the Velsar crossing".
_GENERIC = frozenset({"crossing", "crossing point", "border crossing", "border crossing point"})
#: Kind words after a crossing's name: "Velsar border post", "Velsar crossing point", and after the
#: pair it is the first of: "the Velsar and Orm border posts".
_AFTER = re.compile(rf"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+({_KIND})s?\b")
#: Words before a place's name that speak of the town: "families in Velsar", "roadworks between Orm
#: and Velsar" (a kind word before them is the crossing's: "the post in Velsar"). "of" and "from" are
#: the crossing's as often ("the opening hours of Velsar", "traffic away from Velsar").
_TOWN_BEFORE = re.compile(r"(?:\b(?:in|near|outside)|\bbetween\s+[A-Z][^\s,.;]*(?:\s+[A-Z][^\s,.;]*)*\s+and)\s+$")
#: Kind words before it: "the border crossing at Velsar", "the post of Velsar", "the crossing in Velsar".
_BEFORE = re.compile(rf"\b({_KIND})s?\s+(?:at|of|in)\s+$")


def crossings_apart_from_towns(text: str, links: list[Linked]) -> list[Linked]:
    """``links`` with each checkpoint that shares its name with a town of the text renamed
    (and rekeyed) to its name and kind words; other links are returned unchanged. A checkpoint's
    bare name the text uses as a town's ("families in Velsar") is that town, where the text also
    names the crossing with its kind."""
    towns = {lk.name for lk in links if lk.type == "Settlement"}
    bare = {lk.name for lk in links if lk.type == "Checkpoint" and lk.kind == "name" and _town_use(text, lk)}
    kinds: dict[str, str] = {}
    for lk in links:
        if lk.type != "Checkpoint" or lk.kind != "name" or lk.name not in towns | bare or lk.name in kinds:
            continue
        after = _AFTER.match(text, lk.end)
        before = _BEFORE.search(text, max(0, lk.start - 40), lk.start)
        if after:
            kinds[lk.name] = " ".join(after.group(1).lower().split())
        elif before:
            kinds[lk.name] = " ".join(before.group(1).lower().split())
    if not kinds:
        return links
    out = []
    for lk in links:
        kind = kinds.get(lk.name) if lk.type == "Checkpoint" else None
        if kind is None:
            out.append(lk)
            continue
        if lk.name in bare - towns and _town_use(text, lk):
            out.append(replace(lk, type="Settlement", key=entity_key("Settlement", lk.name)))
            continue
        name = f"{lk.name} {kind}"
        out.append(replace(lk, key=entity_key("Checkpoint", name), name=name))
    return out


def _town_use(text: str, lk: Linked) -> bool:
    """A mention of a place's bare name as a town's: no kind words beside it, town words before it."""
    start = max(0, lk.start - 60)
    if _AFTER.match(text, lk.end) or _BEFORE.search(text, start, lk.start):
        return False
    return _TOWN_BEFORE.search(text, start, lk.start) is not None


def kinds_of_one_town_joined(links: list[Linked]) -> list[Linked]:
    """``links`` with a checkpoint named after a town of the text by a way's kind ("Velsar bridge")
    keyed as the one named after it as a crossing ("Velsar crossing"), with every mention of it ("the
    bridge"); each name keeps its words as written. "the X crossing" names the town's crossing
    point whatever carries it, so it is the one way the text names there; two ways of one town
    ("the X border post", "the X bridge") stay two crossings."""
    towns = {lk.name for lk in links if lk.type == "Settlement"}
    kinds: dict[str, dict[str, str]] = {}  # town -> key -> kind words
    for lk in links:
        town = _town_named(lk, towns)
        if town is not None:
            kinds.setdefault(town, {}).setdefault(lk.key, lk.name.removeprefix(town).strip().lower())
    moved: dict[str, str] = {}
    for by_key in kinds.values():
        generic = [k for k, kind in by_key.items() if kind in _GENERIC]
        if len(by_key) == 2 and len(generic) == 1:
            moved |= {k: generic[0] for k in by_key if k != generic[0]}
    if not moved:
        return links
    return [replace(lk, key=moved[lk.key]) if lk.type == "Checkpoint" and lk.key in moved else lk for lk in links]


def _town_named(lk: Linked, towns: set[str]) -> str | None:
    """The town of the text a checkpoint's name is, with its kind words ("Velsar border post"), or None."""
    if lk.type != "Checkpoint" or lk.kind != "name" or crossing_sides(lk.name):
        return None
    stem = without_kind(lk.name)
    return stem if stem != lk.name and stem in towns else None


def without_town_aliases(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """``entities`` with each checkpoint's aliases that are the name of a town of the same text
    dropped: the crossing set apart from its town ("Velsar border post") keeps the kind words, and
    the bare "Velsar" labels the town alone, so that a reader of the graph finds one thing by it."""
    towns = {e.name for e in entities if e.type == "Settlement"}
    if not towns:
        return entities
    return tuple(
        replace(e, aliases=tuple(a for a in e.aliases if a not in towns)) if e.type == "Checkpoint" else e
        for e in entities
    )
