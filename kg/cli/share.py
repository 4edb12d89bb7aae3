"""Commands that give the store to others: ``push`` to a triple-store server, ``serve`` over HTTP."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.common import DEFAULT_STORE, BaseOpt, StoreOpt, fail, open_graph, report_incomplete, say, store_base
from kg.errors import NewsKGError
from kg.store import is_store

__all__ = ["push", "serve"]


def push(
    endpoint: Annotated[
        str, typer.Option(help="The server's SPARQL query endpoint (Oxigraph: http://HOST:7878/query).")
    ],
    store: StoreOpt = None,
    graph_store: Annotated[
        str | None,
        typer.Option(help="The server's Graph Store Protocol URL (default: /store beside a /query endpoint, else it)."),
    ] = None,
    base: BaseOpt = None,
) -> None:
    """Load the store into a triple-store server: a named graph per document, the knowledge graph as default graph."""
    from kg.scale.push import graph_store_for
    from kg.scale.push import push as run_push

    try:
        kg_store = open_graph(None, store)
        if report_incomplete(kg_store):
            raise fail("not pushed: complete the store first")
        target = graph_store or graph_store_for(endpoint)
        report = run_push(kg_store, endpoint, target, store_base(kg_store, base))
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    say(
        f"pushed {report.graphs} named graph(s) and {report.statements} statements in the default graph -> {target}"
        + (f"; deleted {len(report.deleted)} graph(s) the store no longer has" if report.deleted else "")
    )


def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped (503).")] = 10.0,
    workers: Annotated[int, typer.Option(help="Queries answered at once (one process each).")] = 2,
) -> None:
    """Serve the store read-only: SPARQL at /sparql, ready questions at /queries/NAME, a browser page at /."""
    from kg.serve import run

    path = store or DEFAULT_STORE
    if not is_store(path):
        raise fail(f"{path}: no store here; run `kg build` first or pass --store")
    try:
        run(path, host=host, port=port, workers=workers, timeout=timeout)
    except NewsKGError as exc:
        raise fail(str(exc)) from None
