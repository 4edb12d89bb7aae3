"""The store: formats read back by an independent parser, atomic writes, named graphs kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad

from kg.atomic import atomic_write
from kg.errors import OutputError
from kg.store import KGStore


@pytest.mark.parametrize(
    ("suffix", "rdflib_format"),
    [("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")],
)
def test_store_files_read_back_with_rdflib(
    examples_store: KGStore, tmp_path: Path, suffix: str, rdflib_format: str
) -> None:
    path = tmp_path / f"graph.{suffix}"
    written = examples_store.write(path)
    dataset = rdflib.Dataset()
    dataset.parse(path, format=rdflib_format)
    quads = {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}
    triples = {(s, p, o) for s, p, o, _ in quads}
    assert len(triples) == len(examples_store.to_rdflib())
    if suffix == "ttl":
        assert written == len(triples)
    else:  # named graphs survive: one per document plus the entity layer
        graphs = {str(g) for *_, g in quads}
        assert set(examples_store.graphs()) <= graphs
        assert written == len(quads)


def test_store_load_file_round_trip(examples_store: KGStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    examples_store.write(path)
    again = KGStore()
    again.load_file(path)
    assert again.graphs() == examples_store.graphs() and len(again) == len(examples_store)


def test_store_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "out.ttl"
    path.write_text("good", encoding="utf-8")

    def explode(handle: object) -> None:
        handle.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        atomic_write(path, explode)
    assert path.read_text(encoding="utf-8") == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_store_unknown_format_is_an_output_error(examples_store: KGStore, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="unknown RDF format"):
        examples_store.write(tmp_path / "graph.docx")


def test_store_on_disk_persists(tmp_path: Path, examples_store: KGStore) -> None:
    disk = KGStore(tmp_path / "store")
    disk.replace_graph(
        "https://example.org/g",
        (q for q in examples_store.quads() if q.graph_name.value == examples_store.graphs()[0]),
    )
    disk.flush()
    count = len(disk)
    del disk
    assert len(KGStore(tmp_path / "store", read_only=True)) == count > 0


def test_store_every_graph_reaches_bookkeeping_only_when_asked(tmp_path: Path) -> None:
    """Questions see the documents' graphs; internal ones may search every graph (and filter ?g)."""
    store = KGStore(tmp_path / "store")
    doc = NamedNode("https://example.org/doc/a")
    store.replace_graph(doc.value, [Quad(doc, NamedNode("https://example.org/p"), Literal("x"), doc)])
    ask = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    plain = {r["g"].value for r in store.query(ask)}  # type: ignore[union-attr]
    every = {r["g"].value for r in store.query(ask, every_graph=True)}  # type: ignore[union-attr]
    assert plain == {"https://example.org/doc/a"}
    assert every == plain | {"urn:newskg:journal"}


def test_store_graph_count_stops_at_its_bound_and_leaves_bookkeeping_out(tmp_path: Path) -> None:
    """Whether a store is empty, or holds more graphs than some, is told without listing them all."""
    store = KGStore(tmp_path / "store")
    assert store.graph_count(at_most=1) == 0
    for name in ("quay", "ferry", "canal"):
        doc = NamedNode(f"https://example.org/doc/{name}")
        store.replace_graph(doc.value, [Quad(doc, NamedNode("https://example.org/p"), Literal(name), doc)])
    assert store.pending()  # the journal is a named graph too, and is not counted
    assert [store.graph_count(at_most=n) for n in (0, 1, 2, 3, 10)] == [0, 1, 2, 3, 3]
    assert store.has_graph("https://example.org/doc/ferry")
    assert not store.has_graph("https://example.org/doc/harbour")


def test_store_quad_count_stops_at_its_bound_and_leaves_bookkeeping_out(tmp_path: Path) -> None:
    """Whether some graphs hold most of the store's statements is told without counting them all."""
    store = KGStore(tmp_path / "store")
    assert store.quad_count(at_most=5) == 0
    p = NamedNode("https://example.org/p")
    for name, size in (("quay", 3), ("ferry", 2)):
        doc = NamedNode(f"https://example.org/doc/{name}")
        store.replace_graph(doc.value, [Quad(doc, p, Literal(f"{name} {i}"), doc) for i in range(size)])
    assert store.pending()  # the journal's statements are not counted
    assert [store.quad_count(at_most=n) for n in (0, 1, 4, 5, 20)] == [0, 1, 4, 5, 5]
