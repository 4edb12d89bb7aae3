"""GEXF export: valid against the official 1.3 RELAX NG schema, loadable by Gephi Lite's parser.

The graphology check runs ``node tests/js/load_gexf.mjs``; install its packages once with
``npm ci --prefix tests/js``. It is skipped only when ``node`` itself is missing.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.atomic import atomic_write
from kg.export.gexf import GEXF_NS, VIZ_NS, gexf_lines, write_gexf
from kg.rdf.namespace import KG
from kg.store import KGStore

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "export_small.ttl"
RNG = ROOT.parent / "shared" / "schemas" / "gexf" / "1.3" / "gexf.rng"
LOADER = Path(__file__).parent / "js" / "load_gexf.mjs"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
NS = {"g": GEXF_NS, "viz": VIZ_NS}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

VIEWS = {
    "default": {},
    "full": {"full": True},
    "everything": {
        "full": True,
        "include_documents": True,
        "include_mentions": True,
        "include_literals": True,
    },
    "default+docs": {"include_documents": True, "include_mentions": True},
}


@pytest.fixture(scope="module")
def small() -> Graph:
    return Graph().parse(DATA)


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    if not RNG.exists():
        pytest.skip(f"official GEXF schema not found at {RNG}")
    return etree.RelaxNG(etree.parse(str(RNG)))


@pytest.fixture(scope="module", params=sorted(VIEWS))
def exported(request: pytest.FixtureRequest, small: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gexf") / f"{request.param}.gexf"
    write_gexf(small, path, **VIEWS[request.param])
    return path


def assert_valid_gexf(path: Path, schema: etree.RelaxNG) -> etree._ElementTree:
    """Every check of issue 5 that needs only Python: parse, schema, ids, edge ends, typed columns."""
    document = etree.parse(str(path))
    stripped = copy.deepcopy(document)
    for name in list(stripped.getroot().attrib):
        if name.startswith(XSI):
            del stripped.getroot().attrib[name]
    assert schema.validate(stripped), schema.error_log
    node_ids = [n.get("id") for n in document.iterfind(".//g:node", NS)]
    edge_ids = [e.get("id") for e in document.iterfind(".//g:edge", NS)]
    assert len(node_ids) == len(set(node_ids)), "duplicate node ids"
    assert len(edge_ids) == len(set(edge_ids)), "duplicate edge ids"
    known = set(node_ids)
    for edge in document.iterfind(".//g:edge", NS):
        assert edge.get("source") in known and edge.get("target") in known, edge.attrib
    graph = document.find("g:graph", NS)
    children = [child.tag.split("}")[1] for child in graph]
    assert children == ["attributes", "attributes", "nodes", "edges"]
    for block in graph.iterfind("g:attributes", NS):
        declared = {a.get("id"): a.get("type") for a in block}
        assert set(declared.values()) <= {"string", "integer", "double", "boolean"}
        owner = "node" if block.get("class") == "node" else "edge"
        for value in graph.iterfind(f".//g:{owner}/g:attvalues/g:attvalue", NS):
            kind = declared[value.get("for")]  # KeyError = undeclared attribute
            text = value.get("value")
            if kind == "integer":
                int(text)
            elif kind == "double":
                float(text)
            elif kind == "boolean":
                assert text in ("true", "false")
    return document


def load_with_graphology(path: Path) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot run graphology-gexf (Gephi Lite's parser)")
    assert (LOADER.parent / "node_modules" / "graphology-gexf").exists(), (
        "graphology-gexf is not installed: run `npm ci --prefix tests/js`"
    )
    run = subprocess.run([node, str(LOADER), str(path)], capture_output=True, text=True, timeout=120)
    assert run.stdout, run.stderr
    return json.loads(run.stdout)


def test_gexf_valid_against_official_schema(exported: Path, schema: etree.RelaxNG) -> None:
    assert_valid_gexf(exported, schema)


def test_gexf_loads_in_graphology_strict_and_lite(exported: Path) -> None:
    document = etree.parse(str(exported))
    nodes = len(document.findall(".//g:node", NS))
    edges = len(document.findall(".//g:edge", NS))
    loaded = load_with_graphology(exported)
    for mode in ("strict", "lite"):
        assert "error" not in loaded[mode], loaded[mode]
        assert (loaded[mode]["nodes"], loaded[mode]["edges"]) == (nodes, edges)
    types = {v.get("value") for v in document.iterfind(".//g:node//g:attvalue[@for='type']", NS)}
    assert loaded["strict"]["nodeTypes"] == sorted(types)


def test_gexf_default_view_counts_in_graphology(small: Graph, tmp_path: Path) -> None:
    path = tmp_path / "kg.gexf"
    stats = write_gexf(small, path)
    assert (stats.nodes, stats.edges) == (15, 18)
    loaded = load_with_graphology(path)
    assert loaded["strict"]["nodes"] == 15 and loaded["strict"]["edges"] == 18
    assert loaded["lite"]["nodes"] == 15 and loaded["lite"]["edges"] == 18


def test_gexf_nodes_and_edges_carry_label_type_kind_weight_viz(small: Graph, tmp_path: Path) -> None:
    write_gexf(small, tmp_path / "kg.gexf")
    document = etree.parse(str(tmp_path / "kg.gexf"))
    for node in document.iterfind(".//g:node", NS):
        assert node.get("label")
        assert node.find("g:attvalues/g:attvalue[@for='type']", NS) is not None
        assert node.find("g:attvalues/g:attvalue[@for='iri']", NS).get("value") == node.get("id")
        assert node.find("viz:color", NS) is not None and float(node.find("viz:size", NS).get("value")) > 0
    for edge in document.iterfind(".//g:edge", NS):
        assert edge.get("label") and edge.get("kind") and float(edge.get("weight")) > 0
    president = document.find(".//g:edge[@label='President']", NS)
    assert president.get("kind") == "holds"
    assert president.get("source").endswith("person/mahamat-deby")
    assert president.get("target").endswith("state/TD")
    colours: dict[str, set[tuple[str, ...]]] = {}
    for node in document.iterfind(".//g:node", NS):
        kind = node.find("g:attvalues/g:attvalue[@for='type']", NS).get("value")
        colours.setdefault(kind, set()).add(tuple(node.find("viz:color", NS).attrib.values()))
    assert all(len(c) == 1 for c in colours.values()), "one colour per type"


def test_gexf_timeline_is_dynamic_with_dates(small: Graph, tmp_path: Path) -> None:
    write_gexf(small, tmp_path / "kg.gexf")
    document = etree.parse(str(tmp_path / "kg.gexf"))
    graph = document.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    dated = 0
    for element in (*document.iterfind(".//g:node", NS), *document.iterfind(".//g:edge", NS)):
        start, end = element.get("start"), element.get("end")
        for value in (start, end):
            assert value is None or DATE.match(value)
        if start and end:
            assert start <= end
        dated += start is not None
    assert dated >= 30
    flow = document.find(".//g:edge[@kind='flow'][@weight='20000.0']", NS)
    assert (flow.get("start"), flow.get("end")) == ("2023-04-24", "2023-05-08")


def test_gexf_static_when_nothing_is_dated(tmp_path: Path) -> None:
    graph = Graph()
    person = URIRef("https://w3id.org/newskg/id/person/ana-rios")
    graph.add((person, RDF.type, KG.Person))
    graph.add((person, RDFS.label, Literal("Ana Rios")))
    write_gexf(graph, tmp_path / "one.gexf")
    element = etree.parse(str(tmp_path / "one.gexf")).find("g:graph", NS)
    assert element.get("mode") == "static" and element.get("timeformat") is None


def test_gexf_is_deterministic_whatever_the_input_order(small: Graph, tmp_path: Path) -> None:
    reordered = Graph()
    for triple in sorted(small, key=str, reverse=True):
        reordered.add(triple)
    write_gexf(small, tmp_path / "a.gexf")
    write_gexf(reordered, tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert "".join(gexf_lines(small)).encode() == (tmp_path / "a.gexf").read_bytes()


def test_gexf_escapes_markup_and_drops_illegal_characters(tmp_path: Path, schema: etree.RelaxNG) -> None:
    graph = Graph()
    agency = URIRef("https://w3id.org/newskg/id/agency/civil-defence-chile")
    graph.add((agency, RDF.type, KG.Agency))
    graph.add((agency, RDFS.label, Literal('Civil "Defence" <Chile> & co\x01 Ltd')))
    write_gexf(graph, tmp_path / "odd.gexf")
    document = assert_valid_gexf(tmp_path / "odd.gexf", schema)
    assert document.find(".//g:node", NS).get("label") == 'Civil "Defence" <Chile> & co\ufffd Ltd'


def test_gexf_write_is_atomic(small: Graph, tmp_path: Path) -> None:
    target = tmp_path / "kg.gexf"
    target.write_text("old")
    write_gexf(small, target)
    assert target.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["kg.gexf"]  # no temp file left behind

    def fail(stream: object) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert target.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["kg.gexf"]


def test_gexf_loader_rejects_what_gephi_lite_tolerates(tmp_path: Path) -> None:
    """The harness can fail: an undeclared attribute and a dangling edge break the strict load only."""
    sloppy = tmp_path / "sloppy.gexf"
    sloppy.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="{GEXF_NS}" version="1.3"><graph>'
        '<nodes><node id="a" label="A"><attvalues><attvalue for="mystery" value="1"/></attvalues>'
        "</node></nodes>"
        '<edges><edge id="e" source="a" target="missing"/></edges></graph></gexf>'
    )
    loaded = load_with_graphology(sloppy)
    assert "error" in loaded["strict"]
    assert (loaded["lite"]["nodes"], loaded["lite"]["edges"]) == (2, 1)


@pytest.mark.parametrize("options", [{}, {"full": True, "include_documents": True, "include_mentions": True}])
def test_gexf_dev_graph_passes_every_check(
    dev_store: KGStore, schema: etree.RelaxNG, tmp_path: Path, options: dict
) -> None:
    """The development corpus, built with the real pipeline, exported and checked end to end."""
    graph = dev_store.to_rdflib()
    path = tmp_path / "dev.gexf"
    stats = write_gexf(graph, path, **options)
    assert stats.nodes > 20 and stats.edges > 20 and stats.dynamic
    assert {"Person", "State"} <= set(stats.node_types)
    assert_valid_gexf(path, schema)
    loaded = load_with_graphology(path)
    for mode in ("strict", "lite"):
        assert (loaded[mode].get("nodes"), loaded[mode].get("edges")) == (stats.nodes, stats.edges), loaded
