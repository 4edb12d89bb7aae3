"""(text, linked mentions) -> the same mentions, a region's name beside a lower-case level word
joined to the region's full name.

Officials write a region's name before an adjective or a level word of their own ("the Tarnov
regional government", "the Tarnov provincial police", "the Tarnov district office") and, in the
same text, its full name ("Tarnov Province"). Both speak of one region, and the first is no name
of its own: it joins the full name's node instead of making a second region called "Tarnov",
which a reader would take for the town of that name. The bare word is no name of the region
either (the town has it), so the mention joins as a description, not as an alias.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.links import Linked
from kg.nlp.patterns import REGION_WORDS

__all__ = ["LEVEL_ADJECTIVES", "regions_by_level_joined"]

#: Adjectives of a region's level of government: "the Tarnov regional government".
LEVEL_ADJECTIVES = frozenset({"regional", "provincial", "departmental"})
#: Last words of a region's full name: "Tarnov Oblast", "Tarnov Province", "Tarnov County".
_LEVELS = frozenset({*REGION_WORDS, "county", "department", "municipality", "parish"})
_AFTER = re.compile(r"\s+([a-z]+)\b")
_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")


def regions_by_level_joined(text: str, links: list[Linked]) -> list[Linked]:
    """``links`` with each region mention written beside a lower-case level word ("Tarnov
    regional", "the district of Tarnov") rekeyed to the one region the text names in full
    ("Tarnov Region"); other links, and names with two such full forms, are left unchanged."""
    full: dict[str, set[tuple[str, str]]] = {}
    for lk in links:
        words = lk.name.split()
        if lk.type == "Region" and lk.kind == "name" and len(words) > 1 and words[-1].lower() in _LEVELS:
            full.setdefault(" ".join(words[:-1]), set()).add((lk.key, lk.name))
    if not full:
        return links
    out = []
    for lk in links:
        owners = full.get(lk.name, set()) if lk.type == "Region" and lk.kind == "name" else set()
        if len(owners) == 1 and _level_beside(text, lk):
            key, name = next(iter(owners))
            lk = replace(lk, key=key, name=name, kind="description")  # a mention, not a name of its own
        out.append(lk)
    return out


def _level_beside(text: str, link: Linked) -> bool:
    """A lower-case level word or adjective right after the mention, or "<level> of" before it."""
    after = _AFTER.match(text, link.end)
    if after and after.group(1) in LEVEL_ADJECTIVES | _LEVELS:
        return True
    before = _BEFORE.search(text, max(0, link.start - 30), link.start)
    return bool(before and before.group(1) in _LEVELS)
