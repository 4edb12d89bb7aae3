"""Knowledge graph -> Gephi files: GEXF 1.3, GraphML, CSV node and edge tables.

RDF formats are written by the store (kg/store.py); this package holds the property-graph views
a Gephi user opens.
"""

from __future__ import annotations

from pathlib import Path

import rdflib

from kg.export.csv_tables import csv_paths, write_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.narrow import ViewFilter, narrow
from kg.export.projection import ExportStats, PropertyGraph, project

__all__ = ["GEPHI_FORMATS", "ViewFilter", "gephi_view", "write_gephi"]

GEPHI_FORMATS = ("gexf", "graphml", "csv")


def gephi_view(
    graph: rdflib.Graph,
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
    keep: ViewFilter | None = None,
) -> PropertyGraph:
    """The view every Gephi format and the picture draw: projected once, then narrowed by ``keep``."""
    view = project(
        graph,
        full=full,
        include_documents=include_documents,
        include_mentions=include_mentions,
        include_literals=include_literals,
    )
    return narrow(view, keep or ViewFilter())


def write_gephi(
    graph: rdflib.Graph | PropertyGraph,
    output: Path,
    fmt: str,
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
    keep: ViewFilter | None = None,
) -> ExportStats:
    """Write ``graph`` (RDF, or a view from ``gephi_view``) as ``fmt``: gexf, graphml or csv.

    csv writes ``X.nodes.csv`` and ``X.edges.csv``. View options and ``keep`` apply to RDF input only.
    """
    if not isinstance(graph, PropertyGraph):
        graph = gephi_view(
            graph,
            full=full,
            include_documents=include_documents,
            include_mentions=include_mentions,
            include_literals=include_literals,
            keep=keep,
        )
    elif keep is not None and not keep.empty:
        graph = narrow(graph, keep)
    if fmt == "csv":
        nodes, edges = csv_paths(output)
        return write_csv(graph, nodes, edges)
    writer = {"gexf": write_gexf, "graphml": write_graphml}[fmt]
    return writer(graph, output)
