"""Knowledge graph (RDF or its property-graph view) -> a PNG picture, for the README and reports.

Draws the same view the GEXF holds (same labels, same colour per type, same sizes) with networkx's
spring layout and matplotlib, so the picture previews what a Gephi user will see. matplotlib is an
optional dependency (the ``viz`` extra); it is imported only here, only when a picture is asked for.
The layout is seeded, so the same graph gives the same picture.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.atomic import atomic_write
from kg.errors import OutputError
from kg.export.projection import PropertyGraph, as_view

__all__ = ["render_png"]

log = logging.getLogger(__name__)

#: Edge kinds whose label is worth printing on the picture (titles, figures).
LABELLED_KINDS = frozenset({"holds", "flow"})
PICTURE_LABEL_MAX = 30


def _short(text: str) -> str:
    return text if len(text) <= PICTURE_LABEL_MAX else text[: PICTURE_LABEL_MAX - 1].rstrip() + "…"


def _layout(drawing: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout of the linked nodes; unlinked ones in a column on the right, not flung far away."""
    isolated = sorted(n for n in drawing if drawing.degree(n) == 0)
    linked = drawing.subgraph(n for n in drawing if drawing.degree(n) > 0)
    positions: dict[str, tuple[float, float]] = {}
    if len(linked):
        spread = 3.0 / max(len(linked), 1) ** 0.5
        layout = nx.spring_layout(linked, seed=seed, k=spread, iterations=500, scale=1.0)
        positions.update({node: (float(x), float(y)) for node, (x, y) in layout.items()})
    for index, node in enumerate(isolated):
        positions[node] = (1.3, 1.0 - 2.0 * index / max(len(isolated) - 1, 1))
    return positions


def render_png(
    graph: Graph | PropertyGraph,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    seed: int = 7,
    size_inches: tuple[float, float] = (16.0, 11.0),
    dpi: int = 150,
    full: bool = False,
    include_documents: bool = False,
    include_mentions: bool = False,
) -> Path:
    """Draw the graph's view to ``path`` (PNG), atomically.

    Args:
        graph: an rdflib Graph/Dataset, or an already projected view.
        path: the ``.png`` file to create or replace.
        title: printed at the top; defaults to a node and edge count.
        seed: the spring layout's seed; change it if a layout comes out cramped.
        size_inches: figure size; labels stay 7 pt, so larger graphs want larger figures.
        dpi: resolution.
        full, include_documents, include_mentions: view options, as in ``write_gexf``.

    Raises:
        OutputError: matplotlib is not installed (``pip install 'newskg[viz]'``).
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.patches import Patch
    except ImportError as exc:
        raise OutputError(f"{path}: drawing a picture needs matplotlib: pip install 'newskg[viz]'") from exc

    view = as_view(graph, full=full, include_documents=include_documents, include_mentions=include_mentions)
    drawing = nx.Graph()
    drawing.add_nodes_from(node.id for node in view.nodes)
    drawing.add_edges_from((edge.source, edge.target) for edge in view.edges)
    positions = _layout(drawing, seed)

    figure, axes = plt.subplots(figsize=size_inches, dpi=dpi)
    axes.set_axis_off()
    nx.draw_networkx_edges(
        nx.DiGraph([(e.source, e.target) for e in view.edges]),
        positions,
        ax=axes,
        edge_color="#9a9a9a",
        alpha=0.6,
        width=0.8,
        arrows=True,
        arrowsize=8,
        node_size=[(n.size * 4) ** 1.5 for n in view.nodes],
        nodelist=[n.id for n in view.nodes],
    )
    nx.draw_networkx_nodes(
        drawing,
        positions,
        ax=axes,
        nodelist=[n.id for n in view.nodes],
        node_color=[n.color for n in view.nodes],
        node_size=[(n.size * 4) ** 1.5 for n in view.nodes],
        edgecolors="#ffffff",
        linewidths=0.8,
    )
    nx.draw_networkx_labels(
        drawing,
        positions,
        ax=axes,
        labels={n.id: _short(n.label) for n in view.nodes},
        font_size=7,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
    )
    edge_labels: dict[tuple[str, str], str] = {}
    for edge in view.edges:
        if edge.kind in LABELLED_KINDS and (edge.source, edge.target) not in edge_labels:
            edge_labels[(edge.source, edge.target)] = _short(edge.label)
    nx.draw_networkx_edge_labels(
        drawing, positions, edge_labels=edge_labels, ax=axes, font_size=6, font_color="#444444",
        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6},
    )  # fmt: skip
    present = sorted({(n.type, n.color) for n in view.nodes})
    axes.legend(
        handles=[Patch(facecolor=colour, label=kind) for kind, colour in present],
        loc="lower left",
        fontsize=8,
        frameon=False,
        title="type",
    )
    axes.set_title(title or f"newskg: {len(view.nodes)} nodes, {len(view.edges)} edges", fontsize=11)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    target = atomic_write(path, lambda stream: stream.write(buffer.getvalue()))
    log.info("drew %s: %d nodes, %d edges", target, len(view.nodes), len(view.edges))
    return target
