"""docs/make_pictures.py: the script that draws docs/*.png runs, and draws sane pictures from repo texts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "make_pictures.py"


@pytest.fixture(scope="module")
def make_pictures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pictures", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_docs_invented_corpus_is_deterministic_and_uses_reference_countries(
    make_pictures: ModuleType, tmp_path: Path
) -> None:
    first = make_pictures.invented_corpus(tmp_path / "a", 30)
    second = make_pictures.invented_corpus(tmp_path / "b", 30)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 30 and len({row["published"] for row in rows}) == 30
    texts = [(first.parent / row["path"]).read_text(encoding="utf-8") for row in rows]
    assert texts == [(second.parent / row["path"]).read_text(encoding="utf-8") for row in rows]
    places = make_pictures.countries()
    assert len(places) >= 6 and all(set(c.neighbours) <= set(places) for c in places.values())
    assert all(any(c.called in text for c in places.values()) for text in texts)


def test_docs_pictures_script_draws_both_pictures(make_pictures: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the viz extra (matplotlib) is not installed")
    from PIL import Image

    drawn = make_pictures.pictures(tmp_path, sizes=(12,), dpi=30)
    assert [p.name for p in drawn] == ["examples-graph.png", "corpus-12-graph.png"]
    for path in drawn:
        with Image.open(path) as image:
            assert image.format == "PNG" and image.size[0] > 300 and image.size[1] > 200
            colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
            assert colours is not None and len(colours) > 20  # drawn nodes and text, not a blank page
    names = ["examples-graph.png", *(f"corpus-{n}-graph.png" for n in make_pictures.CORPUS_SIZES)]
    assert all((ROOT / "docs" / name).is_file() for name in names), "run python docs/make_pictures.py"
    assert max(make_pictures.CORPUS_SIZES) >= 100
