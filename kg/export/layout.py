"""A property-graph view -> node positions and the few labels worth printing, for the PNG picture.

ForceAtlas 2 is the layout Gephi users run, so the picture previews what they will get. Left to
itself it throws unlinked nodes to the rim and crams the story into the middle; instead the linked
part is laid out alone and isolated nodes are gathered in a tidy grid below it, biggest first. Only
the most central nodes are labelled: at corpus scale every label at once is a grey smudge.
"""

from __future__ import annotations

import math

import networkx as nx

from kg.export.view import PropertyGraph

__all__ = ["central_nodes", "layout"]

#: ForceAtlas 2 iterations: enough to settle a few thousand nodes, bounded so pictures stay quick.
FA2_ITERATIONS = 300
#: A largest node's radius as a share of the layout's width (what the picture's biggest marker takes).
NODE_SPAN = 0.02


def layout(view: PropertyGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in a 1-wide frame: linked nodes in the top part, isolated ones in a grid beneath.

    Deterministic: ForceAtlas 2 starts from positions drawn with ``seed``, and nodes are added in
    id order.
    """
    drawing = _undirected(view)
    sizes = {node.id: node.size for node in view.nodes}
    isolated = sorted((n for n in drawing if drawing.degree(n) == 0), key=lambda n: (-sizes[n], n))
    linked = drawing.subgraph(n for n in drawing if drawing.degree(n) > 0)
    positions: dict[str, tuple[float, float]] = {}
    top = 0.0
    if len(linked):
        raw = _forceatlas2(linked, seed, None)
        # Second pass from the settled layout: nodes repel as discs as large as their markers will be
        # (a fraction of the layout's span), so big hubs do not sit on top of each other.
        span = _span(raw)
        largest = max(sizes.values())
        radii = {n: NODE_SPAN * span * math.sqrt(sizes[n] / largest) for n in linked}
        raw = _forceatlas2(linked, seed, radii, start=raw)
        fitted = _fit(raw, width=1.0)
        positions.update(fitted)
        top = min(y for _, y in fitted.values()) - 0.06
    positions.update(_grid(isolated, top, width=1.0, rows_gap=0.035))
    return positions


def _forceatlas2(
    graph: nx.Graph, seed: int, radii: dict[str, float] | None, start: dict[str, object] | None = None
) -> dict[str, object]:
    return nx.forceatlas2_layout(  # type: ignore[no-any-return]
        graph,
        pos=start,
        max_iter=FA2_ITERATIONS if start is None else FA2_ITERATIONS // 3,
        seed=seed,
        scaling_ratio=2.0,
        gravity=1.0,
        strong_gravity=True,
        node_size=radii,
        weight="weight",
    )


def _span(raw: dict[str, object]) -> float:
    xs = [float(xy[0]) for xy in raw.values()]  # type: ignore[index]
    ys = [float(xy[1]) for xy in raw.values()]  # type: ignore[index]
    return max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)


def central_nodes(view: PropertyGraph, limit: int) -> list[str]:
    """The ``limit`` ids a reader should see named: most mentioned and most linked first.

    Ranked by mentions plus degree, so both the protagonists of the texts and the hubs that tie
    stories together get a label; ties broken by id for a stable picture.
    """
    degree = dict(_undirected(view).degree())
    score = {n.id: int(n.attrs.get("mentions", 0) or 0) + degree.get(n.id, 0) for n in view.nodes}
    return sorted(score, key=lambda n: (-score[n], n))[:limit]


def _undirected(view: PropertyGraph) -> nx.Graph:
    drawing = nx.Graph()
    drawing.add_nodes_from(sorted(node.id for node in view.nodes))
    for edge in view.edges:
        if drawing.has_edge(edge.source, edge.target):
            drawing[edge.source][edge.target]["weight"] += 1.0
        else:
            drawing.add_edge(edge.source, edge.target, weight=1.0)
    return drawing


def _fit(raw: dict[str, object], width: float) -> dict[str, tuple[float, float]]:
    """Scale to ``width`` across, keeping the aspect ratio, with the top edge at y = 0 (going down)."""
    points = {node: (float(xy[0]), float(xy[1])) for node, xy in raw.items()}  # type: ignore[index]
    xs = [x for x, _ in points.values()]
    ys = [y for _, y in points.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = width / span
    left, high = min(xs), max(ys)
    return {node: ((x - left) * scale, (y - high) * scale) for node, (x, y) in points.items()}


def _grid(nodes: list[str], top: float, width: float, rows_gap: float) -> dict[str, tuple[float, float]]:
    """Nodes in rows under ``top``, as many to a row as fit ``width`` with room for a short label."""
    if not nodes:
        return {}
    per_row = max(1, min(len(nodes), math.floor(width / 0.09)))
    step = width / per_row
    base = top - rows_gap if top < 0 else 0.0
    return {
        node: ((index % per_row + 0.5) * step, base - (index // per_row) * rows_gap) for index, node in enumerate(nodes)
    }
