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
from kg.export.projection import ExportStats

__all__ = ["GEPHI_FORMATS", "write_gephi"]

GEPHI_FORMATS = ("gexf", "graphml", "csv")


def write_gephi(
    graph: rdflib.Graph,
    output: Path,
    fmt: str,
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> ExportStats:
    """Write ``graph`` as ``fmt`` (gexf, graphml or csv: ``X.nodes.csv`` and ``X.edges.csv``)."""
    options = {
        "full": full,
        "include_documents": include_documents,
        "include_mentions": include_mentions,
        "include_literals": include_literals,
    }
    if fmt == "csv":
        nodes, edges = csv_paths(output)
        return write_csv(graph, nodes, edges, **options)
    writer = {"gexf": write_gexf, "graphml": write_graphml}[fmt]
    return writer(graph, output, **options)
