"""(found relations) -> a town placed in its state both ways, and a town in its unit also lying in it.

A town in a state is at once an administrative part of it and a place that lies in it, and
news texts that place one ("X, a town in Y", "the Ruritanian town of X", "X, on the Ruritanian
side") do not say which of the two they mean. The contract has a property for each, and readers
(and annotators) ask for either, so a town the text places in a state gets both edges, with the
same evidence. Regions keep ``partOf`` alone (a province is a unit of its state, not a spot in
it). A town the wording makes part of a region ("the X district of Y", "X, Y province") also
lies in it: a unit's towns are inside its borders, and readers ask where a town is more often
than what governs it. The converse does not hold: "X in the Y region" says where X lies, not
which unit governs it (a town near a boundary, a region named loosely), so it stays a location.
"""

from __future__ import annotations

from kg.extract.relation_spans import Found

__all__ = ["place_towns_both_ways"]

_PLACEMENTS = {"partOf": "locatedIn", "locatedIn": "partOf"}


def place_towns_both_ways(found: Found) -> None:
    """Add the other placement of each ``settlement/... partOf|locatedIn state/...`` edge, and
    ``locatedIn`` beside each ``settlement/... partOf region/...`` one."""
    for (s, p, o), evidence in sorted(found.items()):
        if p in _PLACEMENTS and s.startswith("settlement/") and o.startswith("state/"):
            found.setdefault((s, _PLACEMENTS[p], o), []).extend(evidence)
        elif p == "partOf" and s.startswith("settlement/") and o.startswith("region/"):
            found.setdefault((s, "locatedIn", o), []).extend(evidence)
