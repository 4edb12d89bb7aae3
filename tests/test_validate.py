"""kg.validate: typed reports, subclass-aware targets, the union of named graphs, files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.errors import InputError
from kg.rdf.namespace import KG
from kg.store import KGStore
from kg.validate import ValidationReport, Violation, validate

PROV = "http://www.w3.org/ns/prov#"
KGS = "https://w3id.org/newskg/shapes#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"
EX = "https://example.org/kg/"

DOC_TTL = """
@prefix kg:  <https://w3id.org/newskg/ontology#> .
@prefix ex:  <https://example.org/kg/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:doc a kg:Document ; dcterms:identifier "polish-border-broadcast" ;
    kg:textSha256 "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" .
ex:m1 a kg:Mention ; nif:beginIndex "12"^^xsd:nonNegativeInteger ; nif:endIndex "25"^^xsd:nonNegativeInteger ;
    nif:anchorOf "Border Guard" ; nif:referenceContext ex:doc .
"""


def _doc_graph() -> Graph:
    return Graph().parse(data=DOC_TTL, format="turtle")


def _describe(g: Graph, node: URIRef, cls: URIRef) -> None:
    """An entity as a document graph holds it: type, alias, evidence, provenance; no rdfs:label."""
    g.add((node, RDF.type, cls))
    g.add((node, SKOS.altLabel, Literal("Polish Border Guard")))
    g.add((node, KG.evidence, URIRef(EX + "m1")))
    g.add((node, URIRef(PROV + "wasDerivedFrom"), URIRef(EX + "doc")))


def test_validate_report_is_typed_frozen_and_readable() -> None:
    g = _doc_graph()
    g.add((URIRef(EX + "doc"), KG.textSha256, Literal("0" * 64)))  # a second hash
    report = validate(g)
    assert isinstance(report, ValidationReport)
    assert report.conforms is False
    assert report.triples == len(g)
    (violation,) = report.violations
    assert isinstance(violation, Violation)
    assert violation.focus == URIRef(EX + "doc")
    assert violation.path == "kg:textSha256"
    assert violation.severity == "Violation"
    assert violation.shape == URIRef(KGS + "DocumentShape")
    assert violation.component == "MaxCount"
    assert "kg:textSha256" in violation.message
    assert "does not conform" in report.text and violation.message in report.text
    assert "<https://example.org/kg/doc>" in report.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]


def test_validate_conforming_graph_reports_nothing() -> None:
    g = _doc_graph()
    report = validate(g)
    assert report.conforms and report.violations == ()
    assert report.text == f"conforms: {len(g)} triples checked"


def test_validate_superclass_shape_fires_on_subclass_instance() -> None:
    # kgs:EntityShape targets kg:Organization only; a kg:Agency must still need its one label
    g = _doc_graph()
    agency = URIRef(EX + "border-guard")
    _describe(g, agency, KG.Agency)
    report = validate(g)
    assert not report.conforms
    assert [(v.focus, v.path, v.shape) for v in report.violations] == [
        (agency, "rdfs:label", URIRef(KGS + "EntityShape"))
    ]


def test_validate_class_constraint_accepts_subclass_values() -> None:
    # sh:class kg:Place must accept a kg:State, sh:class kg:Organization a kg:Agency
    g = _doc_graph()
    poland, guard, event = URIRef(EX + "poland"), URIRef(EX + "border-guard"), URIRef(EX + "closure")
    for node, cls, label in ((poland, KG.State, "Poland"), (guard, KG.Agency, "Polish Border Guard")):
        _describe(g, node, cls)
        g.add((node, RDFS.label, Literal(label)))
    g.add((event, RDF.type, KG.BorderClosure))
    g.add((event, KG.target, poland))
    g.add((event, KG.reportedBy, guard))
    g.add((event, KG.date, Literal("2021-11", datatype=XSD.gYearMonth)))
    g.add((event, KG.evidence, URIRef(EX + "m1")))
    g.add((event, URIRef(PROV + "wasDerivedFrom"), URIRef(EX + "doc")))
    report = validate(g)
    assert report.conforms, report.text


def test_validate_dataset_is_checked_as_the_union_of_its_graphs() -> None:
    ds = Dataset()
    doc_graph = ds.graph(URIRef(EX + "doc"))
    for triple in _doc_graph():
        doc_graph.add(triple)
    guard = URIRef(EX + "border-guard")
    _describe(doc_graph, guard, KG.Agency)
    ds.graph(URIRef("https://w3id.org/newskg/id/graph/entities")).add(
        (guard, RDFS.label, Literal("Polish Border Guard"))
    )
    size = len(list(ds.quads((None, None, None, None))))

    report = validate(ds)

    assert report.conforms, report.text
    assert report.triples == size
    assert len(list(ds.quads((None, None, None, None)))) == size, "the dataset was modified"
    # the document graph alone lacks the entity layer's label
    alone = validate(Graph() + doc_graph)
    assert [v.path for v in alone.violations] == ["rdfs:label"]


def test_validate_leaves_a_graph_argument_unmodified() -> None:
    g = _doc_graph()
    before = set(g)
    validate(g)
    assert set(g) == before


def test_validate_inverse_path_and_owner_shape_are_resolved() -> None:
    g = _doc_graph()
    post = URIRef(EX + "position/commander")
    g.add((post, RDF.type, KG.Position))
    g.add((post, KG.title, Literal("Commander")))
    g.add((post, URIRef(PROV + "wasDerivedFrom"), URIRef(EX + "doc")))
    report = validate(g)
    (violation,) = report.violations
    assert violation.path == "^kg:holds"
    assert violation.shape == URIRef(KGS + "PositionShape")
    assert not isinstance(violation.shape, BNode)


def test_validate_reports_are_deterministic() -> None:
    g = _doc_graph()
    for i in range(5):
        g.add((URIRef(f"{EX}m{i + 2}"), RDF.type, KG.Mention))
    first, second = validate(g), validate(g)
    assert first.violations == second.violations
    assert first.text == second.text
    assert len(first.violations) == 5 * 4  # four missing properties per bare mention


def test_validate_reads_files_by_suffix(tmp_path: Path) -> None:
    ds = Dataset()
    graph = ds.graph(URIRef(EX + "doc"))
    for triple in _doc_graph():
        graph.add(triple)
    trig = tmp_path / "kg.trig"
    ds.serialize(trig, format="trig")
    assert validate(trig).conforms
    assert validate(str(trig)).conforms


def test_validate_bad_file_is_an_input_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle .", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.ttl: cannot parse as turtle"):
        validate(broken)
    with pytest.raises(InputError, match="no such file"):
        validate(tmp_path / "missing.ttl")


def test_validate_rejects_other_inputs() -> None:
    with pytest.raises(TypeError, match="rdflib Graph, Dataset or a file path"):
        validate(42)  # type: ignore[arg-type]


def test_validate_built_example_corpus_conforms(examples_store: KGStore) -> None:
    report = validate(examples_store.to_rdflib())
    assert report.triples > 100
    assert report.conforms, report.text
