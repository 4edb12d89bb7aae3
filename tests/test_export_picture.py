"""PNG picture of the view: written atomically, a real PNG of the asked size, same graph same picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.export.picture import render_png

DATA = Path(__file__).parent / "data" / "export_small.ttl"


def test_picture_renders_png_of_requested_size(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the viz extra (matplotlib) is not installed")
    from PIL import Image

    graph = Graph().parse(DATA)
    first = render_png(graph, tmp_path / "a.png", size_inches=(8.0, 6.0), dpi=50)
    render_png(graph, tmp_path / "b.png", size_inches=(8.0, 6.0), dpi=50)
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(first) as image:
        assert image.size == (400, 300)
    assert first.read_bytes() == (tmp_path / "b.png").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "b.png"]


def test_picture_labels_never_pile_up_and_the_most_central_keeps_its_place() -> None:
    pytest.importorskip("matplotlib", reason="the viz extra (matplotlib) is not installed")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from kg.export.picture import place_labels

    figure, axes = plt.subplots(figsize=(4.0, 3.0), dpi=100)
    axes.set_xlim(0.0, 1.0)
    axes.set_ylim(0.0, 1.0)
    crowd = [((0.5, 0.5), f"Crowded node number {i}", 4.0, 7.0) for i in range(8)]  # all on one spot
    alone = [((0.1, 0.9), "Far corner", 4.0, 7.0)]
    kept = place_labels(axes, crowd + alone)
    texts = [t.get_text() for t in axes.texts]
    assert texts[0] == "Crowded node number 0" and "Far corner" in texts
    assert 3 <= len(kept) < len(crowd) + 1  # above, below, beside: the rest are left out, not stacked
    assert all(not a.overlaps(b) for i, a in enumerate(kept) for b in kept[i + 1 :])
    first = axes.texts[0].get_window_extent(figure.canvas.get_renderer())  # type: ignore[attr-defined]
    centre = axes.transData.transform((0.5, 0.5))
    assert first.y0 > centre[1]  # the most central name sits above its marker, where names usually are
    plt.close(figure)


def test_picture_of_a_large_view_draws_its_most_central_nodes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("matplotlib", reason="the viz extra (matplotlib) is not installed")
    from kg.export.layout import central_nodes
    from kg.export.projection import as_view

    view = as_view(Graph().parse(DATA))
    most = len(view.nodes) // 2
    with caplog.at_level("INFO", logger="kg.export.picture"):
        render_png(view, tmp_path / "few.png", size_inches=(8.0, 6.0), dpi=50, most=most)
    drawn = next(r for r in caplog.records if r.getMessage().startswith("drew"))
    assert f": {most} nodes" in drawn.getMessage()
    assert f"drawing the {most} most central of {len(view.nodes)} nodes" in caplog.text
    assert len(central_nodes(view, most)) == most
