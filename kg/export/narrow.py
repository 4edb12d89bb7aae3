"""A property-graph view -> the part of it a reader asked for: some types, a date range, enough mentions.

A corpus-sized view is too big to read whole. Narrowing works on the projected view, after the
projection, so every format (GEXF, GraphML, CSV, PNG) narrows the same way and the projection
itself stays one code path. Edges survive only between surviving nodes; column declarations are
recomputed so that no writer declares a column no row uses.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.export.view import Column, PropertyGraph, ViewEdge, ViewNode, typed_columns
from kg.model import EVENT_TYPES

__all__ = ["ViewFilter", "narrow"]


@dataclass(frozen=True)
class ViewFilter:
    """What to keep. Empty fields keep everything.

    Attributes:
        types: node types to keep (``Person``, ``State``, ...), as the ``type`` column names them.
        since: ISO date; keep what was reported on or after it, or happened (partly) after it.
        until: ISO date; keep what was reported on or before it, or happened (partly) before it.
        min_mentions: keep nodes the texts mention at least this often (count of ``kg:evidence``).
    """

    types: frozenset[str] = frozenset()
    since: str | None = None
    until: str | None = None
    min_mentions: int = 0

    @property
    def empty(self) -> bool:
        """True when the filter keeps everything (the writers then skip it)."""
        return not self.types and self.since is None and self.until is None and self.min_mentions <= 0


def narrow(view: PropertyGraph, keep: ViewFilter) -> PropertyGraph:
    """The sub-view ``keep`` selects: kept nodes, and the edges between them that fall in the range."""
    if keep.empty:
        return view
    nodes = tuple(node for node in view.nodes if _keeps_node(node, keep))
    ids = {node.id for node in nodes}
    edges = tuple(
        edge
        for edge in view.edges
        if edge.source in ids and edge.target in ids and _overlaps(edge.start, edge.end, keep)
    )
    degree: dict[str, int] = dict.fromkeys(ids, 0)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    nodes = tuple(replace(n, attrs={**n.attrs, "degree": degree[n.id]}) if "degree" in n.attrs else n for n in nodes)
    return replace(
        view,
        nodes=nodes,
        edges=edges,
        node_columns=_used(view.node_columns, nodes),
        edge_columns=_used(view.edge_columns, edges),
    )


def _keeps_node(node: ViewNode, keep: ViewFilter) -> bool:
    if keep.types and node.type not in keep.types:
        return False
    if keep.min_mentions > 0 and int(node.attrs.get("mentions", 0) or 0) < keep.min_mentions:
        return False
    if keep.since is None and keep.until is None:
        return True
    if any(_within(day, keep) for day in node.reported):
        return True
    # An event also counts when it happened in the range, even if reported outside it; other
    # nodes' intervals are open-ended ("on stage from first report"), so they would always match.
    return node.type in EVENT_TYPES and node.start is not None and _overlaps(node.start, node.end, keep)


def _within(day: str, keep: ViewFilter) -> bool:
    return (keep.since is None or day >= keep.since) and (keep.until is None or day <= keep.until)


def _overlaps(start: str | None, end: str | None, keep: ViewFilter) -> bool:
    """Closed intervals with open (None) ends; ISO dates compare as text."""
    return (keep.since is None or end is None or end >= keep.since) and (
        keep.until is None or start is None or start <= keep.until
    )


def _used(columns: tuple[Column, ...], rows: tuple[ViewNode, ...] | tuple[ViewEdge, ...]) -> tuple[Column, ...]:
    """The declared columns that some row still uses, in their declared order and type."""
    present = {column.name for column in typed_columns(row.attrs for row in rows)}
    return tuple(column for column in columns if column.name in present)
