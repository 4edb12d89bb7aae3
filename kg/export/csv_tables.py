"""Knowledge graph (RDF or its property-graph view) -> node and edge CSV tables for Gephi.

The layout Gephi's spreadsheet importer (File > Import spreadsheet) recognises by column name:
nodes ``Id, Label`` then attributes; edges ``Source, Target, Type, Id, Label, Weight, Kind`` then
attributes (``Type`` is ``Directed`` or ``Undirected``; ``Kind`` is Gephi's edge type, our
predicate short name). Dates are ``start``/``end`` ISO columns, which Gephi's Data Laboratory
merges into a timeline with "Merge columns > Create time interval". Booleans are ``true``/``false``;
missing values are empty cells. UTF-8, comma-separated, ``\\n`` line ends, sorted: same input,
same bytes.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from pathlib import Path

from rdflib import Graph

from kg.atomic import atomic_write
from kg.export.projection import ExportStats, PropertyGraph, as_view, stats_of
from kg.export.view import AttrValue

__all__ = ["csv_paths", "edge_rows", "node_rows", "write_csv"]

log = logging.getLogger(__name__)

NODE_HEADER = ("Id", "Label", "type", "iri", "start", "end", "size", "color")
EDGE_HEADER = ("Source", "Target", "Type", "Id", "Label", "Weight", "Kind", "start", "end")


def csv_paths(output: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The two tables for one ``-o`` path: ``out/dev.csv`` -> ``out/dev.nodes.csv``, ``out/dev.edges.csv``."""
    base = Path(output)
    stem = base.name[: -len(base.suffix)] if base.suffix.lower() == ".csv" else base.name
    return base.with_name(f"{stem}.nodes.csv"), base.with_name(f"{stem}.edges.csv")


def _cell(value: AttrValue | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def node_rows(view: PropertyGraph) -> list[list[str]]:
    """The node table, header first."""
    extra = [c.name for c in view.node_columns if c.name not in NODE_HEADER]
    rows = [[*NODE_HEADER, *extra]]
    for node in view.nodes:
        fixed: list[AttrValue | None] = [node.id, node.label, node.type, node.attrs.get("iri", node.id)]
        fixed += [node.start, node.end, float(node.size), node.color]
        rows.append([_cell(v) for v in fixed] + [_cell(node.attrs.get(name)) for name in extra])
    return rows


def edge_rows(view: PropertyGraph) -> list[list[str]]:
    """The edge table, header first."""
    extra = [c.name for c in view.edge_columns if c.name.lower() not in {h.lower() for h in EDGE_HEADER}]
    rows = [[*EDGE_HEADER, *extra]]
    for edge in view.edges:
        direction = "Directed" if edge.directed else "Undirected"
        fixed: list[AttrValue | None] = [edge.source, edge.target, direction, edge.id, edge.label]
        fixed += [float(edge.weight), edge.kind, edge.start, edge.end]
        rows.append([_cell(v) for v in fixed] + [_cell(edge.attrs.get(name)) for name in extra])
    return rows


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_csv(
    graph: Graph | PropertyGraph,
    nodes_path: str | os.PathLike[str],
    edges_path: str | os.PathLike[str],
    *,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
    include_literals: bool = False,
) -> ExportStats:
    """Write the node and edge tables, each atomically; options as in ``write_gexf``.

    Returns:
        Counts; ``path`` is the nodes file (the edges file is the caller's ``edges_path``).
    """
    view = as_view(
        graph,
        full=full,
        include_documents=include_documents,
        include_mentions=include_mentions,
        include_literals=include_literals,
    )
    nodes_data, edges_data = _csv_bytes(node_rows(view)), _csv_bytes(edge_rows(view))
    target = atomic_write(nodes_path, lambda stream: stream.write(nodes_data))
    atomic_write(edges_path, lambda stream: stream.write(edges_data))
    stats = stats_of(view, "csv", target)
    log.info("wrote %s and %s: %d nodes, %d edges", target, edges_path, stats.nodes, stats.edges)
    return stats
