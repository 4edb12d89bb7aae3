"""Places of the older documents and of the new ones -> what lies in what, read node by node.

The event rules compare places through ``kg:partOf`` and ``kg:locatedIn`` (a region of the state the
other report names). A full resolve reads that containment for the whole store at once; adding
documents reads it from the nodes they name, upwards and downwards, in the older document graphs
and in the new ones (already resolved, in memory).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from kg.store import KGStore

__all__ = ["Containment"]

#: Both containment predicates as one path: Oxigraph looks each up by subject (or object) and
#: predicate, where ``?p`` filtered afterwards reads every statement of a node many documents name.
_PARTS = "kg:partOf|kg:locatedIn"


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris))


class Containment:
    """``partOf``/``locatedIn`` among the nodes reached, over the older documents and ``scratch``."""

    def __init__(self, older: Callable[[str, str], list[dict[str, str]]], scratch: KGStore) -> None:
        """``older(variables, where)``: the distinct rows of ``where`` (with ``?g``) in the older documents."""
        self._older, self._scratch = older, scratch

    def edges(self, nodes: Iterable[str], up: bool) -> set[tuple[str, str]]:
        """``partOf``/``locatedIn`` edges (child, parent) from or (``up`` False) to ``nodes``, in every document."""
        if not (values := _values(nodes)):
            return set()
        where = f"VALUES ?{'a' if up else 'b'} {{ {values} }} GRAPH ?g {{ ?a {_PARTS} ?b }}"
        found = {(r["a"], r["b"]) for r in self._older("?a ?b", where)}
        rows = self._scratch.query(f"SELECT DISTINCT ?a ?b WHERE {{ {where} }}")
        return found | {(r["a"].value, r["b"].value) for r in rows}  # type: ignore[union-attr]

    def reach(self, start: set[str], up: bool) -> dict[str, set[str]]:
        """Direct parents (``up``) or children of every node reached from ``start``."""
        step: dict[str, set[str]] = defaultdict(set)
        seen, frontier = set(start), set(start)
        while frontier:
            grown = set()
            for a, b in self.edges(frontier, up):
                near, far = (a, b) if up else (b, a)
                step[near].add(far)
                if far not in seen:
                    seen.add(far)
                    grown.add(far)
            frontier = grown
        return step

    @staticmethod
    def closed(step: dict[str, set[str]], start: Iterable[str]) -> dict[str, frozenset[str]]:
        out = {}
        for node in start:
            found: set[str] = set()
            todo = list(step.get(node, ()))
            while todo:
                if (x := todo.pop()) not in found:
                    found.add(x)
                    todo += step.get(x, ())
            if found:
                out[node] = frozenset(found)
        return out

    def below(self, nodes: set[str]) -> set[str]:
        """Every node that lies, through ``partOf``/``locatedIn``, in one of ``nodes``."""
        return {x for xs in self.below_each(nodes).values() for x in xs}

    def below_each(self, nodes: set[str]) -> dict[str, frozenset[str]]:
        """The nodes that lie in each of ``nodes`` (those with any)."""
        return self.closed(self.reach(nodes, up=False), nodes)

    def parents(self, values: set[str]) -> dict[str, frozenset[str]]:
        """Every place containing one of ``values`` (transitively), by node."""
        up = self.reach(values, up=True)
        return self.closed(up, set(up) | values)
