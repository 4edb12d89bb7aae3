"""A border crossing's name -> the towns it is named after: "A - B crossing" is named after A and B.

A crossing between two towns is often named after both, one on each side of the border, joined by
a dash or a slash ("Vell - Orsa", "Vell/Orsa crossing point"), and a later sentence or another
text names it after the one town on its own side ("the Orsa crossing"). The resolver and the
linker read both as one crossing when one name is a side of the other.
"""

from __future__ import annotations

import re

__all__ = ["crossing_sides", "without_kind"]

#: The kind words a crossing's name may end with: "crossing", "border post", "crossing point"...
_KIND = re.compile(
    r"\s+(?:(?:international|border|road|rail|land)\s+)*(?:crossing\s+point|crossing|checkpoint|post|point|bridge)$",
    re.IGNORECASE,
)
#: What joins the two towns of a pair: a slash, a spaced dash, or a hyphen before a capital.
_JOIN = re.compile(r"\s*/\s*|\s+[-–]\s+|–|-(?=[A-Z\u00c0-\u024f])")


def without_kind(name: str) -> str:
    """``name`` without the kind words it ends with: "Orsa crossing point" -> "Orsa"."""
    return _KIND.sub("", name.strip())


def crossing_sides(name: str) -> tuple[str, ...]:
    """The two towns a crossing's ``name`` pairs, each capitalised; () when it names no pair."""
    parts = tuple(p.strip() for p in _JOIN.split(without_kind(name)))
    if len(parts) != 2 or not all(p[:1].isupper() and not re.search(r"-[a-z]", p) for p in parts):
        return ()  # "Esch-sur-Alzette" is one town
    return parts
