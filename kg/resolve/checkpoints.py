"""Checkpoint nodes that documents give incompatible states -> one node per crossing, order-free.

Entity IRIs are minted from names, so every document naming "the X crossing" names one node, and
the store holds the union of what they say. A crossing joins two states (the checkpoint shape:
``kg:connects`` at most two), yet two crossings may share a name on different borders. So when the
documents of one resolved checkpoint give it more than two states in all, the node is split:

* a document giving it two states moves to the node qualified by them (``checkpoint/x--bo-pe``,
  the sorted codes; the slug of a name never holds ``--``): documents that agree share it;
* a document giving one state or none fits any of them and stays on the plain node, unless those
  documents alone give more than two states: then each moves to the node qualified by its own.

The choice depends only on the set of documents, never on their order. It is applied as a rename
of the node the document extracted (:mod:`~kg.resolve.rewriting`, in one pass with the merges, so
its record names the extracted IRI and ``kg remove`` or the next resolve undoes it). Incremental
resolves leave split crossings to a full resolve (:func:`check_added`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from kg.rdf.iri import slug
from kg.resolve.delta import Delta, Whole, values
from kg.store import KGStore

__all__ = ["QUALIFIER", "check_added", "qualified", "split_targets"]

#: Between a checkpoint's IRI and the codes of its states in a split node's IRI.
QUALIFIER = "--"

#: (document graph, checkpoint node, state node)
_Row = tuple[str, str, str]


def _connects(store: KGStore, base: str) -> list[_Row]:
    """Every (document graph, checkpoint, state) ``kg:connects`` of the document graphs."""
    rows = store.query(f"""SELECT DISTINCT ?g ?c ?s WHERE {{ GRAPH ?g {{ ?c a kg:Checkpoint ; kg:connects ?s }}
          FILTER(!STRSTARTS(STR(?g), "{base}graph/")) }}""")
    return sorted((r["g"].value, r["c"].value, r["s"].value) for r in rows)  # type: ignore[union-attr]


def _code(state: str) -> str:
    """The part of a state's IRI a qualified checkpoint IRI carries: its ISO code, in lower case."""
    return slug(state.rstrip("/").rsplit("/", 1)[-1])


def qualified(node: str, states: Iterable[str]) -> str:
    """The IRI of the crossing named ``node`` that joins ``states`` (state IRIs)."""
    return node + QUALIFIER + "-".join(sorted({_code(s) for s in states}))


def split_targets(store: KGStore, base: str, canonical: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(document graph, extracted checkpoint) -> the split node it becomes, for every checkpoint to split.

    ``canonical``: the node each merged entity resolves to (the others resolve to themselves).
    """
    states: defaultdict[str, defaultdict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    extracted: dict[tuple[str, str], str] = {}
    for graph, node, state in _connects(store, base):
        resolved = canonical.get(node, node)
        states[resolved][graph].add(state)
        extracted[graph, resolved] = node  # never two of one document: the resolver keeps them apart
    out: dict[tuple[str, str], str] = {}
    for node, by_graph in sorted(states.items()):
        if len(set().union(*by_graph.values())) <= 2:
            continue
        few = set().union(*(s for s in by_graph.values() if len(s) < 2))
        for graph, given in sorted(by_graph.items()):
            if len(given) >= 2 or len(few) > 2:
                out[graph, extracted[graph, node]] = qualified(node, given)
    return out


def check_added(delta: Delta) -> None:
    """Raise :class:`~kg.resolve.delta.Whole` when a checkpoint of the new (or redone) documents
    is, or may become, a split one: only a full resolve sees every document that names it."""
    states: defaultdict[str, set[str]] = defaultdict(set)
    for _, node, state in _connects(delta.scratch, delta.base):
        states[node].add(state)
    if not states:
        return
    for row in delta.rows("?c ?s", f"VALUES ?c {{ {values(states)} }} GRAPH ?g {{ ?c kg:connects ?s }}"):
        states[row["c"]].add(row["s"])
    rows = delta.store.query(f"""SELECT DISTINCT ?c WHERE {{ GRAPH <{delta.layer}> {{ ?c rdfs:label ?l }}
          FILTER(CONTAINS(STR(?c), "{QUALIFIER}")) }}""")
    split = sorted(r["c"].value for r in rows)  # type: ignore[union-attr]
    for node, given in sorted(states.items()):
        if len(given) > 2:
            raise Whole(f"documents give {node} more than two states")
        if any(s.startswith(node + QUALIFIER) for s in split):
            raise Whole(f"{node} is split into crossings of different states")
