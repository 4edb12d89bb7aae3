"""Query semantics: one answer per question, whichever store or file holds the graph.

A fact several documents state lives in several named graphs; questions must see it once, so a
sum or a count does not grow with the number of documents that repeat it.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from kg.pipeline import build
from kg.query import available_queries, load_query, run_query
from kg.store import KGStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "manifest.jsonl"

# Invented wire copy: two documents report the same crossing, so the merged event, its place and
# the people named are stated in more than one document graph; a third gives another figure.
DOCUMENTS = [
    {
        "id": "wire-a",
        "published": "2031-03-05",
        "text": "Some 12,500 people crossed into Mongolia on Monday, the border service said.\n\n"
        "Interior Minister Tamsin Okonjo of Mongolia said: “We are ready for more arrivals [this week].”",
    },
    {
        "id": "wire-b",
        "published": "2031-03-05",
        "text": "Some 12,500 people crossed into Mongolia on Monday, the border service said.\n\n"
        "Tamsin Okonjo, the interior minister, visited the crossing at Zamyn-Uud in Mongolia.",
    },
    {
        "id": "wire-c",
        "published": "2031-03-05",
        "text": "Mongolia and Kazakhstan agreed on new rules for travellers, Foreign Minister Ider Batbayar "
        "said on Tuesday.\n\n“The rules help families,” Batbayar said.\n\n"
        "Local officials said 14,000 people crossed into Mongolia on Monday.",
    },
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The invented wire copy and the example corpus, built into a store and exported to files."""
    folder = tmp_path_factory.mktemp("semantics")
    manifest = folder / "wire.jsonl"
    manifest.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), encoding="utf-8")
    store = KGStore(folder / "store")
    report = build([manifest, EXAMPLES], store)
    assert not report.skipped, report.skipped
    paths = {"store": folder / "store"}
    for suffix in ("ttl", "trig", "nq"):
        paths[suffix] = folder / f"graph.{suffix}"
        store.write(paths[suffix])
    del store
    return paths


def _open(paths: dict[str, Path], kind: str) -> KGStore:
    if kind == "store":
        return KGStore(paths["store"], read_only=True)
    graph = KGStore()
    graph.load_file(paths[kind])
    return graph


@pytest.mark.parametrize("name", sorted(available_queries()))
def test_query_every_question_same_rows_from_store_ttl_trig_nq(built: dict[str, Path], name: str) -> None:
    sparql = load_query(name)
    # Turtle is the union without graphs (the contract): a question that asks which graph says
    # what (GRAPH) needs TriG, N-Quads or the store
    files = ("trig", "nq") if re.search(r"\bGRAPH\b", sparql, re.IGNORECASE) else ("ttl", "trig", "nq")
    answers = {kind: run_query(_open(built, kind), sparql) for kind in ("store", *files)}
    assert answers["store"].rows, f"{name}: no rows; the corpus should exercise every question"
    for kind in files:
        assert answers[kind] == answers["store"], f"{name}: {kind} differs from the store"


def test_query_fact_stated_by_two_documents_counts_once(built: dict[str, Path]) -> None:
    result = run_query(_open(built, "store"), load_query("arrivals-by-destination-week"))
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    mongolia = [r for r in rows if r["destination"] == "Mongolia"]
    # the crossing two documents report, once, plus the other figure of the third document
    assert [(r["people"], r["reports"]) for r in mongolia] == [("26500", "2")]
    flows = run_query(_open(built, "store"), load_query("largest-flows"))
    assert sum(1 for row in flows.rows if row[0] == "12500") == 1


def test_query_graph_clause_still_reaches_each_document(built: dict[str, Path]) -> None:
    sparql = """SELECT ?g WHERE { GRAPH ?g { ?e a kg:BorderCrossing ; kg:count 12500 } } ORDER BY ?g"""
    for kind in ("store", "trig"):
        graphs = [row[0].rsplit("/", 1)[-1] for row in run_query(_open(built, kind), sparql).rows]
        assert graphs == ["wire-a", "wire-b"]


def test_query_graph_variable_sees_the_graphs_an_export_holds(built: dict[str, Path]) -> None:
    # the store's bookkeeping (journal, resolver index) is no graph of the knowledge graph
    sparql = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    answers = {kind: run_query(_open(built, kind), sparql).rows for kind in ("store", "trig")}
    assert answers["store"] == answers["trig"]
    assert not [g for (g,) in answers["store"] if g.startswith("urn:newskg:")]


def _quad_file(tmp_path: Path, graphs: int) -> Path:
    """One statement repeated in ``graphs`` named graphs, hand-written TriG."""
    body = "".join(
        f"<https://example.org/doc/{i}> {{ <https://example.org/e> <https://example.org/n> 7 . }}\n"
        for i in range(graphs)
    )
    path = tmp_path / "repeated.trig"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("graphs", [1, 3, 12])
def test_query_sum_is_independent_of_how_many_graphs_repeat_a_fact(tmp_path: Path, graphs: int) -> None:
    store = KGStore()
    store.load_file(_quad_file(tmp_path, graphs))
    total = run_query(store, "SELECT (SUM(?n) AS ?t) (COUNT(*) AS ?c) WHERE { ?e <https://example.org/n> ?n }")
    assert total.rows == (("7", "1"),)
    assert len(store) == 1


def test_query_store_being_written_has_no_stale_view(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    store.load_file(_quad_file(tmp_path, 2))
    store.flush()
    store.remove_graph("https://example.org/doc/0")
    store.remove_graph("https://example.org/doc/1")
    # mid-write: the view is gone with the graphs, not left behind stating the removed fact
    assert not run_query(store, "SELECT * WHERE { ?s ?p ?o }").rows
    store.flush()
    assert len(store) == 0


def test_query_read_only_store_without_view_reads_a_deduplicated_copy(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    writer = KGStore(tmp_path / "store")
    writer.load_file(_quad_file(tmp_path, 3))
    writer.flush()
    # a change that says not what it changes, and never reaches flush: the view is dropped
    writer.update("DROP GRAPH <https://example.org/doc/2>")
    del writer
    with caplog.at_level(logging.WARNING, logger="kg.store"):
        reader = KGStore(tmp_path / "store", read_only=True)
    assert "no up-to-date union" in caplog.text
    total = run_query(reader, "SELECT (SUM(?n) AS ?t) WHERE { ?e <https://example.org/n> ?n }")
    assert total.rows == (("7",),)
