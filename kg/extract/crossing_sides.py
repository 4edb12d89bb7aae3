"""Linked mentions -> the same mentions, a crossing named after one town of its pair joined to the pair.

A text names a crossing after the pair of towns facing each other ("the Vell - Orsa crossing")
and later after the one town on its side ("the Orsa crossing"): one crossing, one node. Only a
checkpoint whose name is a side of exactly one paired crossing of the text moves.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.links import Linked
from kg.lexicon.crossing_names import crossing_sides, without_kind
from kg.lexicon.spelling import fold_name

__all__ = ["sides_joined"]


def sides_joined(links: list[Linked]) -> list[Linked]:
    """``links`` with each checkpoint named after one town of a paired crossing rekeyed to the pair."""
    pairs: dict[str, dict[str, Linked]] = {}
    for lk in links:
        if lk.type == "Checkpoint":
            for side in crossing_sides(lk.name):
                pairs.setdefault(fold_name(side), {})[lk.key] = lk
    if not pairs:
        return links
    out = []
    for lk in links:
        owners = pairs.get(fold_name(without_kind(lk.name)), {}) if lk.type == "Checkpoint" else {}
        if len(owners) == 1 and not crossing_sides(lk.name):
            pair = next(iter(owners.values()))
            lk = replace(lk, key=pair.key, name=pair.name, same_as=pair.same_as, parent=pair.parent)
        out.append(lk)
    return out
