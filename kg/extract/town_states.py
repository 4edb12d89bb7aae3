"""(found relations) -> a town placed in its state both ways: ``kg:partOf`` and ``kg:locatedIn``.

A town in a state is at once an administrative part of it and a place that lies in it, and
news texts that place one ("X, a town in Y", "the Ruritanian town of X", "X, on the Ruritanian
side") do not say which of the two they mean. The contract has a property for each, and readers
(and annotators) ask for either, so a town the text places in a state gets both edges, with the
same evidence. Regions keep ``partOf`` alone (a province is a unit of its state, not a spot in
it), and a town in a region keeps what its wording gave: "the X district of Y" is a unit, "X in
the Y region" a location.
"""

from __future__ import annotations

from kg.extract.relation_spans import Found

__all__ = ["place_towns_both_ways"]

_PLACEMENTS = {"partOf": "locatedIn", "locatedIn": "partOf"}


def place_towns_both_ways(found: Found) -> None:
    """Add the other placement of each ``settlement/... partOf|locatedIn state/...`` edge."""
    for (s, p, o), evidence in sorted(found.items()):
        if p in _PLACEMENTS and s.startswith("settlement/") and o.startswith("state/"):
            found.setdefault((s, _PLACEMENTS[p], o), []).extend(evidence)
