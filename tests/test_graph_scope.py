"""`GRAPH ?var` kept off the bookkeeping graphs by a filter after its group, read as SPARQL tokens."""

from __future__ import annotations

from pyoxigraph import NamedNode, Quad, Store

from kg.rdf.graph_scope import keep_graphs_off

OFF = "urn:skip:"


def _filter(variable: str) -> str:
    return f' FILTER(!STRSTARTS(STR({variable}), "{OFF}"))'


def test_graph_scope_filter_follows_each_graph_group() -> None:
    sparql = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { graph $h { ?s ?q ?r . { ?r ?t ?u } } } }"
    assert keep_graphs_off(sparql, OFF) == (
        "SELECT * WHERE { GRAPH ?g { ?s ?p ?o }"
        + _filter("?g")
        + " OPTIONAL { graph $h { ?s ?q ?r . { ?r ?t ?u } }"
        + _filter("$h")
        + " } }"
    )


def test_graph_scope_leaves_strings_iris_comments_and_named_graphs_alone() -> None:
    untouched = [
        'SELECT * WHERE { ?s ?p "GRAPH ?x { }" }',
        "SELECT * WHERE { ?s ?p '''a } GRAPH ?y {''' }",
        "SELECT * WHERE { ?s <http://example.org/GRAPH#x> ?o }  # GRAPH ?z { }",
        "SELECT * WHERE { GRAPH <urn:doc:1> { ?s ?p ?o } ?s ex:GRAPH ?graph }",
    ]
    for sparql in untouched:
        assert keep_graphs_off(sparql, OFF) == sparql
    with_brace = 'SELECT * WHERE { GRAPH ?g { ?s ?p "}" } }'
    assert keep_graphs_off(with_brace, OFF) == 'SELECT * WHERE { GRAPH ?g { ?s ?p "}" }' + _filter("?g") + " }"


def test_graph_scope_answers_leave_out_the_prefixed_graphs() -> None:
    store = Store()
    for graph in ("urn:doc:1", "urn:doc:2", OFF + "journal"):
        store.add(Quad(NamedNode("urn:x"), NamedNode("urn:p"), NamedNode("urn:y"), NamedNode(graph)))
    for sparql in (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT DISTINCT ?g WHERE { { SELECT ?g WHERE { GRAPH ?g { <urn:x> ?p ?o } } } }",
        "SELECT DISTINCT ?g WHERE { OPTIONAL { GRAPH ?g { ?s <urn:p> ?o } } }",
    ):
        rows = {row[0].value for row in store.query(keep_graphs_off(sparql, OFF))}  # type: ignore[union-attr]
        assert rows == {"urn:doc:1", "urn:doc:2"}, sparql
        everything = {row[0].value for row in store.query(sparql)}  # type: ignore[union-attr]
        assert OFF + "journal" in everything
