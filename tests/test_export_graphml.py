"""GraphML export: reads back with networkx with its typed attributes intact."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg.export.graphml import graphml_lines, write_graphml
from kg.export.projection import project

DATA = Path(__file__).parent / "data" / "export_small.ttl"
ID = "https://w3id.org/newskg/id/"


@pytest.fixture(scope="module")
def small() -> Graph:
    return Graph().parse(DATA)


@pytest.mark.parametrize("options", [{}, {"full": True, "include_documents": True, "include_literals": True}])
def test_graphml_reads_back_with_same_nodes_edges_and_ids(small: Graph, tmp_path: Path, options: dict) -> None:
    view = project(small, **options)
    stats = write_graphml(small, tmp_path / "kg.graphml", **options)
    back = nx.read_graphml(tmp_path / "kg.graphml", force_multigraph=True)
    assert back.is_directed()
    assert (stats.nodes, stats.edges) == (back.number_of_nodes(), back.number_of_edges())
    assert set(back.nodes) == {n.id for n in view.nodes}
    assert {k for _, _, k in back.edges(keys=True)} == {e.id for e in view.edges}


def test_graphml_keeps_typed_attributes(small: Graph, tmp_path: Path) -> None:
    write_graphml(small, tmp_path / "kg.graphml")
    back = nx.read_graphml(tmp_path / "kg.graphml")
    poland = back.nodes[f"{ID}state/PL"]
    assert poland["label"] == "Poland" and poland["type"] == "State" and poland["iri"] == f"{ID}state/PL"
    assert poland["mentions"] == 1 and isinstance(poland["mentions"], int)
    assert isinstance(poland["size"], float) and (poland["r"], poland["g"], poland["b"]) == (78, 121, 167)
    assert poland["start"] == "2021-11-01"
    flows = [d for _, _, d in back.edges(data=True) if d["kind"] == "flow" and d["weight"] == 20000.0]
    assert len(flows) == 1
    flow = flows[0]
    assert flow["label"] == "about 20,000 crossed" and flow["count"] == 20000
    assert flow["approximate"] is True and flow["changePercent"] == 12.5
    assert (flow["start"], flow["end"]) == ("2023-04-24", "2023-05-08")
    borders = [d for _, _, d in back.edges(data=True) if d["kind"] == "borders"]
    assert [d["directed"] for d in borders] == [False]


def test_graphml_is_deterministic(small: Graph, tmp_path: Path) -> None:
    write_graphml(small, tmp_path / "a.graphml")
    write_graphml(small, tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
    assert "".join(graphml_lines(small)).encode() == (tmp_path / "a.graphml").read_bytes()
