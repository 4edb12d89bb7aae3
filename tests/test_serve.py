"""`kg serve`: a real server process spoken to over HTTP by SPARQLWrapper and urllib.

The SPARQL 1.1 Protocol: SELECT/ASK/CONSTRUCT by GET and POST, results by Accept, updates refused,
bad queries answered 400, a time limit; the ready questions over HTTP give the rows `kg query` gives.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import NamedNode, Quad
from rdflib.compare import isomorphic
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from typer.testing import CliRunner

from kg.cli import app
from kg.query import available_queries
from kg.serve.protocol import negotiate
from kg.store import KGStore

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

PERSONS = "PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Person }"


def _get(url: str, accept: str = "") -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _sparql(base: str, query: str, accept: str = "") -> tuple[int, str, bytes]:
    return _get(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}", accept)


def test_serve_select_by_get_and_post_with_sparqlwrapper(served: str) -> None:
    counts = []
    for method in ("GET", POST):
        client = SPARQLWrapper(f"{served}/sparql")
        client.setMethod(method)
        client.setQuery(PERSONS)
        client.setReturnFormat(JSON)
        bindings = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
        counts.append(int(bindings[0]["n"]["value"]))
    assert counts[0] == counts[1] > 0


def test_serve_ask_and_construct_with_sparqlwrapper(served: str) -> None:
    client = SPARQLWrapper(f"{served}/sparql")
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/ontology#> ASK { ?p a kg:Person }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/ontology#> ASK { ?p a kg:NoSuchClass }")
    assert client.queryAndConvert()["boolean"] is False  # type: ignore[index]

    client.setQuery(
        "PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kg:Person ; rdfs:label ?l }"
    )
    client.setReturnFormat(TURTLE)
    turtle = client.queryAndConvert()
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert len(graph) > 0 and set(graph.predicates()) == {rdflib.RDFS.label}


def test_serve_update_is_refused_and_changes_nothing(served: str) -> None:
    before = _sparql(served, PERSONS, "text/csv")[2]
    client = SPARQLWrapper(f"{served}/sparql")
    client.setMethod(POST)
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/ontology#> INSERT DATA { <urn:x:someone> a kg:Person }")
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    # an update sent as a query does not parse as one
    assert _sparql(served, "DELETE WHERE { ?s ?p ?o }")[0] == 400
    request = urllib.request.Request(
        f"{served}/sparql", data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}
    )
    with pytest.raises(urllib.error.HTTPError) as direct:
        urllib.request.urlopen(request, timeout=30)
    assert direct.value.code == 403
    assert _sparql(served, PERSONS, "text/csv")[2] == before


def test_serve_bad_query_is_400_with_a_message(served: str) -> None:
    client = SPARQLWrapper(f"{served}/sparql")
    client.setQuery("SELECT ?x WHERE { ?x ")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()
    status, kind, body = _sparql(served, "SELEC nothing")
    assert status == 400 and kind.startswith("text/plain") and b"does not parse" in body


@pytest.mark.parametrize(
    ("accept", "media", "check"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", lambda b: json.loads(b)["head"]),
        ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: b"<sparql" in b),
        ("text/csv", "text/csv", lambda b: b.splitlines()[0] == b"n"),
        ("text/tab-separated-values", "text/tab-separated-values", lambda b: b.splitlines()[0] == b"?n"),
        ("text/html;q=0.9, text/csv;q=0.5, */*;q=0.1", "text/csv", lambda b: b.startswith(b"n")),
        ("", "application/sparql-results+json", lambda b: json.loads(b)["results"]),
    ],
)
def test_serve_results_by_accept(served: str, accept: str, media: str, check: object) -> None:
    status, kind, body = _sparql(served, PERSONS, accept)
    assert status == 200 and kind.split(";")[0] == media
    assert check(body)  # type: ignore[operator]


def test_serve_graphs_as_turtle_and_ntriples_and_406_otherwise(served: str) -> None:
    query = "PREFIX kg: <https://w3id.org/newskg/ontology#> DESCRIBE ?p WHERE { ?p a kg:State } LIMIT 1"
    status, kind, body = _sparql(served, query, "application/n-triples")
    assert status == 200 and kind.startswith("application/n-triples")
    nt = rdflib.Graph().parse(data=body.decode(), format="nt")
    status, kind, body = _sparql(served, query, "text/turtle")
    assert status == 200 and kind.startswith("text/turtle")
    assert isomorphic(nt, rdflib.Graph().parse(data=body.decode(), format="turtle")) and len(nt)
    assert _sparql(served, query, "image/png")[0] == 406
    assert _sparql(served, PERSONS, "text/turtle")[0] == 406


def test_serve_a_query_past_the_time_limit_is_stopped_and_the_server_goes_on(served: str) -> None:
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    status, _, body = _sparql(served, endless)
    assert status == 503 and b"time limit" in body
    assert time.monotonic() - started < 20
    assert _sparql(served, PERSONS, "text/csv")[0] == 200


def _http_rows(served: str, name: str) -> list[tuple[str, ...]]:
    status, _, body = _get(f"{served}/queries/{name}", "application/sparql-results+json")
    assert status == 200, body
    data = json.loads(body)
    if "boolean" in data:
        return [(str(data["boolean"]).lower(),)]
    columns = data["head"]["vars"]
    rows = []
    for binding in data["results"]["bindings"]:
        cells = []
        for c in columns:
            term = binding.get(c)
            cells.append("" if term is None else ("_:" if term["type"] == "bnode" else "") + term["value"])
        rows.append(tuple(cells))
    return rows


@pytest.mark.parametrize("name", sorted(available_queries()))
def test_serve_ready_questions_give_the_rows_of_kg_query(served: str, disk_store: Path, name: str) -> None:
    result = CliRunner().invoke(app, ["query", name, "--store", str(disk_store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    cli_rows = [tuple(r) for r in csv.reader(io.StringIO(result.stdout))][1:]
    assert _http_rows(served, name) == cli_rows


def test_serve_lists_the_ready_questions_and_their_text(served: str) -> None:
    status, _, body = _get(f"{served}/queries")
    listed = {q["name"]: q for q in json.loads(body)}
    assert status == 200 and set(listed) == set(available_queries())
    some = sorted(listed)[0]
    assert listed[some]["url"].endswith(f"/queries/{some}") and listed[some]["description"]
    status, kind, text = _get(f"{served}/queries/{some}.rq")
    assert status == 200 and kind.startswith("application/sparql-query")
    assert text.decode() == available_queries()[some].read_text(encoding="utf-8")
    assert _get(f"{served}/queries/no-such-question")[0] == 404


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "a/x"),
        ("b/y", "b/y"),
        ("b/y;q=0.2, a/x;q=0.8", "a/x"),
        ("b/*", "b/y"),
        ("c/z", None),
        ("a/x;q=0, b/y", "b/y"),
    ],
)
def test_serve_negotiate_ranks_by_quality(accept: str | None, expected: str | None) -> None:
    assert negotiate(accept, ["a/x", "b/y"]) == expected


def test_serve_without_a_store_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no store" in result.output


def _api(served: str, what: str, **params: str) -> tuple[int, object]:
    status, _, body = _get(f"{served}/api/{what}?{urllib.parse.urlencode(params)}")
    return status, json.loads(body) if status == 200 else body


def test_serve_page_api_search_neighbourhood_evidence(served: str) -> None:
    _, found = _api(served, "search", q="a")
    assert isinstance(found, list) and found
    first = found[0]
    # the exact name ranks first, whatever its case
    _, exact = _api(served, "search", q=first["label"].upper())
    assert isinstance(exact, list) and exact[0]["label"] == first["label"]

    _, hood = _api(served, "neighbourhood", iri=first["iri"], hops="2")
    assert isinstance(hood, dict) and hood["nodes"][0]["id"] == first["iri"] and hood["nodes"][0]["hop"] == 0
    ids = {n["id"] for n in hood["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in hood["edges"])
    assert "evidence" not in {e["label"] for e in hood["edges"]}
    assert all(n["id"].startswith("https://w3id.org/newskg/id/") for n in hood["nodes"])  # no vocabulary terms
    assert _api(served, "neighbourhood", iri=first["iri"], hops="2")[1] == hood  # same store, same drawing
    _, small = _api(served, "neighbourhood", iri=first["iri"], hops="2", limit="2")
    assert isinstance(small, dict) and len(small["nodes"]) <= 2

    _, shown = _api(served, "evidence", iri=first["iri"])
    assert isinstance(shown, dict) and shown["documents"] and shown["evidence"]
    for span in shown["evidence"]:
        start, end = span["highlight"]
        assert span["context"][start:end] == span["text"]


def test_serve_page_api_refuses_what_is_not_an_iri(served: str) -> None:
    assert _api(served, "evidence", iri="> } DROP ALL")[0] == 400
    assert _api(served, "nothing")[0] == 404


def test_serve_page_api_narrows_the_neighbourhood_by_publication_date(served: str) -> None:
    rows = json.loads(_sparql(served, _BUSIEST, "application/sparql-results+json")[2])["results"]["bindings"]
    iri, issued = rows[0]["n"]["value"], rows[0]["i"]["value"][:10]
    views = {
        name: _api(served, "neighbourhood", iri=iri, hops="2", **period)[1]
        for name, period in {
            "whole": {},
            "wide": {"since": "1900", "until": "2999-12-31"},
            "day": {"since": issued, "until": issued},
            "before": {"until": "1900-01"},
        }.items()
    }
    ids = {name: {n["id"] for n in view["nodes"]} for name, view in views.items()}  # type: ignore[index]
    assert views["wide"] == views["whole"] and len(ids["whole"]) > 2
    assert iri in ids["day"] and ids["day"] <= ids["whole"]
    assert iri in ids["before"] and ids["before"] < ids["whole"]
    # what stays before any publication is timeless: no dated document (reference data)
    for other in sorted(ids["before"] - {iri}):
        dated = f"ASK {{ <{other}> prov:wasDerivedFrom ?d . ?d a kg:Document ; dcterms:issued ?i }}"
        assert json.loads(_sparql(served, _PREFIXES + dated)[2])["boolean"] is False
    assert _api(served, "neighbourhood", iri=iri, since="last week")[0] == 400


_PREFIXES = (
    "PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
    "PREFIX dcterms: <http://purl.org/dc/terms/> "
)
_BUSIEST = """PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?n (MIN(STR(?issued)) AS ?i) WHERE {
  ?n ?p ?o ; prov:wasDerivedFrom/dcterms:issued ?issued .
  FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:evidence)
} GROUP BY ?n ORDER BY DESC(COUNT(?o)) ?n LIMIT 1"""


def test_serve_service_is_refused(served: str) -> None:
    remote = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = _sparql(served, remote)
    assert status == 403 and b"SERVICE" in body
    # the word inside a string is no clause
    status, _, _ = _sparql(served, 'SELECT ?x WHERE { BIND("service desk" AS ?x) }')
    assert status == 200


def _persons(base: str) -> int:
    status, _, body = _sparql(base, PERSONS, "application/sparql-results+json")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def _settles_at(base: str, expected: int) -> bool:
    """Four answers in a row give ``expected`` within 20 s (each worker has opened the store again)."""
    deadline, streak = time.monotonic() + 20, 0
    while streak < 4 and time.monotonic() < deadline:
        streak = streak + 1 if _persons(base) == expected else 0
    return streak == 4


def test_serve_answers_from_the_last_finished_build(
    disk_store: Path, tmp_path: Path, serve: Callable[[Path, Path], AbstractContextManager[str]]
) -> None:
    """A build into a served store shows up in the next answers; a build still writing never does."""
    store_path = tmp_path / "store"
    shutil.copytree(disk_store, store_path)
    kg = "https://w3id.org/newskg/ontology#"
    with serve(store_path, tmp_path / "serve.log") as base:
        before = _persons(base)
        writer = KGStore(store_path)
        person = Quad(
            NamedNode("urn:test:jane-roe"), NamedNode(RDF_TYPE), NamedNode(kg + "Person"), NamedNode("urn:test:doc-1")
        )
        writer.replace_graph("urn:test:doc-1", [person])
        writer.flush()
        assert _settles_at(base, before + 1)  # every worker opened it again
        writer.update(f"INSERT DATA {{ GRAPH <urn:test:doc-2> {{ <urn:test:ann-lee> a <{kg}Person> }} }}")
        assert [_persons(base) for _ in range(4)] == [before + 1] * 4  # not the unfinished write
        writer.flush()
        assert _settles_at(base, before + 2)
        del writer
