"""Knowledge graph (RDF or its property-graph view) -> a PNG picture, for the README and reports.

Draws the same view the GEXF holds (same colour per type, sizes by mentions, same filter) with
ForceAtlas 2 (``kg.export.layout``) and matplotlib, so the picture previews what a Gephi user will
see. matplotlib is an optional dependency (the ``viz`` extra); it is imported only here, only when a
picture is asked for. The layout is seeded, so the same graph gives the same picture.
"""

from __future__ import annotations

import io
import logging
import math
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import Graph

from kg.atomic import atomic_write
from kg.errors import OutputError
from kg.export.layout import central_nodes, layout
from kg.export.narrow import ViewFilter, narrow
from kg.export.projection import PropertyGraph, as_view

if TYPE_CHECKING:  # matplotlib is optional (the viz extra): imported where a picture is drawn
    from matplotlib.axes import Axes
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

__all__ = ["marker_boxes", "place_labels", "render_png"]

log = logging.getLogger(__name__)

#: Edge kinds whose label is worth printing on the picture (titles, figures).
LABELLED_KINDS = frozenset({"holds", "flow"})
PICTURE_LABEL_MAX = 30
#: Isolated nodes are all named, shorter, so that names fit their grid cell.
ISOLATE_LABEL_MAX = 16
#: Smallest and largest marker areas in pt².
MIN_AREA, MAX_AREA = 60.0, 1000.0
#: Nodes a picture draws at most: ForceAtlas 2 costs the square of the nodes per iteration (a
#: 5,000-node store took more than half an hour), and a page cannot show more than this legibly.
PICTURE_NODES = 1000


def _short(text: str, limit: int = PICTURE_LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _areas(view: PropertyGraph) -> list[float]:
    """Marker areas (pt²) from node sizes, rescaled to one range whatever the corpus size."""
    sizes = [node.size for node in view.nodes]
    low, high = min(sizes, default=1.0), max(sizes, default=1.0)
    spread = max(high - low, 1e-9)
    return [MIN_AREA + (MAX_AREA - MIN_AREA) * (size - low) / spread for size in sizes]


def marker_boxes(axes: Axes, candidates: list[tuple[tuple[float, float], str, float, float]]) -> list[Bbox]:
    """The display boxes of the candidates' markers (without the labels' 1-point margin)."""
    from matplotlib.transforms import Bbox

    boxes = []
    for xy, _, radius, _ in candidates:
        x, y = axes.transData.transform(xy)
        r = max(0.0, radius - 1.0) * axes.figure.dpi / 72.0  # points -> pixels
        boxes.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    return boxes


def place_labels(axes: Axes, candidates: list[tuple[tuple[float, float], str, float, float]]) -> list[Bbox]:
    """Name nodes without piling names up: each label beside its marker where it covers no other.

    ``candidates`` are (position, text, marker radius in points plus a 1-point margin, font
    size), most important first. Each label tries above, below, right and left of its marker, in that order, and keeps
    the first place that overlaps neither a label already put nor another candidate's marker; a
    label with no free place is left out (a nameless node reads better than a heap of names).
    Returns the display boxes of the labels kept.
    """
    renderer = axes.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    markers = marker_boxes(axes, candidates)
    kept: list[Bbox] = []
    for index, (xy, text, radius, size) in enumerate(candidates):
        others = kept + markers[:index] + markers[index + 1 :]
        for offset, ha, va in (
            ((0.0, radius), "center", "bottom"),
            ((0.0, -radius), "center", "top"),
            ((radius, 0.0), "left", "center"),
            ((-radius, 0.0), "right", "center"),
        ):
            label = axes.annotate(
                text, xy, xytext=offset, textcoords="offset points", ha=ha, va=va, fontsize=size,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7},
            )  # fmt: skip
            box = label.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in others):
                kept.append(box)
                break
            label.remove()
    return kept


