"""RDF knowledge graph -> a plain property graph (the "view" that GEXF, GraphML, CSV and PNG draw).

Gephi shows nodes and edges, not triples. The default view turns the n-ary nodes of our layout
into the edges a reader expects: a ``kg:Position`` becomes a "President" edge from the person to
the state, a ``kg:BorderCrossing`` a flow edge from origin to destination weighted by its count,
a ``kg:Statement`` a "said about" edge from the speaker to each entity it names. ``full=True``
keeps the RDF structure instead: every resource a node, every object property an edge.

Datatype values become typed node attributes; dates also become ``start``/``end`` so that
Gephi's Timeline can play the story (see ``kg.export.timeline``). Every writer takes the same
``PropertyGraph``, so the formats agree node for node.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import replace

from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.term import Node

from kg.export.nary import NaryProjector
from kg.export.timeline import Interval, Timeline, later_start
from kg.export.view import (
    AttrValue,
    Column,
    ExportStats,
    PropertyGraph,
    ViewEdge,
    ViewNode,
    cast_to_columns,
    typed_columns,
)
from kg.export.viewstyle import attr_name, colour_of, humanize, local_name, node_type, plain
from kg.model import EVENT_TYPES
from kg.rdf.namespace import KG, NIF

#: Edges drawn once, undirected.
SYMMETRIC = frozenset({KG.borders})
LABEL_MAX = 80

__all__ = [
    "AttrValue",
    "Column",
    "ExportStats",
    "PropertyGraph",
    "ViewEdge",
    "ViewNode",
    "as_view",
    "project",
    "stats_of",
    "union_graph",
]


def union_graph(data: Graph) -> Graph:
    """The union of all named graphs of a Dataset/ConjunctiveGraph, or the graph itself."""
    if not hasattr(data, "quads"):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):  # type: ignore[attr-defined]
        union.add((s, p, o))
    return union


def project(
    data: Graph,
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> PropertyGraph:
    """Build the view of an RDF graph (or Dataset) that the exporters write.

    Args:
        data: the knowledge graph in the layout of docs/rdf-layout.md; a Dataset is read as the
            union of its named graphs.
        full: keep the RDF structure (positions, crossings, statements stay nodes; untyped IRIs
            such as ``owl:sameAs`` targets become ``Resource`` nodes).
        include_documents: add Document nodes and ``wasDerivedFrom`` edges to them.
        include_mentions: add Mention nodes and ``evidence`` edges to them.
        include_literals: add every literal value as its own ``Literal`` node (values stay
            attributes as well), as RDF tools draw them.
    """
    graph = union_graph(data)
    return _Projector(graph, full, include_documents, include_mentions, include_literals).run()


def as_view(data: Graph | PropertyGraph, **options: bool) -> PropertyGraph:
    """``data`` itself when already projected (options must then be empty), else ``project``."""
    if isinstance(data, PropertyGraph):
        if any(options.values()):
            raise ValueError("view options apply to RDF input; this PropertyGraph is already projected")
        return data
    return project(data, **options)


def stats_of(view: PropertyGraph, fmt: str, path: object | None) -> ExportStats:
    """The summary an exporter returns: counts per node type, and whether a timeline is present."""
    types: dict[str, int] = {}
    for node in view.nodes:
        types[node.type] = types.get(node.type, 0) + 1
    return ExportStats(fmt, None if path is None else str(path), len(view.nodes), len(view.edges),
                       dict(sorted(types.items())), view.dynamic)  # fmt: skip


class _Projector:
    """One projection run: caches per-resource facts, then emits nodes and edges."""

    def __init__(self, graph: Graph, full: bool, documents: bool, mentions: bool, literals: bool) -> None:
        self.g = graph
        self.full = full
        self.documents = documents
        self.mentions = mentions
        self.literals = literals
        self.types: dict[Node, str] = {}
        for subject in set(graph.subjects(RDF.type, None)):
            self.types[subject] = node_type(set(graph.objects(subject, RDF.type)))
        self.timeline = Timeline(graph)
        self.nodes: dict[str, ViewNode] = {}
        self.edges: dict[str, ViewEdge] = {}
        self.nary = NaryProjector(graph)

    # -- which resources are nodes ------------------------------------------------------------

    def _wanted(self, resource: Node) -> bool:
        kind = self.types.get(resource)
        if kind == "Document":
            return self.documents
        if kind == "Mention":
            return self.mentions
        if kind in _REFERENCE_METADATA:  # the readable view shows a membership as its memberOf edge
            return self.full
        return True

    def run(self) -> PropertyGraph:
        kept = {r for r in self.types if self._wanted(r)}
        if self.full:  # untyped IRIs that kept resources link to (owl:sameAs targets, units, URLs)
            kept |= {
                o
                for s, p, o in self.g
                if s in kept and p != RDF.type and isinstance(o, URIRef | BNode) and o not in self.types
            }
        else:
            kept -= self._project_nary(kept)
        for resource in kept:
            self._add_node(resource)
        for resource in sorted(kept, key=str):
            self._add_direct_edges(resource, kept)
        if self.literals:
            for resource in sorted(kept, key=str):
                self._add_literal_nodes(resource)
        return self._finish()

    # -- n-ary projection ---------------------------------------------------------------------

    def _project_nary(self, kept: set[Node]) -> set[Node]:
        """Emit the edges of projectable n-ary nodes; return the nodes that became edges."""
        done: set[Node] = set()
        for resource in sorted(kept, key=str):
            projection = self.nary.edges_for(resource, self.types.get(resource, ""))
            if projection is None:
                continue
            pairs = sorted({(s, t) for s, t in projection.pairs if s in kept and t in kept and s != t}, key=str)
            if not pairs:
                continue  # one end unknown: it stays a node with its direct links
            attrs = self._literal_attrs(resource)
            attrs["iri"] = str(resource)
            for extra in (KG.via, KG.reportedBy, KG.agent, KG.place):
                names = sorted(self._label(o) for o in self.g.objects(resource, extra))
                if names:
                    attrs[local_name(extra)] = "; ".join(names)
            attrs["documents"] = len(set(self.g.objects(resource, PROV.wasDerivedFrom)))
            span = self.timeline.of(resource)
            for source, target in pairs:
                self._put_edge(
                    source, target, projection.kind, projection.label, projection.weight, attrs, span,
                    owner=resource,
                )  # fmt: skip
            done.add(resource)
        return done

    # -- nodes and edges ----------------------------------------------------------------------

    def _add_node(self, resource: Node) -> None:
        kind = self.types.get(resource) or "Resource"
        attrs: dict[str, AttrValue] = {"type": kind, "iri": str(resource)}
        attrs.update(self._literal_attrs(resource))
        mentions = len(set(self.g.objects(resource, KG.evidence)))
        if mentions:
            attrs["mentions"] = mentions
        documents = len(set(self.g.objects(resource, PROV.wasDerivedFrom)))
        if documents:
            attrs["documents"] = documents
        span = self.timeline.of(resource)
        self.nodes[str(resource)] = ViewNode(
            id=str(resource),
            label=self._label(resource),
            type=kind,
            attrs=attrs,
            start=span.start,
            end=span.end,
            color=colour_of(kind),
        )

    def _add_direct_edges(self, subject: Node, kept: set[Node]) -> None:
        for predicate, obj in sorted(self.g.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1]))):
            if predicate == RDF.type or isinstance(obj, Literal) or obj not in kept or obj == subject:
                continue
            if predicate == OWL.sameAs and not self.full:
                continue
            source, target = subject, obj
            directed = predicate not in SYMMETRIC
            if not directed and str(target) < str(source):
                source, target = target, source
            if self.types.get(subject) in _HAPPENINGS:
                span = self.timeline.of(subject)  # an event's edges live as long as the event
            else:
                span = later_start(self.timeline.of(source), self.timeline.of(target))
            attrs: dict[str, AttrValue] = {"predicate": str(predicate)}
            self._put_edge(
                source,
                target,
                local_name(predicate),
                humanize(local_name(predicate)),
                1.0,
                attrs,
                span,
                directed=directed,
            )

    def _add_literal_nodes(self, subject: Node) -> None:
        for predicate, obj in sorted(self.g.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1]))):
            if not isinstance(obj, Literal) or predicate == RDFS.label:
                continue
            literal_id = "literal:" + hashlib.sha256(obj.n3().encode()).hexdigest()[:16]
            if literal_id not in self.nodes:
                datatype = local_name(obj.datatype) if obj.datatype else ("langString" if obj.language else "string")
                self.nodes[literal_id] = ViewNode(
                    id=literal_id,
                    label=_clip(str(obj)),
                    type="Literal",
                    attrs={"type": "Literal", "datatype": datatype, "value": plain(obj)},
                    color=colour_of("Literal"),
                )
            self._put_edge(
                subject,
                literal_id,
                local_name(predicate),
                humanize(local_name(predicate)),
                1.0,
                {"predicate": str(predicate)},
                Interval(),
            )

    def _put_edge(
        self,
        source: Node | str,
        target: Node | str,
        kind: str,
        label: str,
        weight: float,
        attrs: dict[str, AttrValue],
        span: Interval,
        *,
        owner: Node | None = None,
        directed: bool = True,
    ) -> None:
        key = "\t".join((str(source), kind, str(target), str(owner or "")))
        edge_id = "e" + hashlib.sha256(key.encode()).hexdigest()[:16]
        self.edges[edge_id] = ViewEdge(
            id=edge_id,
            source=str(source),
            target=str(target),
            label=_clip(label),
            kind=kind,
            weight=max(float(weight), 1.0),
            directed=directed,
            attrs=dict(attrs),
            start=span.start,
            end=span.end,
        )

    # -- values -------------------------------------------------------------------------------

    def _label(self, resource: Node) -> str:
        for predicate in (RDFS.label, KG.title, NIF.anchorOf, KG.quote):
            labels = [o for o in self.g.objects(resource, predicate) if isinstance(o, Literal)]
            english = [o for o in labels if o.language in (None, "en")] or labels
            if english:
                return _clip(min(str(o) for o in english))
        names = sorted((str(o) for o in self.g.objects(resource, SKOS.altLabel)), key=lambda s: (-len(s), s))
        if names:
            return _clip(names[0])
        title = self.g.value(resource, DCTERMS.title)
        if title is not None:
            return _clip(str(title))
        if resource in self.types:  # an unlabelled event: "border closure 2021-11"
            when = self.g.value(resource, KG.date) or self.g.value(resource, KG.startDate)
            return humanize(self.types[resource]) + (f" {when}" if when is not None else "")
        return local_name(resource) or str(resource)

    def _literal_attrs(self, subject: Node) -> dict[str, AttrValue]:
        grouped: dict[str, list[Literal]] = defaultdict(list)
        for predicate, obj in self.g.predicate_objects(subject):
            if isinstance(obj, Literal) and predicate != RDFS.label:
                grouped[attr_name(predicate)].append(obj)
        attrs: dict[str, AttrValue] = {}
        for name, values in grouped.items():
            if len(values) == 1:
                attrs[name] = plain(values[0])
            else:
                attrs[name] = " | ".join(sorted(str(v) for v in values))
        for predicate in (KG.perTimeUnit,):
            unit = self.g.value(subject, predicate)
            if isinstance(unit, URIRef):
                attrs[local_name(predicate)] = local_name(unit)
        return attrs

    def _finish(self) -> PropertyGraph:
        """Size nodes by mentions or degree, type the columns, cast values to their column."""
        degree: dict[str, int] = defaultdict(int)
        for edge in self.edges.values():
            degree[edge.source] += 1
            degree[edge.target] += 1
        sized = []
        for node_id in sorted(self.nodes):
            node = self.nodes[node_id]
            weight = max(int(node.attrs.get("mentions", 0) or 0), degree[node_id], 1)
            size = round(4.0 + 4.0 * math.sqrt(weight), 2)
            sized.append(replace(node, attrs={**node.attrs, "degree": degree[node_id]}, size=size))
        edges = sorted(self.edges.values(), key=lambda e: (e.source, e.target, e.kind, e.id))
        node_columns, edge_columns = (
            typed_columns(n.attrs for n in sized),
            typed_columns(e.attrs for e in edges),
        )
        return PropertyGraph(
            tuple(replace(n, attrs=cast_to_columns(n.attrs, node_columns)) for n in sized),
            tuple(replace(e, attrs=cast_to_columns(e.attrs, edge_columns)) for e in edges),
            node_columns,
            edge_columns,
            self.full,
        )


#: Types whose edges share the node's own interval rather than their endpoints'.
_HAPPENINGS = frozenset(EVENT_TYPES)
#: Nodes of the reference layer that describe where relations came from, not the story.
_REFERENCE_METADATA = frozenset({"Dataset", "ReferenceGraph", "Membership"})


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rstrip() + "…"
