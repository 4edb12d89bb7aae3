"""Entities across documents -> one node each, with one preferred label (the entity layer).

Each document graph records every name it saw for an entity as ``skos:altLabel``; this stage
derives, from all graphs in the store, the single ``rdfs:label`` of each entity and writes it to
the entity-layer graph. It is recomputed from the store after every build or removal, so the
result depends on which documents are in the store, never on the order they came in.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pyoxigraph import Literal, NamedNode, Quad

from kg.rdf.iri import DEFAULT_BASE, entity_layer_iri
from kg.store import KGStore

__all__ = ["preferred_label", "refresh_entity_layer"]

RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

_NAMES = """
SELECT ?entity ?name (COUNT(DISTINCT ?g) AS ?docs) WHERE {
  GRAPH ?g { ?entity skos:altLabel ?name }
} GROUP BY ?entity ?name
"""


def preferred_label(names: dict[str, int]) -> str:
    """The most complete common form among ``names`` (name -> number of documents using it).

    More words first ("Kassym-Jomart Tokayev" over "Tokayev", "European Union" over "EU"), then
    the form most documents use, then the longer, then alphabetical order, so the choice is
    deterministic.
    """

    def rank(name: str) -> tuple[int, int, int, str]:
        return (-len(re.findall(r"\w+", name)), -names[name], -len(name), name)

    return min(names, key=rank)


def refresh_entity_layer(store: KGStore, base: str = DEFAULT_BASE) -> int:
    """Recompute the entity layer graph; return the number of entities labelled."""
    names: dict[str, dict[str, int]] = defaultdict(dict)
    for row in store.query(_NAMES):  # type: ignore[union-attr]
        names[row["entity"].value][row["name"].value] = int(row["docs"].value)
    layer = entity_layer_iri(base)
    quads = [
        Quad(NamedNode(entity), RDFS_LABEL, Literal(preferred_label(seen)), NamedNode(layer))
        for entity, seen in sorted(names.items())
    ]
    store.replace_graph(layer, quads)
    return len(quads)
