"""Linked mentions -> the same mentions, a crossing called by one of its ends joined to the crossing
named after both.

A crossing named after the towns on its two sides ("the Tolvik - Harnsby crossing", "Tolvik-Harnsby",
"Tolvik/Harnsby") is often called by one side's name later in the same text ("the Harnsby post",
"the Harnsby crossing"): one crossing, so one node. Only a checkpoint moves (a mention read as the
town, "the shops of Harnsby", stays the town), and only to the one joined crossing of the text that
has that end: with two such crossings the short name stays apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.links import Linked

__all__ = ["crossings_by_one_end"]

#: Between the two ends of a crossing's name: a spaced dash first ("Dolna Vas - Kelo", whose ends
#: may hold hyphens of their own), else a hyphen, a dash or a slash.
_SPACED = re.compile(r"\s+[-–—]\s+")
_JOINED = re.compile(r"\s*[-–—/]\s*")


def _ends(name: str) -> tuple[str, ...]:
    """The two side names of a crossing named after both, or () for any other name."""
    parts = _SPACED.split(name)
    if len(parts) != 2:
        parts = _JOINED.split(name)
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return ()
    return tuple(parts)


def crossings_by_one_end(links: list[Linked]) -> list[Linked]:
    """``links`` with each checkpoint named like one end of the text's one crossing named after both
    ends linked to that crossing; other links are returned unchanged."""
    joined: dict[str, dict[str, Linked]] = {}
    for lk in links:
        if lk.type == "Checkpoint" and lk.kind == "name":
            for end in _ends(lk.name):
                joined.setdefault(end, {})[lk.key] = lk
    if not joined:
        return links
    out = []
    for lk in links:
        owners = joined.get(lk.name, {}) if lk.type == "Checkpoint" and lk.kind == "name" else {}
        if len(owners) == 1:
            full = next(iter(owners.values()))
            lk = replace(lk, key=full.key, name=full.name, same_as=full.same_as, parent=full.parent)
        out.append(lk)
    return out
