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
