"""Narrowing a view: by type, by date range, by mentions; edges only between kept nodes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.export.narrow import ViewFilter, narrow
from kg.export.projection import PropertyGraph, project

DATA = Path(__file__).parent / "data" / "export_small.ttl"
ID = "https://w3id.org/newskg/id/"


@pytest.fixture(scope="module")
def view() -> PropertyGraph:
    return project(Graph().parse(DATA))


def _ids(view: PropertyGraph) -> set[str]:
    return {n.id.removeprefix(ID) for n in view.nodes}


def test_narrow_empty_filter_keeps_the_view(view: PropertyGraph) -> None:
    assert narrow(view, ViewFilter()) is view


def test_narrow_by_type_keeps_edges_between_kept_nodes_only(view: PropertyGraph) -> None:
    states = narrow(view, ViewFilter(types=frozenset({"State"})))
    assert {n.type for n in states.nodes} == {"State"}
    assert _ids(states) == {"state/PL", "state/BY", "state/SD", "state/TD"}
    kept = {n.id for n in states.nodes}
    assert states.edges and all(e.source in kept and e.target in kept for e in states.edges)
    assert {e.kind for e in states.edges} >= {"borders", "flow"}
    assert all(n.attrs["degree"] == sum(n.id in (e.source, e.target) for e in states.edges) for n in states.nodes)
    used = {name for n in states.nodes for name in n.attrs}
    assert {c.name for c in states.node_columns} == used  # no column left that no node fills


@pytest.mark.parametrize(
    ("since", "until", "present", "absent"),
    [
        ("2022-01-01", None, {"state/TD", "agency/unhcr"}, {"state/PL", "person/marta-kowalska"}),
        (None, "2021-12-31", {"state/PL", "person/marta-kowalska"}, {"state/TD", "agency/unhcr"}),
        ("2021-11-01", "2021-11-30", {"state/BY"}, {"state/SD"}),
    ],
)
def test_narrow_by_dates_selects_what_was_reported_then(
    view: PropertyGraph, since: str | None, until: str | None, present: set[str], absent: set[str]
) -> None:
    ids = _ids(narrow(view, ViewFilter(since=since, until=until)))
    assert present <= ids and not absent & ids


def test_narrow_by_dates_keeps_an_event_that_happened_in_range() -> None:
    # reported a year later, but it happened in the range: a reader narrowing to then wants it
    graph = Graph().parse(data="""
        @prefix ex: <https://example.org/id/> .
        @prefix kg: <https://w3id.org/newskg/ontology#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:doc a kg:Document ; dcterms:issued "2031-03-02"^^xsd:date .
        ex:vote a kg:Referendum ; kg:date "2030-04"^^xsd:gYearMonth ; prov:wasDerivedFrom ex:doc .
        ex:land a kg:State ; prov:wasDerivedFrom ex:doc .
    """, format="turtle")  # fmt: skip
    kept = {n.id for n in narrow(project(graph), ViewFilter(since="2030-04-10", until="2030-05-01")).nodes}
    assert kept == {"https://example.org/id/vote"}


def test_narrow_by_min_mentions(view: PropertyGraph) -> None:
    ids = _ids(narrow(view, ViewFilter(min_mentions=1)))
    assert {"state/PL", "state/BY", "agency/unhcr", "person/marta-kowalska"} <= ids
    assert not {"state/SD", "state/TD", "organization/european-union"} & ids
