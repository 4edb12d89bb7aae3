"""Knowledge graph (RDF or its property-graph view) -> GraphML for Gephi, yEd, Cytoscape, networkx.

The view is copied into a ``networkx.MultiDiGraph`` of plain values only (str, int, float, bool:
no rdflib terms, no ``None``, no lists, which ``write_graphml`` cannot type), then written with
``networkx.write_graphml``. Gephi's GraphML importer reads ``label``, ``weight``, ``size`` and
``r``/``g``/``b`` colour channels by name; ``start``/``end`` carry the dates as ISO strings.
GraphML has no per-edge direction in networkx's writer, so an undirected edge (``kg:borders``)
keeps ``directed=false`` as an attribute. Same input, same bytes.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator

import networkx as nx
from rdflib import Graph

from kg.atomic import atomic_write
from kg.export.projection import ExportStats, PropertyGraph, as_view, stats_of
from kg.export.view import AttrValue, xml_text
from kg.export.viewstyle import rgb

__all__ = ["graphml_bytes", "graphml_lines", "to_networkx", "write_graphml"]

log = logging.getLogger(__name__)

#: Names the writer sets itself; a data column with one of these names gets a ``data_`` prefix.
NODE_RESERVED = frozenset({"label", "size", "r", "g", "b", "start", "end"})
EDGE_RESERVED = frozenset({"label", "kind", "weight", "directed", "start", "end", "id"})


def _columns(attrs: dict[str, AttrValue], reserved: frozenset[str]) -> dict[str, AttrValue]:
    return {xml_text(f"data_{k}" if k in reserved else k): _xml(v) for k, v in attrs.items()}


def _xml(value: AttrValue) -> AttrValue:
    """Text values without the characters XML cannot carry (a quote may hold control characters)."""
    return xml_text(value) if isinstance(value, str) else value


def to_networkx(view: PropertyGraph) -> nx.MultiDiGraph:
    """The view as a networkx multigraph whose attribute values are all plain and typed.

    Edge keys are the view's edge ids, so ``write_graphml`` writes them as GraphML edge ids.
    """
    graph = nx.MultiDiGraph(name="newskg")
    for node in view.nodes:
        r, g, b = rgb(node.color)
        data: dict[str, AttrValue] = {"label": xml_text(node.label), **_columns(node.attrs, NODE_RESERVED)}
        data.update({"size": float(node.size), "r": r, "g": g, "b": b})
        if node.start:
            data["start"] = node.start
        if node.end:
            data["end"] = node.end
        graph.add_node(xml_text(node.id), **data)
    for edge in view.edges:
        values: dict[str, AttrValue] = {
            "label": xml_text(edge.label),
            "kind": xml_text(edge.kind),
            "weight": float(edge.weight),
            "directed": edge.directed,
            **_columns(edge.attrs, EDGE_RESERVED),
        }
        if edge.start:
            values["start"] = edge.start
        if edge.end:
            values["end"] = edge.end
        graph.add_edge(xml_text(edge.source), xml_text(edge.target), key=xml_text(edge.id), **values)
    return graph


def graphml_bytes(view: PropertyGraph) -> bytes:
    """The whole document, UTF-8, indented (networkx's pure-Python writer, for stable bytes)."""
    buffer = io.BytesIO()
    nx.write_graphml_xml(to_networkx(view), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def graphml_lines(
    graph: Graph | PropertyGraph,
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> Iterator[str]:
    """The GraphML document line by line (with line ends), for tests that need no file."""
    view = as_view(
        graph,
        full=full,
        include_documents=include_documents,
        include_mentions=include_mentions,
        include_literals=include_literals,
    )
    yield from graphml_bytes(view).decode("utf-8").splitlines(keepends=True)


def write_graphml(
    graph: Graph | PropertyGraph,
    path: str | os.PathLike[str],
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> ExportStats:
    """Write ``graph`` as GraphML to ``path``, atomically; options as in ``write_gexf``."""
    view = as_view(
        graph,
        full=full,
        include_documents=include_documents,
        include_mentions=include_mentions,
        include_literals=include_literals,
    )
    data = graphml_bytes(view)
    target = atomic_write(path, lambda stream: stream.write(data))
    stats = stats_of(view, "graphml", target)
    log.info("wrote %s: %d nodes, %d edges", target, stats.nodes, stats.edges)
    return stats
