"""The reference layer: relations from GeoNames and the dated tables, kept apart with their provenance.

Stories invented for these tests (wildfires on the Iberian peninsula, a closed crossing in the
Andes); the unit tests of the derivation build document views by hand, without the model.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build
from kg.rdf.iri import DEFAULT_BASE as B
from kg.reference import REFERENCE_GRAPHS, has_reference
from kg.reference.derive import DocumentView, derive
from kg.reference.tables import memberships, parts
from kg.store import KGStore
from kg.validate import validate

KG = "https://w3id.org/newskg/ontology#"

FIRES = (
    "MADRID (Wire) - Spain asked the European Union for help on Monday as wildfires spread towards "
    "Portugal. Firefighters from Portugal reached Badajoz on Tuesday, officials said."
)
ANDES = (
    "LIMA (Wire) - Peru closed a mountain crossing after a landslide on Friday. Trucks bound for "
    "Ecuador waited in Tumbes, and Spain sent engineers to help."
)


@pytest.fixture
def stories(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("iberia-fires", FIRES), ("andes-crossing", ANDES)):
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


def _quads(store: KGStore) -> list[str]:
    return sorted(map(str, store.quads()))


def _relations(store: KGStore, graph_prefix: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for q in store.quads():
        if q.predicate.value.removeprefix(KG) in {"borders", "locatedIn", "memberOf", "partOf"}:
            graph = q.graph_name.value if isinstance(q.graph_name, NamedNode) else ""
            if graph.startswith(graph_prefix):
                out.add((graph, q.subject.value.removeprefix(B), q.predicate.value.removeprefix(KG), q.object.value))
    return {(g, s, p, o.removeprefix(B)) for g, s, p, o in out}


def test_reference_relations_live_in_their_own_graphs_with_dataset_provenance(stories: dict[str, Path]) -> None:
    store = KGStore()
    build(list(stories.values()), store)
    reference = {(s, p, o) for _, s, p, o in _relations(store, B + REFERENCE_GRAPHS)}
    assert ("state/ES", "borders", "state/PT") in reference
    assert ("state/ES", "memberOf", "organization/european-union") in reference
    # a town in its state is world knowledge a text need not state, and a partOf for some readers:
    # the reference layer places no town, the text places those it places
    assert not {(s, p, o) for s, p, o in reference if p == "locatedIn" or s.startswith("settlement/")}
    stated = {(s, p, o) for _, s, p, o in _relations(store, B + "doc/")}
    assert not reference & stated  # nothing here is said by a document
    rows = list(
        store.query("""SELECT ?g ?d ?v ?src WHERE { GRAPH ?g { ?g a kg:ReferenceGraph ; prov:wasDerivedFrom ?d .
          ?d a kg:Dataset ; owl:versionInfo ?v ; dcterms:source ?src } }""")  # type: ignore[arg-type]
    )
    graphs = {r["g"].value for r in rows}  # type: ignore[index]
    assert {B + REFERENCE_GRAPHS + k for k in ("geonames", "memberships", "organizational-parts")} == graphs
    assert validate(store.to_rdflib()).conforms


def test_reference_relations_only_among_entities_of_one_document(stories: dict[str, Path]) -> None:
    store = KGStore()
    build(list(stories.values()), store)
    reference = {(s, p, o) for _, s, p, o in _relations(store, B + REFERENCE_GRAPHS)}
    assert ("state/EC", "borders", "state/PE") in reference  # named together in the Andes story
    assert ("state/PE", "memberOf", "organization/european-union") not in reference
    # Spain and Peru are both in the store, but no document names Spain with a neighbour of Peru's
    assert not {(s, o) for s, p, o in reference if p == "borders"} & {
        ("state/ES", "state/PE"),
        ("state/EC", "state/ES"),
    }


def test_reference_can_be_switched_off(stories: dict[str, Path], tmp_path: Path) -> None:
    store = KGStore()
    build(list(stories.values()), store, reference=False)
    assert not has_reference(store)
    assert not _relations(store, B + REFERENCE_GRAPHS)
    assert validate(store.to_rdflib()).conforms
    out = tmp_path / "off.trig"
    result = CliRunner().invoke(app, ["build", *map(str, stories.values()), "--no-reference", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert REFERENCE_GRAPHS not in out.read_text(encoding="utf-8")


def test_reference_a_build_without_it_removes_it(stories: dict[str, Path], tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    build([stories["iberia-fires"]], store)
    assert has_reference(store)
    build([stories["andes-crossing"]], store, reference=False)
    assert not has_reference(store)


def test_reference_is_order_independent(stories: dict[str, Path], tmp_path: Path) -> None:
    together = KGStore(tmp_path / "together")
    build(list(stories.values()), together)
    one_by_one = KGStore(tmp_path / "one-by-one")
    build([stories["iberia-fires"]], one_by_one)
    build([stories["andes-crossing"]], one_by_one)
    reverse = KGStore(tmp_path / "reverse")
    build([stories["andes-crossing"]], reverse)
    build([stories["iberia-fires"]], reverse)
    assert _quads(together) == _quads(one_by_one) == _quads(reverse)


def _doc(date: str | None = None, **states: str) -> DocumentView:
    return DocumentView("doc", date, {code: f"s/{code}" for code in states})


def test_reference_membership_holds_on_the_publication_date() -> None:
    before = _doc("2012-06-01", HR="")
    before.bodies["org/eu"] = {"european union"}
    after = _doc("2014-06-01", HR="")
    after.bodies["org/eu"] = {"eu"}
    assert not derive([before]).relations["memberships"]
    assert derive([after]).relations["memberships"] == {("s/HR", "memberOf", "org/eu")}
    dated = derive([before]).memberships  # the dated membership is there either way
    assert {(state, org, row.since) for state, org, _, row in dated} == {("s/HR", "org/eu", "2013-07-01")}


def test_reference_body_part_of_parent_named_in_the_same_document() -> None:
    doc = _doc(None)
    doc.bodies = {"a/commission": {"commission"}, "o/eu": {"eu"}}
    assert derive([doc]).relations["organizational-parts"] == {("a/commission", "partOf", "o/eu")}
    alone = _doc(None)
    alone.bodies = {"a/commission": {"commission"}}
    assert not derive([alone]).relations["organizational-parts"]


def test_reference_tables_are_sourced_and_dated() -> None:
    for dataset, _ in (memberships(), parts()):
        assert dataset.as_of and dataset.sources and all(s.startswith("https://") for s in dataset.sources)
    _, orgs = memberships()
    for org in orgs:
        codes = [m.state for m in org.members]
        assert len(codes) == len(set(codes)), org.name
        assert all(m.since is None or m.until is None or m.since < m.until for m in org.members)


def test_reference_readable_view_shows_memberships_as_edges(stories: dict[str, Path]) -> None:
    from kg.export.projection import project

    store = KGStore()
    build(list(stories.values()), store)
    view = project(store.to_rdflib())
    assert not {n.type for n in view.nodes} & {"Dataset", "ReferenceGraph", "Membership"}
    assert any(e.kind == "memberOf" for e in view.edges)
    full = project(store.to_rdflib(), full=True)
    assert {"Dataset", "Membership"} <= {n.type for n in full.nodes}
