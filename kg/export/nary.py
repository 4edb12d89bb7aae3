"""n-ary RDF nodes (Position, BorderCrossing, Statement) -> the edges a reader expects to see.

Decisions (documented in docs/gephi.md):

* ``kg:Position``: one edge per holder and post, person -> state/organization, labelled with the
  title ("President"), kind ``holds``.
* ``kg:BorderCrossing``: one flow edge per origin and destination, labelled with the figure
  ("about 48,000 crossed"), kind ``flow``, weighted by ``kg:count``, else ``kg:countMax``, else
  ``kg:countMin``, else 1.
* ``kg:Statement``: one edge from each speaker to each thing the statement is about, kind
  ``saidAbout``. "About" is what the graph says explicitly (``kg:target``, ``kg:place``) plus every
  entity with an evidence mention inside the statement's own evidence span (the quote names it).

A node that lacks one end (a position without ``kg:postIn``, a crossing without an origin, a
statement about nothing we know) cannot become an edge and stays a node with its direct links,
so nothing the extractor found disappears from the view.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.export.viewstyle import local_name
from kg.rdf.namespace import KG, NIF

__all__ = ["ENTITY_CLASSES", "PROJECTED_TYPES", "NaryEdges", "NaryProjector"]

#: Types the default view turns into edges.
PROJECTED_TYPES = frozenset({"Position", "BorderCrossing", "Statement"})
#: What a statement can be "about".
ENTITY_CLASSES = frozenset(
    KG[name] for name in ("Person", "Organization", "Agency", "Place", "State", "Region", "Settlement", "Checkpoint")
)


@dataclass(frozen=True)
class NaryEdges:
    """The edges one n-ary node stands for: every (source, target) pair shares label, kind, weight."""

    pairs: tuple[tuple[Node, Node], ...]
    label: str
    kind: str
    weight: float


class NaryProjector:
    """Finds the endpoints of n-ary nodes in one graph (caches the entity mention index)."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self._spans: dict[Node, list[tuple[int, int, Node]]] | None = None

    def edges_for(self, resource: Node, type_name: str) -> NaryEdges | None:
        """The edges ``resource`` projects to, or None when its type is not projected."""
        if type_name == "Position":
            pairs = [(h, p) for h in self._subjs(KG.holds, resource) for p in self._objs(resource, KG.postIn)]
            titles = sorted(str(t) for t in self.g.objects(resource, KG.title)) or sorted(
                str(t) for t in self.g.objects(resource, RDFS.label)
            )
            return NaryEdges(tuple(pairs), titles[0] if titles else "holds", "holds", 1.0)
        if type_name == "BorderCrossing":
            origins, destinations = self._objs(resource, KG.origin), self._objs(resource, KG.destination)
            pairs = [(a, b) for a in origins for b in destinations]
            return NaryEdges(tuple(pairs), flow_label(self.g, resource), "flow", flow_weight(self.g, resource))
        if type_name == "Statement":
            speakers = self._objs(resource, KG.speaker)
            about = [e for e in self.about(resource) if e not in speakers]
            return NaryEdges(tuple((s, a) for s in speakers for a in about), "said about", "saidAbout", 1.0)
        return None

    def about(self, statement: Node) -> list[Node]:
        """What a statement is about: its targets and places, and the entities its quote names."""
        found = set(self._objs(statement, KG.target)) | set(self._objs(statement, KG.place))
        spans = self._entity_spans()
        for mention in self.g.objects(statement, KG.evidence):
            where = self._offsets(mention)
            if where is None:
                continue
            doc, begin, end = where
            found.update(entity for b, e, entity in spans.get(doc, ()) if begin <= b and e <= end)
        found.discard(statement)
        return sorted(found, key=str)

    def _entity_spans(self) -> dict[Node, list[tuple[int, int, Node]]]:
        """Per document, the evidence spans of every entity (built once per graph)."""
        if self._spans is None:
            self._spans = defaultdict(list)
            for entity, mention in self.g.subject_objects(KG.evidence):
                if any(t in ENTITY_CLASSES for t in self.g.objects(entity, RDF.type)):
                    where = self._offsets(mention)
                    if where is not None:
                        self._spans[where[0]].append((where[1], where[2], entity))
        return self._spans

    def _offsets(self, mention: Node) -> tuple[Node, int, int] | None:
        doc = self.g.value(mention, NIF.referenceContext)
        begin = self.g.value(mention, NIF.beginIndex)
        end = self.g.value(mention, NIF.endIndex)
        if doc is None or not isinstance(begin, Literal) or not isinstance(end, Literal):
            return None
        try:
            return doc, int(begin), int(end)
        except (TypeError, ValueError):
            return None

    def _objs(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted(set(self.g.objects(subject, predicate)), key=str)

    def _subjs(self, predicate: URIRef, obj: Node) -> list[Node]:
        return sorted(set(self.g.subjects(predicate, obj)), key=str)


def _number(graph: Graph, subject: Node, predicate: URIRef) -> int | None:
    value = graph.value(subject, predicate)
    if not isinstance(value, Literal):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def flow_weight(graph: Graph, crossing: Node) -> float:
    """The count, else the upper then the lower bound of a range, else 1 (always positive)."""
    for predicate in (KG.count, KG.countMax, KG.countMin):
        number = _number(graph, crossing, predicate)
        if number is not None and number > 0:
            return float(number)
    return 1.0


def flow_label(graph: Graph, crossing: Node) -> str:
    """A short edge label: "about 48,000 crossed", "2,000–3,000 a day crossed", or "crossed"."""
    count, low, high = (_number(graph, crossing, p) for p in (KG.count, KG.countMin, KG.countMax))
    if count is not None:
        figure = f"{count:,}"
    elif low is not None and high is not None:
        figure = f"{low:,}–{high:,}"
    elif high is not None:
        figure = f"up to {high:,}"
    elif low is not None:
        figure = f"over {low:,}"
    else:
        return "crossed"
    if str(graph.value(crossing, KG.approximate)).lower() in ("true", "1"):
        figure = "about " + figure
    unit = graph.value(crossing, KG.perTimeUnit)
    if isinstance(unit, URIRef):
        figure += " a " + local_name(unit).removeprefix("unit").lower()
    return figure + " crossed"
