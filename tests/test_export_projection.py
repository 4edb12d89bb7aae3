"""The property-graph view of an RDF graph: n-ary projection, full view, options, timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.export.projection import PropertyGraph, ViewEdge, project

DATA = Path(__file__).parent / "data" / "export_small.ttl"
ID = "https://w3id.org/newskg/id/"


@pytest.fixture(scope="module")
def small() -> Graph:
    return Graph().parse(DATA)


def _edges(view: PropertyGraph, kind: str) -> dict[tuple[str, str], ViewEdge]:
    return {(e.source.removeprefix(ID), e.target.removeprefix(ID)): e for e in view.edges if e.kind == kind}


def test_projection_position_becomes_titled_edge(small: Graph) -> None:
    view = project(small)
    holds = _edges(view, "holds")
    assert holds[("person/mahamat-deby", "state/TD")].label == "President"
    assert holds[("person/marta-kowalska", "state/PL")].label == "Interior Minister"
    ids = {n.id.removeprefix(ID) for n in view.nodes}
    assert "position/aaaaaaaaaaaa" not in ids and "position/bbbbbbbbbbbb" not in ids
    # a position without kg:postIn cannot become an edge: it stays a node, linked to its holder
    assert "position/cccccccccccc" in ids
    assert ("person/jane-okafor", "position/cccccccccccc") in holds


def test_projection_border_crossing_becomes_weighted_flow(small: Graph) -> None:
    flows = _edges(project(small), "flow")
    assert set(flows) == {("state/SD", "state/TD"), ("region/darfur", "state/TD")}
    counted = flows[("state/SD", "state/TD")]
    assert counted.weight == 20000.0
    assert counted.label == "about 20,000 crossed"
    assert (counted.start, counted.end) == ("2023-04-24", "2023-05-08")
    assert counted.attrs["count"] == 20000 and counted.attrs["approximate"] is True
    assert counted.attrs["via"] == "Adre crossing" and counted.attrs["reportedBy"] == "UNHCR"
    ranged = flows[("region/darfur", "state/TD")]
    assert ranged.weight == 6000.0  # countMax when there is no point count
    assert ranged.label == "5,000–6,000 a day crossed"


def test_projection_statement_links_speaker_to_entities_its_quote_names(small: Graph) -> None:
    view = project(small)
    said = _edges(view, "saidAbout")
    assert set(said) == {("person/marta-kowalska", "state/BY"), ("person/marta-kowalska", "state/PL")}
    assert str(said[("person/marta-kowalska", "state/BY")].attrs["quote"]).startswith("Belarus is pushing")
    # a statement about nothing known stays a node labelled with its quote
    kept = {n.id.removeprefix(ID): n for n in view.nodes}["statement/555555555555"]
    assert kept.label == "We need more funding now" and kept.type == "Statement"


def test_projection_default_counts_and_no_dangling_edges(small: Graph) -> None:
    view = project(small)
    ids = [n.id for n in view.nodes]
    assert (len(view.nodes), len(view.edges)) == (15, 18)
    assert len(ids) == len(set(ids)) and len({e.id for e in view.edges}) == len(view.edges)
    assert all(e.source in ids and e.target in ids for e in view.edges)
    assert not any(n.type in ("Document", "Mention", "Literal", "Resource") for n in view.nodes)


def test_projection_symmetric_borders_drawn_once_undirected(small: Graph) -> None:
    borders = [e for e in project(small).edges if e.kind == "borders"]
    assert len(borders) == 1 and borders[0].directed is False


def test_projection_full_keeps_rdf_structure(small: Graph) -> None:
    view = project(small, full=True)
    types = {n.id.removeprefix(ID): n.type for n in view.nodes}
    assert types["event/111111111111"] == "BorderCrossing"
    assert types["position/aaaaaaaaaaaa"] == "Position"
    assert types["urn:iso:std:iso:3166:-1:TD"] == "Resource"  # owl:sameAs target
    kinds = {e.kind for e in view.edges}
    assert {"origin", "destination", "via", "holds", "postIn", "speaker", "sameAs"} <= kinds
    assert not kinds & {"flow", "saidAbout"}


def test_projection_options_add_documents_mentions_literals(small: Graph) -> None:
    view = project(small, include_documents=True, include_mentions=True, include_literals=True)
    by_type: dict[str, int] = {}
    for node in view.nodes:
        by_type[node.type] = by_type.get(node.type, 0) + 1
    assert by_type["Document"] == 2 and by_type["Mention"] == 5 and by_type["Literal"] > 10
    kinds = {e.kind for e in view.edges}
    assert {"wasDerivedFrom", "evidence", "referenceContext", "quote"} <= kinds
    assert not any(e.kind == "label" for e in view.edges)  # rdfs:label is the node label, not a node


def test_projection_timeline_from_event_and_document_dates(small: Graph) -> None:
    nodes = {n.id.removeprefix(ID): n for n in project(small).nodes}
    closure = nodes["event/333333333333"]
    assert (closure.start, closure.end) == ("2021-11-01", "2021-11-30")  # gYearMonth -> the month
    assert nodes["person/jane-okafor"].start == "2023-05-10"  # first document
    assert nodes["person/jane-okafor"].end is None
    assert nodes["state/SD"].start == "2023-04-24"  # the crossing it took part in began earlier
    assert nodes["statement/555555555555"].start == "2023-05-10"  # undated: when first reported


def test_projection_dataset_is_read_as_union(small: Graph) -> None:
    dataset = Dataset()
    for index, triple in enumerate(sorted(small)):
        dataset.graph(URIRef(f"{ID}doc/part-{index % 2}")).add(triple)
    assert project(dataset) == project(small)


def test_projection_sizes_grow_with_mentions_not_degree() -> None:
    # a hub linked by reference data but named once is smaller than a protagonist named three times
    graph = Graph().parse(data=_PREFIXES + """
        ex:hub a kg:Organization ; rdfs:label "Union of Tarn" ; kg:evidence ex:m1 .
        ex:lead a kg:Person ; rdfs:label "Ora Vantelli" ; kg:evidence ex:m2, ex:m3, ex:m4 .
        ex:a a kg:State ; rdfs:label "Tarn" ; kg:memberOf ex:hub .
        ex:b a kg:State ; rdfs:label "Ossel" ; kg:memberOf ex:hub .
        ex:c a kg:State ; rdfs:label "Brevia" ; kg:memberOf ex:hub .
    """, format="turtle")  # fmt: skip
    nodes = {n.id.removeprefix(EX): n for n in project(graph).nodes}
    assert nodes["hub"].attrs["degree"] == 3 and nodes["lead"].attrs["degree"] == 0
    assert nodes["lead"].size > nodes["hub"].size > nodes["a"].size > 0


def test_projection_leaves_out_merge_records_unless_full() -> None:
    # resolution's prov:Activity records say how two nodes became one: not part of the story
    graph = Graph().parse(data=_PREFIXES + """
        ex:p a kg:Person ; rdfs:label "Ilse Marrow" .
        ex:merge a prov:Activity ; rdfs:label "merged 'I. Marrow' into 'Ilse Marrow'" ;
            prov:generated ex:p ; kg:mergeRule "person: surname and given names agree" .
        ex:audit a prov:Activity, prov:Entity ; rdfs:label "checked" ; prov:used ex:p .
    """, format="turtle")  # fmt: skip
    assert {n.id.removeprefix(EX) for n in project(graph).nodes} == {"p"}
    assert {n.id.removeprefix(EX) for n in project(graph, full=True).nodes} >= {"p", "merge", "audit"}


def test_projection_nodes_carry_publication_dates(small: Graph) -> None:
    nodes = {n.id.removeprefix(ID): n for n in project(small).nodes}
    assert nodes["state/PL"].reported == ("2021-11-08",)
    assert nodes["agency/unhcr"].reported == ("2023-05-10",)


EX = "https://example.org/id/"
_PREFIXES = """
@prefix ex: <https://example.org/id/> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""
