"""kg.shacl, the SPARQL validation engine: same results as pySHACL on built data, scoped checks of
what a build changed, and a clear refusal of SHACL it does not compile.

The fixture texts are invented for these tests (a port strike, a ferry route, a town council).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode, Quad
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

import kg.validate
from kg.cli import app
from kg.pipeline import build
from kg.shacl import UnsupportedShape, compile_shapes
from kg.store import KGStore
from kg.validate import Violation, shapes_graph, validate, validate_graphs

KG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
EX = "https://example.org/kg/"


def _key(v: Violation) -> tuple[object, ...]:
    value: object = v.value
    if isinstance(v.value, Literal) and v.value.value is not None:
        value = (v.value.datatype, v.value.value)
    return (v.severity, v.focus, v.path, v.component, v.shape, v.message, value)


def _copy(store: KGStore) -> KGStore:
    copy = KGStore()
    copy.extend(store.quads())
    copy.flush()
    return copy


def test_shacl_engines_agree_on_a_built_store_with_faults(examples_store: KGStore) -> None:
    store = _copy(examples_store)
    rows = store.query("SELECT ?e ?g WHERE { GRAPH ?g { ?e a kg:Event ; kg:evidence ?m } } ORDER BY ?e LIMIT 1")
    event, graph = next(iter(rows))  # type: ignore[call-overload]
    person = next(iter(store.query("SELECT ?p WHERE { ?p a kg:Person } ORDER BY ?p LIMIT 1")))[0]  # type: ignore[call-overload]
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ {person} {LABEL} ?l }} }}")  # no preferred name
    store.extend(
        [
            Quad(event, NamedNode(KG + "date"), OxLiteral("2030-01-02", datatype=NamedNode(XSD_DATE)), graph),
            Quad(event, NamedNode(KG + "date"), OxLiteral("2030-01-03", datatype=NamedNode(XSD_DATE)), graph),
            Quad(event, NamedNode(KG + "countMax"), OxLiteral("-4", datatype=NamedNode(XSD_INTEGER)), graph),
            Quad(person, NamedNode(KG + "count"), OxLiteral("4", datatype=NamedNode(XSD_INTEGER)), graph),
            Quad(NamedNode(EX + "mention"), RDF_TYPE, NamedNode(KG + "Mention"), graph),
        ]
    )
    store.flush()

    compiled, reference = validate(store), validate(store, engine="pyshacl")

    assert Counter(map(_key, compiled.violations)) == Counter(map(_key, reference.violations)), reference.text
    assert {v.component for v in compiled.violations} >= {"MinCount", "MaxCount", "MinInclusive", "Class"}
    assert compiled.triples == reference.triples == len(store)


def test_shacl_validate_graphs_reports_what_one_built_document_breaks(examples_store: KGStore) -> None:
    store = _copy(examples_store)
    rows = store.query("SELECT ?e ?g WHERE { GRAPH ?g { ?e a kg:Event ; kg:evidence ?m } } ORDER BY DESC(?e) LIMIT 1")
    event, graph = next(iter(rows))  # type: ignore[call-overload]
    store.extend(
        [
            Quad(event, NamedNode(KG + "date"), OxLiteral("2030-01-02", datatype=NamedNode(XSD_DATE)), graph),
            Quad(event, NamedNode(KG + "date"), OxLiteral("2030-01-03", datatype=NamedNode(XSD_DATE)), graph),
            Quad(event, NamedNode(KG + "agent"), OxLiteral("a crowd"), graph),
            Quad(NamedNode(EX + "mention"), RDF_TYPE, NamedNode(KG + "Mention"), graph),
        ]
    )
    store.flush()
    assert 2 * len(list(store.quads(graph.value))) < len(store)  # a small part: the scoped path runs

    scoped = validate_graphs(store, [graph.value])
    whole = validate(store)

    assert set(scoped.violations) <= set(whole.violations)
    assert {(v.focus, v.component) for v in scoped.violations} >= {
        (URIRef(event.value), "MaxCount"),
        (URIRef(event.value), "Or"),
        (URIRef(EX + "mention"), "MinCount"),
    }
    assert all(scoped.graphs[v.focus] == (graph.value,) for v in scoped.violations)
    assert scoped.triples == len(list(store.quads(graph.value)))


def test_shacl_checks_run_on_every_core_give_the_results_of_one(
    examples_store: KGStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks' questions run on a thread per core (Oxigraph leaves the GIL): same report as one by one."""
    import kg.cores
    import kg.shacl.engine as engine

    store = _copy(examples_store)
    rows = store.query("SELECT ?e ?g WHERE { GRAPH ?g { ?e a kg:Event ; kg:evidence ?m } } ORDER BY ?e LIMIT 1")
    event, graph = next(iter(rows))  # type: ignore[call-overload]
    store.extend(
        [
            Quad(event, NamedNode(KG + "date"), OxLiteral("2031-05-06", datatype=NamedNode(XSD_DATE)), graph),
            Quad(event, NamedNode(KG + "date"), OxLiteral("2031-05-07", datatype=NamedNode(XSD_DATE)), graph),
            Quad(NamedNode(EX + "stray-mention"), RDF_TYPE, NamedNode(KG + "Mention"), graph),
        ]
    )
    store.flush()
    threads: list[int] = []
    threaded = engine.threaded_map

    def counted(task, items):  # type: ignore[no-untyped-def]
        found = threaded(task, items)
        threads.append(len(found))
        return found

    monkeypatch.setattr(kg.cores, "allowed_cores", lambda: 2)
    monkeypatch.setattr(engine, "threaded_map", counted)
    spread = (validate(store), validate_graphs(store, [graph.value]))
    monkeypatch.setattr(engine, "threaded_map", lambda task, items: [task(item) for item in items])
    alone = (validate(store), validate_graphs(store, [graph.value]))

    assert threads and max(threads) > 1
    for many, one in zip(spread, alone, strict=True):
        assert not one.conforms and one.violations
        assert (many.violations, many.text, many.graphs) == (one.violations, one.text, one.graphs)


XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _entity(node: str, cls: str, graph: str, label: str | None = None) -> list[Quad]:
    """A state as a document graph holds it; its label (when given) in the entity layer."""
    g = NamedNode(EX + graph)
    quads = [Quad(NamedNode(EX + node), RDF_TYPE, NamedNode(KG + cls), g)]
    quads.append(Quad(NamedNode(EX + node), DERIVED, NamedNode(EX + graph), g))
    if label is not None:
        quads.append(Quad(NamedNode(EX + node), LABEL, OxLiteral(label), NamedNode(EX + "entities")))
    return quads


def _documents(store: KGStore, *names: str) -> None:
    for name in names:
        doc = NamedNode(EX + name)
        sha = "a" * 64
        store.extend(
            [
                Quad(doc, RDF_TYPE, NamedNode(KG + "Document"), doc),
                Quad(doc, NamedNode("http://purl.org/dc/terms/identifier"), OxLiteral(name), doc),
                Quad(doc, NamedNode(KG + "textSha256"), OxLiteral(sha), doc),
            ]
        )


def test_shacl_validate_graphs_checks_the_nodes_of_the_given_graphs_against_the_whole_store() -> None:
    store = KGStore()
    _documents(store, "port-strike", "ferry-route")
    store.extend(_entity("harbour-town", "Settlement", "port-strike", label="Harbour Town"))  # label elsewhere: ok
    store.extend(_entity("dock-union", "Organization", "ferry-route"))  # no label anywhere: broken
    store.flush()

    first = validate_graphs(store, [EX + "port-strike"])
    second = validate_graphs(store, [EX + "ferry-route"])

    assert first.conforms, first.text
    assert not second.conforms
    assert [(v.focus, v.path, v.component) for v in second.violations] == [
        (URIRef(EX + "dock-union"), "rdfs:label", "MinCount")
    ]
    assert second.graphs == {URIRef(EX + "dock-union"): (EX + "ferry-route",)}
    assert second.violations == tuple(v for v in validate(store).violations if v.focus == URIRef(EX + "dock-union"))
    assert validate_graphs(store, []).conforms


