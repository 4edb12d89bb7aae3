"""Commands that read the graph (a store, opened read-only, or an RDF file): check, ask, count, explain."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from kg.cli.common import BaseOpt, GraphArg, StoreOpt, fail, open_graph, out, report_incomplete, store_base
from kg.console import plain, table
from kg.errors import NewsKGError

__all__ = ["explain", "list_queries", "query", "stats", "validate"]


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class Validator(StrEnum):
    sparql = "sparql"
    pyshacl = "pyshacl"


def validate(
    graph: GraphArg = None,
    store: StoreOpt = None,
    engine: Annotated[
        Validator,
        typer.Option(help="sparql: the shapes as queries on the store (fast); pyshacl: the reference validator."),
    ] = Validator.sparql,
) -> None:
    """Check the graph against the SHACL shapes (exit 0 conforms, 1 violations or incomplete, 2 error)."""
    from kg.validate import validate as run_validate

    try:
        kg_store = open_graph(graph, store)
        report = run_validate(kg_store, engine=engine.value)
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    incomplete = report_incomplete(kg_store)
    if report.conforms:
        out.print(f"conforms: {report.triples} statements checked against the shapes")
        if incomplete:
            raise typer.Exit(1)
        return
    out.print(plain(report.text), highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def query(
    name: Annotated[str, typer.Argument(help="A query name from queries/ (see `kg queries`) or a .rq file.")],
    graph: GraphArg = None,
    store: StoreOpt = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    allow_service: Annotated[
        bool, typer.Option(help="Let SERVICE clauses query remote endpoints over the network.")
    ] = False,
) -> None:
    """Run a ready question or a SPARQL file over the knowledge graph."""
    from kg.query import load_query, run_query

    try:
        kg_store = open_graph(graph, store)
        result = run_query(kg_store, load_query(name), allow_service=allow_service)
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    report_incomplete(kg_store)
    if fmt is TableFormat.csv:
        sys.stdout.write(result.to_csv())
    elif fmt is TableFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    else:
        out.print(table(result.columns, result.rows, title=f"{name} ({len(result.rows)} rows)"))


def list_queries() -> None:
    """List the ready questions in queries/."""
    from kg.query import available_queries, describe

    out.print(table(("name", "what it answers"), [(n, describe(p)) for n, p in available_queries().items()]))


def stats(graph: GraphArg = None, store: StoreOpt = None) -> None:
    """Count documents, entities by type, events by type and statements."""
    from kg.query import run_query

    sparql = """SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c .
      FILTER(STRSTARTS(STR(?c), STR(kg:))) BIND(STRAFTER(STR(?c), "#") AS ?type) }
      GROUP BY ?type ORDER BY DESC(?n) ?type"""
    try:
        kg_store = open_graph(graph, store)
        result = run_query(kg_store, sparql)
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    report_incomplete(kg_store)
    out.print(table(("class", "nodes"), result.rows, title=f"{len(kg_store)} statements"))


def explain(
    node: Annotated[str, typer.Argument(help="A node IRI, an entity key (person/...), or a name.")],
    graph: GraphArg = None,
    store: StoreOpt = None,
    base: BaseOpt = None,
) -> None:
    """Show why a node is what it is: names, documents, evidence and the merges behind it."""
    from kg.resolve.explanation import explain as run_explain

    try:
        kg_store = open_graph(graph, store)
        text = run_explain(kg_store, node, store_base(kg_store, base))
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    report_incomplete(kg_store)
    out.print(plain(text), highlight=False, soft_wrap=True)
