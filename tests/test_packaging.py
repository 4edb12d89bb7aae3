"""The wheel carries the ontology, shapes and queries, so `kg` works outside a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built offline and unpacked into a folder far from the checkout."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("newskg-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def _kg(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_packaging_wheel_holds_the_resources(unpacked_wheel: Path) -> None:
    resources = unpacked_wheel / "kg" / "resources"
    assert (resources / "ontology" / "kg.ttl").is_file()
    assert {p.name for p in (resources / "shapes").glob("*.ttl")} == {p.name for p in (ROOT / "shapes").glob("*.ttl")}
    assert {p.name for p in (resources / "queries").glob("*.rq")} == {p.name for p in (ROOT / "queries").glob("*.rq")}


def test_packaging_installed_kg_finds_queries_and_shapes(unpacked_wheel: Path, tmp_path: Path) -> None:
    located = subprocess.run(
        [sys.executable, "-c", "import kg.paths as p; print(p.ontology_file())"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(unpacked_wheel)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert located.stdout.strip().startswith(str(unpacked_wheel))
    listed = _kg(unpacked_wheel, tmp_path, "queries")
    assert listed.returncode == 0 and "people-positions" in listed.stdout
    graph = tmp_path / "bad.ttl"
    graph.write_text(
        "@prefix kg: <https://w3id.org/newskg/ontology#> .\n<https://w3id.org/newskg/id/person/x> a kg:Person .\n",
        encoding="utf-8",
    )
    checked = _kg(unpacked_wheel, tmp_path, "validate", str(graph))
    assert checked.returncode == 1, checked.stdout + checked.stderr  # the shapes were found and fired


def test_packaging_wheel_holds_the_served_page(unpacked_wheel: Path) -> None:
    static = unpacked_wheel / "kg" / "serve" / "static"
    shipped = {p.relative_to(static).as_posix() for p in static.rglob("*") if p.is_file()}
    source = ROOT / "kg" / "serve" / "static"
    assert shipped == {p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file()}
    assert "vendor/sigma.min.js" in shipped and "index.html" in shipped


def test_packaging_wheel_holds_every_package(unpacked_wheel: Path) -> None:
    """An installed kg imports all of itself: a Dask worker or a server has the wheel, not the checkout."""
    source = {p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "kg").rglob("__init__.py")}
    shipped = {p.parent.relative_to(unpacked_wheel).as_posix() for p in (unpacked_wheel / "kg").rglob("__init__.py")}
    assert source <= shipped, sorted(source - shipped)