def test_shacl_validate_graphs_of_most_of_the_store_reports_only_their_failing_nodes() -> None:
    # three graphs of four given: the one whole-store pass runs, then only its failing nodes are
    # looked up in the given graphs (a node failing in another graph only is no failure of theirs)
    store = KGStore()
    _documents(store, "port-strike", "ferry-route", "canal-toll", "quay-fire")
    store.extend(_entity("dock-union", "Organization", "ferry-route"))  # no label anywhere: broken
    store.extend(_entity("dock-union", "Organization", "canal-toll"))  # named in two given graphs
    store.extend(_entity("pilot-guild", "Organization", "quay-fire"))  # broken, in no given graph
    store.extend(_entity("harbour-town", "Settlement", "port-strike", label="Harbour Town"))
    store.flush()
    given = [EX + "port-strike", EX + "ferry-route", EX + "canal-toll"]
    assert 2 * len(given) >= len(store.graphs())

    report = validate_graphs(store, given)

    assert [(v.focus, v.component) for v in report.violations] == [(URIRef(EX + "dock-union"), "MinCount")]
    assert report.graphs == {URIRef(EX + "dock-union"): (EX + "canal-toll", EX + "ferry-route")}
    assert report.triples == sum(len(list(store.quads(g))) for g in given)
    assert validate_graphs(store, [*given, EX + "quay-fire"]).graphs[URIRef(EX + "pilot-guild")] == (EX + "quay-fire",)


def test_shacl_validate_graphs_of_most_of_the_store_statements_take_the_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one long document beside two small layer graphs: one graph of three, but most statements;
    # the one whole-store pass (no scoped lookup of every node) runs and reports the same
    store = KGStore()
    _documents(store, "harbour-log")
    for i in range(12):
        store.extend(_entity(f"berth-{i}", "Settlement", "harbour-log"))
    store.extend([Quad(NamedNode(EX + "berth-0"), LABEL, OxLiteral("Berth Zero"), NamedNode(EX + "entities"))])
    store.extend(_entity("tug-crew", "Organization", "side-notes", label="Tug Crew"))
    store.flush()
    assert len(store.graphs()) == 3
    with monkeypatch.context() as scoped_path:
        scoped_path.setattr(kg.validate, "_most_of_store", lambda *_: False)
        scoped = validate_graphs(store, [EX + "harbour-log"])
    scopes: list[object] = []
    checks = kg.validate._sparql
    monkeypatch.setattr(kg.validate, "_sparql", lambda e, scope, *rest: scopes.append(scope) or checks(e, scope, *rest))

    report = validate_graphs(store, [EX + "harbour-log"])

    assert scopes == [None]

    assert not report.conforms
    assert sorted(str(v.focus) for v in report.violations) == [EX + f"berth-{i}" for i in sorted(range(1, 12), key=str)]
    assert (report.violations, report.graphs, report.triples) == (scoped.violations, scoped.graphs, scoped.triples)


def test_shacl_validate_graphs_sees_what_other_graphs_add_to_a_node() -> None:
    store = KGStore()
    _documents(store, "port-strike", "ferry-route")
    store.extend(_entity("dock-union", "Organization", "port-strike", label="Dock Workers Union"))
    # a second document names the union in another way: two preferred names break the entity
    store.extend([Quad(NamedNode(EX + "dock-union"), LABEL, OxLiteral("Dockers"), NamedNode(EX + "ferry-route"))])
    store.flush()

    report = validate_graphs(store, [EX + "port-strike"])

    assert [(v.focus, v.component) for v in report.violations] == [(URIRef(EX + "dock-union"), "MaxCount")]
    assert report.graphs[URIRef(EX + "dock-union")] == (EX + "port-strike",)