def _drop_crowded(axes: Axes, texts: list[Text], kept: list[Bbox]) -> None:
    """Remove the edge labels that would cover a named node, its name, or an edge label already kept."""
    renderer = axes.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    for text in texts:
        box = text.get_window_extent(renderer)
        if any(box.overlaps(other) for other in kept):
            text.remove()
        else:
            kept.append(box)


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
    keep: ViewFilter | None = None,
    labels: int = 40,
    most: int = PICTURE_NODES,
) -> Path:
    """Draw the graph's view to ``path`` (PNG), atomically.

    Args:
        graph: an rdflib Graph/Dataset, or an already projected view.
        path: the ``.png`` file to create or replace.
        title: printed at the top; defaults to a node and edge count.
        seed: the layout's seed; change it if a layout comes out cramped.
        size_inches: figure size; labels stay 7 pt, so larger graphs want larger figures.
        dpi: resolution.
        full, include_documents, include_mentions: view options, as in ``write_gexf``.
        keep: which part of the view to draw (types, dates, minimum mentions); all by default.
        labels: how many of the most central linked nodes are named; isolated nodes, gathered in a
            grid apart, are all named (shortened).
        most: draw at most this many nodes, the most mentioned and linked (the title says so).

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

    view = narrow(
        as_view(graph, full=full, include_documents=include_documents, include_mentions=include_mentions),
        keep or ViewFilter(),
    )
    total = len(view.nodes)
    view = _most_central(view, most)
    positions = layout(view, seed)
    named = set(central_nodes(view, labels))
    order = sorted(range(len(view.nodes)), key=lambda i: view.nodes[i].size)  # big nodes drawn last, on top
    nodelist = [view.nodes[i].id for i in order]
    areas = _areas(view)

    figure, axes = plt.subplots(figsize=size_inches, dpi=dpi)
    axes.set_axis_off()
    axes.set_aspect("equal")
    drawing = nx.DiGraph()
    drawing.add_nodes_from(nodelist)
    drawing.add_edges_from((e.source, e.target) for e in view.edges)
    nx.draw_networkx_edges(
        drawing,
        positions,
        ax=axes,
        edge_color="#b0b0b0",
        alpha=0.5,
        width=0.5,
        arrows=True,
        arrowsize=5,
        node_size=[areas[i] for i in order],
        nodelist=nodelist,
    )
    nx.draw_networkx_nodes(
        drawing,
        positions,
        ax=axes,
        nodelist=nodelist,
        node_color=[view.nodes[i].color for i in order],
        node_size=[areas[i] for i in order],
        edgecolors="#ffffff",
        linewidths=0.5,
    )
    present = sorted({(n.type, n.color) for n in view.nodes})
    axes.legend(
        handles=[Patch(facecolor=colour, label=kind) for kind, colour in present],
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=8,
        frameon=False,
        title="type",
    )
    shown = f"the {len(view.nodes)} most mentioned and linked of {total} nodes" if total > len(view.nodes) else None
    axes.set_title(title or f"newskg: {shown or f'{total} nodes'}, {len(view.edges)} edges", fontsize=11)
    # the labels are placed in display coordinates: fix the layout and the equal aspect first
    figure.tight_layout()
    axes.apply_aspect()
    lonely = {node for node in drawing if drawing.degree(node) == 0}
    index_of = {node.id: i for i, node in enumerate(view.nodes)}
    wanted = [n for n in central_nodes(view, len(view.nodes)) if n in named or n in lonely]  # most central first
    candidates = [
        (
            positions[node],
            _short(view.nodes[index_of[node]].label, ISOLATE_LABEL_MAX if node in lonely else PICTURE_LABEL_MAX),
            math.sqrt(areas[index_of[node]] / math.pi) + 1.0,  # the marker's radius in points: label beside it
            6.0 if node in lonely else 7.0,
        )
        for node in wanted
    ]
    placed = place_labels(axes, candidates)
    edge_labels: dict[tuple[str, str], str] = {}
    for edge in view.edges:
        ends = (edge.source, edge.target)
        if edge.kind in LABELLED_KINDS and edge.source in named and edge.target in named and ends not in edge_labels:
            edge_labels[ends] = _short(edge.label)
    texts = nx.draw_networkx_edge_labels(
        drawing, positions, edge_labels=edge_labels, ax=axes, font_size=6, font_color="#444444",
        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6},
    )  # fmt: skip
    _drop_crowded(axes, [texts[ends] for ends in sorted(texts)], placed + marker_boxes(axes, candidates))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    target = atomic_write(path, lambda stream: stream.write(buffer.getvalue()))
    log.info("drew %s: %d nodes, %d edges", target, len(view.nodes), len(view.edges))
    return target


def _most_central(view: PropertyGraph, most: int) -> PropertyGraph:
    """The ``most`` most mentioned and linked nodes of ``view`` and the edges among them."""
    if len(view.nodes) <= most:
        return view
    kept = set(central_nodes(view, most))
    log.info("picture: drawing the %d most central of %d nodes", most, len(view.nodes))
    return replace(
        view,
        nodes=tuple(n for n in view.nodes if n.id in kept),
        edges=tuple(e for e in view.edges if e.source in kept and e.target in kept),
    )
