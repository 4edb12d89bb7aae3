"""Knowledge graph (RDF or its property-graph view) -> GEXF 1.3 for Gephi and Gephi Lite.

Written with lxml rather than ``networkx.write_gexf``, whose GEXF 1.3 output does not validate,
drops edge ``kind`` and trips over RDF terms (see ../shared/design/STYLE.md). What we write:

* one ``<attributes>`` block per class (node, edge), declared before the nodes, typed ``string``,
  ``integer``, ``double`` or ``boolean``; never ``anyURI`` (Gephi 0.10 drops such columns), so IRIs
  are a string column ``iri``. GEXF 1.3 has no ``date`` attribute type (gexf.rnc, attrtype-type):
  dates are ISO strings, and drive the timeline through ``start``/``end``;
* every node with a label, a ``type`` attribute to partition by, ``viz:color`` per type and
  ``viz:size`` by mention count or degree; every edge with a label, ``kind`` (the predicate's short
  name) and a positive ``weight``;
* ``mode="dynamic"`` with ``timeformat="date"`` when anything carries a date, so Gephi's Timeline
  plays the story.

The output validates against the official RELAX NG schema (gexf.rng, once the ``xsi`` attributes
are stripped) and is byte-for-byte deterministic: no timestamps, everything sorted.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

from lxml import etree
from rdflib import Graph

from kg.atomic import atomic_write
from kg.export.projection import ExportStats, PropertyGraph, as_view, stats_of
from kg.export.view import AttrValue, xml_text
from kg.export.viewstyle import rgb

__all__ = ["GEXF_NS", "VIZ_NS", "gexf_bytes", "gexf_lines", "write_gexf"]

log = logging.getLogger(__name__)

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"


def _g(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _viz(tag: str) -> str:
    return f"{{{VIZ_NS}}}{tag}"


def _text(value: str) -> str:
    return xml_text(value)


def _value(value: AttrValue) -> str:
    """How GEXF spells a typed value: ``true``/``false``, ``12``, ``30.5``, or the text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _text(str(value))


def _attvalues(parent: etree._Element, attrs: dict[str, AttrValue]) -> None:
    if not attrs:
        return
    holder = etree.SubElement(parent, _g("attvalues"))
    for name, value in attrs.items():
        etree.SubElement(holder, _g("attvalue"), {"for": name, "value": _value(value)})


def _interval(element: etree._Element, start: str | None, end: str | None) -> None:
    if start:
        element.set("start", start)
    if end:
        element.set("end", end)


def gexf_tree(view: PropertyGraph) -> etree._Element:
    """The ``<gexf>`` element for a view; see the module docstring for what it holds."""
    root = etree.Element(_g("gexf"), nsmap={None: GEXF_NS, "viz": VIZ_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("version", "1.3")
    meta = etree.SubElement(root, _g("meta"))
    etree.SubElement(meta, _g("creator")).text = "newskg"
    etree.SubElement(meta, _g("description")).text = "newskg knowledge graph, " + (
        "full RDF structure" if view.full else "readable view"
    )
    graph = etree.SubElement(root, _g("graph"), defaultedgetype="directed")
    if view.dynamic:
        graph.set("mode", "dynamic")
        graph.set("timeformat", "date")
    else:
        graph.set("mode", "static")
    for cls, columns in (("node", view.node_columns), ("edge", view.edge_columns)):
        block = etree.SubElement(graph, _g("attributes"), {"class": cls, "mode": "static"})
        for column in columns:
            etree.SubElement(block, _g("attribute"), id=column.name, title=column.name, type=column.type)
    nodes = etree.SubElement(graph, _g("nodes"), count=str(len(view.nodes)))
    for node in view.nodes:
        element = etree.SubElement(nodes, _g("node"), id=_text(node.id), label=_text(node.label))
        _interval(element, node.start, node.end)
        _attvalues(element, node.attrs)
        r, g, b = rgb(node.color)
        etree.SubElement(element, _viz("color"), r=str(r), g=str(g), b=str(b))
        etree.SubElement(element, _viz("size"), value=repr(float(node.size)))
    edges = etree.SubElement(graph, _g("edges"), count=str(len(view.edges)))
    for edge in view.edges:
        element = etree.SubElement(edges, _g("edge"), id=edge.id, source=_text(edge.source))
        element.set("target", _text(edge.target))
        if not edge.directed:
            element.set("type", "undirected")
        element.set("label", _text(edge.label))
        element.set("kind", edge.kind)
        element.set("weight", repr(float(edge.weight)))
        _interval(element, edge.start, edge.end)
        _attvalues(element, edge.attrs)
    return root


def gexf_bytes(view: PropertyGraph) -> bytes:
    """The whole document, UTF-8, pretty-printed, with an XML declaration."""
    return etree.tostring(gexf_tree(view), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def gexf_lines(
    graph: Graph | PropertyGraph,
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> Iterator[str]:
    """The GEXF document line by line (with line ends), for tests that need no file."""
    view = as_view(
        graph,
        full=full,
        include_documents=include_documents,
        include_mentions=include_mentions,
        include_literals=include_literals,
    )
    yield from gexf_bytes(view).decode("utf-8").splitlines(keepends=True)


def write_gexf(
    graph: Graph | PropertyGraph,
    path: str | os.PathLike[str],
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> ExportStats:
    """Write ``graph`` as GEXF 1.3 to ``path``, atomically (temp file in the same folder, rename).

    Args:
        graph: an rdflib Graph or Dataset in the layout of docs/rdf-layout.md, or a view made by
            ``kg.export.projection.project`` (then leave the options at their defaults).
        path: the ``.gexf`` file to create or replace.
        full: keep the RDF structure instead of projecting positions, crossings and statements.
        include_documents: add Document nodes and their ``wasDerivedFrom`` edges.
        include_mentions: add Mention nodes and their ``evidence`` edges.
        include_literals: add literal values as nodes too.

    Returns:
        Node and edge counts, per-type node counts, and whether a timeline was written.
    """
    view = as_view(
        graph,
        full=full,
        include_documents=include_documents,
        include_mentions=include_mentions,
        include_literals=include_literals,
    )
    data = gexf_bytes(view)
    target = atomic_write(path, lambda stream: stream.write(data))
    stats = stats_of(view, "gexf", target)
    log.info("wrote %s: %d nodes, %d edges", target, stats.nodes, stats.edges)
    return stats