def test_shacl_refuses_constraints_it_does_not_compile() -> None:
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/newskg/ontology#> .
        kg:S a sh:NodeShape ; sh:targetClass kg:Person ; sh:property [ sh:path kg:holds ; sh:equals kg:title ] .""",
        format="turtle",
    )
    with pytest.raises(UnsupportedShape, match="equals"):
        compile_shapes(shapes, {})
    assert compile_shapes(shapes_graph(), {})  # every constraint of shapes/ compiles


def test_shacl_class_tests_list_the_classes_before_the_typed_pattern() -> None:
    """``EXISTS { ?value a ?v . VALUES ?v {...} }`` makes Oxigraph read every typed node for each
    value (about a millisecond a value inside a BIND: half of a whole-store check of 1,000
    documents went to one qualified count); with the list first it looks the classes up on the
    bound value. The answers are the same."""
    checks = compile_shapes(shapes_graph(), {})
    texts = [text for c in checks for text in (c.query, c.scoped)]
    assert not [t for t in texts if re.search(r" a \?v\d+ \. VALUES \?v\d+", t)]
    assert any(re.search(r"EXISTS \{ VALUES \?v\d+ \{[^}]*\} \?value a \?v\d+ \}", t) for t in texts)


STRICT = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix kgs: <https://w3id.org/newskg/shapes#> .
kgs:Strict a sh:NodeShape ; sh:targetClass kg:Document ;
    sh:property [ sh:path kg:neverWritten ; sh:minCount 1 ; sh:message "test: every document needs it" ] ."""


def test_shacl_build_reports_violations_named_by_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    strict = Graph()
    for triple in shapes_graph():
        strict.add(triple)
    strict.parse(data=STRICT, format="turtle")
    monkeypatch.setattr(kg.validate, "shapes_graph", lambda: strict)
    manifest = tmp_path / "two.jsonl"
    texts = {
        "harbour-strike": "Dock workers in Valmora walked out on Monday, the union said.",
        "ferry-line": "A new ferry links Ostrand and Kelby from May, the operator said on Friday.",
    }
    manifest.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    store = KGStore()

    report = build([manifest], store)

    assert report.validation is not None and not report.validation.conforms
    strict_results = [v for v in report.validation.violations if v.message.startswith("test:")]
    assert len(strict_results) == 2
    named = {report.validation.graphs[v.focus] for v in strict_results}
    assert {g[0].rsplit("/", 1)[-1] for g in named} == set(texts)

    result = CliRunner().invoke(app, ["build", str(manifest), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "test: every document needs it" in line]
    assert sorted(line.split(":", 1)[0] for line in lines) == sorted(texts)
    assert "2 shape violation(s)" in result.output
    skipped = CliRunner().invoke(app, ["build", str(manifest), "--store", str(tmp_path / "s2"), "--no-validate"])
    assert skipped.exit_code == 0, skipped.output


def test_shacl_cli_validate_runs_either_engine(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/newskg/ontology#> .\n"
        '<https://example.org/kg/walkout> a kg:MilitaryOperation ; kg:count "many" .\n',
        encoding="utf-8",
    )
    outputs = []
    for engine in ("sparql", "pyshacl"):
        result = CliRunner().invoke(app, ["validate", str(bad), "--engine", engine])
        assert result.exit_code == 1
        outputs.append(sorted(line for line in result.output.splitlines() if line.startswith("Violation")))
    assert outputs[0] == outputs[1] and len(outputs[0]) >= 3


def test_shacl_scoped_checks_ask_a_shared_constraint_once(
    examples_store: KGStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shapes that ask the same of the same values compile to the same query, and a scoped run asks it once."""
    import kg.shacl.engine as engine

    checks = compile_shapes(shapes_graph(), {})
    shared = [c for c in checks if c.kind == "values" and c.edge is not None]
    assert len(shared) > len({c.scoped for c in shared})  # several shapes, one question
    asked: list[str] = []
    select = engine.select

    def recorded(endpoint: engine.Endpoint, query: str) -> object:
        asked.append(query)
        return select(endpoint, query)

    monkeypatch.setattr(engine, "select", recorded)
    copy = _copy(examples_store)
    graphs = copy.graphs()
    report = validate_graphs(copy, graphs[:1])
    assert report.conforms, report.text
    assert len(asked) == len(set(asked))
