"""CSV export: node and edge tables in the layout of Gephi's spreadsheet importer."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.export.csv_tables import csv_paths, write_csv
from kg.rdf.namespace import KG

DATA = Path(__file__).parent / "data" / "export_small.ttl"


@pytest.fixture(scope="module")
def small() -> Graph:
    return Graph().parse(DATA)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_csv_tables_have_gephi_columns_and_consistent_rows(small: Graph, tmp_path: Path) -> None:
    stats = write_csv(small, tmp_path / "nodes.csv", tmp_path / "edges.csv")
    nodes, edges = _read(tmp_path / "nodes.csv"), _read(tmp_path / "edges.csv")
    assert list(nodes[0])[:3] == ["Id", "Label", "type"]
    assert list(edges[0])[:7] == ["Source", "Target", "Type", "Id", "Label", "Weight", "Kind"]
    assert (len(nodes), len(edges)) == (stats.nodes, stats.edges) == (15, 18)
    ids = {row["Id"] for row in nodes}
    assert len(ids) == len(nodes)
    assert all(row["Source"] in ids and row["Target"] in ids for row in edges)
    assert {row["Type"] for row in edges} == {"Directed", "Undirected"}
    assert all(float(row["Weight"]) > 0 and row["Kind"] and row["Label"] for row in edges)
    flow = next(row for row in edges if row["Kind"] == "flow" and row["count"] == "20000")
    assert (flow["start"], flow["end"], flow["approximate"]) == ("2023-04-24", "2023-05-08", "true")
    assert all(row["Label"] and row["type"] and row["color"].startswith("#") for row in nodes)


def test_csv_quotes_commas_and_quotes_in_labels(tmp_path: Path) -> None:
    graph = Graph()
    region = URIRef("https://w3id.org/newskg/id/region/valparaiso")
    graph.add((region, RDF.type, KG.Region))
    graph.add((region, RDFS.label, Literal('Valparaíso, "V Region"')))
    write_csv(graph, tmp_path / "n.csv", tmp_path / "e.csv")
    assert _read(tmp_path / "n.csv")[0]["Label"] == 'Valparaíso, "V Region"'
    assert (tmp_path / "e.csv").read_text().startswith("Source,Target,Type,Id,Label,Weight,Kind")


def test_csv_is_deterministic(small: Graph, tmp_path: Path) -> None:
    write_csv(small, tmp_path / "n1.csv", tmp_path / "e1.csv")
    write_csv(small, tmp_path / "n2.csv", tmp_path / "e2.csv")
    assert (tmp_path / "n1.csv").read_bytes() == (tmp_path / "n2.csv").read_bytes()
    assert (tmp_path / "e1.csv").read_bytes() == (tmp_path / "e2.csv").read_bytes()


def test_csv_paths_derive_both_tables_from_one_output() -> None:
    assert csv_paths("out/dev.csv") == (Path("out/dev.nodes.csv"), Path("out/dev.edges.csv"))
    assert csv_paths("out/dev") == (Path("out/dev.nodes.csv"), Path("out/dev.edges.csv"))
