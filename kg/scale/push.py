"""A store -> a triple-store server, over the SPARQL 1.1 Graph Store HTTP Protocol (one PUT per graph).

The server gets what ``kg query`` reads: every named graph of the store under its own name (one
per document, the entity layer, the reference graphs) and the knowledge-graph view (the distinct
triples of all of them, see :mod:`kg.store`) as the server's default graph. A server's default
graph is a graph of its own, not the union of its named graphs (Oxigraph's, unless started with
``--union-default-graph``; Fuseki's, unless told otherwise), and the ready questions read the
default graph: with the view there, they give the same rows on the server as on the store, and
``GRAPH ?g`` still reaches each document. The journal is bookkeeping and stays home.

A PUT replaces its graph whole, so pushing twice leaves the server as pushing once does. Graphs
named under the store's base IRI that the store no longer holds (documents removed since the last
push) are deleted, so the server mirrors the store there; graphs of other names are left alone.
Requests use the standard library: a push needs nothing beyond the server.
"""

from __future__ import annotations

import json
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO
from urllib.parse import quote, urlencode

from pyoxigraph import RdfFormat, Triple, serialize

from kg.errors import OutputError
from kg.store import JOURNAL, KGStore

__all__ = ["PushReport", "graph_store_for", "push"]

TIMEOUT = 600.0  # seconds one request may take: the default graph of a large store is one body
_LIST_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"


@dataclass
class PushReport:
    """What a push did: named graphs written, statements of the default graph, stale graphs deleted."""

    graphs: int = 0
    statements: int = 0
    deleted: list[str] = field(default_factory=list)


def graph_store_for(endpoint: str) -> str:
    """The Graph Store URL beside a query ``endpoint``: Oxigraph's ``/store`` for its ``/query``, else the endpoint.

    Fuseki and others answer both protocols at the dataset's URL; any other layout is given
    explicitly (``kg push --graph-store``).
    """
    head, _, last = endpoint.rstrip("/").rpartition("/")
    return f"{head}/store" if last == "query" and head else endpoint


def push(store: KGStore, endpoint: str, graph_store: str, base: str) -> PushReport:
    """Write the named graphs and the view of ``store`` to the server; OutputError when it cannot be.

    Args:
        store: the store to push (read only).
        endpoint: the server's SPARQL query endpoint, asked which graphs it holds under ``base``.
        graph_store: the server's Graph Store Protocol URL, where graphs are written.
        base: the store's base IRI: the server's graphs under it are the store's to replace or delete.
    """
    report = PushReport()
    before = [g for g in _server_graphs(endpoint) if g.startswith(base)]
    ours = [g for g in store.graphs() if g != JOURNAL]
    for graph in ours:
        triples = (Triple(q.subject, q.predicate, q.object) for q in store.quads(graph))
        _put(_graph_url(graph_store, graph), f"graph <{graph}>", triples)
        report.graphs += 1
    report.statements = _put(_graph_url(graph_store, None), "the default graph", store.triples())
    for graph in sorted(set(before) - set(ours)):
        _send("DELETE", _graph_url(graph_store, graph), f"graph <{graph}>")
        report.deleted.append(graph)
    return report


def _put(url: str, what: str, triples: Iterable[Triple]) -> int:
    """PUT ``triples`` as N-Triples; the number sent. Spooled to a file: memory stays flat however large."""
    count = 0

    def counted() -> Iterator[Triple]:
        nonlocal count
        for triple in triples:
            count += 1
            yield triple

    with tempfile.TemporaryFile() as body:
        serialize(counted(), body, RdfFormat.N_TRIPLES)
        length = body.tell()
        body.seek(0)
        _send("PUT", url, what, body, length=length)
    return count


def _graph_url(graph_store: str, graph: str | None) -> str:
    """``?graph=IRI`` for a named graph, ``?default`` for the default graph (GSP section 4.2)."""
    query = "default" if graph is None else "graph=" + quote(graph, safe="")
    return f"{graph_store}{'&' if '?' in graph_store else '?'}{query}"


def _server_graphs(endpoint: str) -> list[str]:
    """The names of the server's named graphs, from its query endpoint (SPARQL 1.1 Protocol, POST form)."""
    body = urlencode({"query": _LIST_GRAPHS}).encode()
    answer = _send(
        "POST",
        endpoint,
        "the list of graphs",
        body,
        content_type="application/x-www-form-urlencoded",
        accept="application/sparql-results+json",
    )
    try:
        rows = json.loads(answer)["results"]["bindings"]
        return [row["g"]["value"] for row in rows if row.get("g", {}).get("type") == "uri"]
    except (ValueError, KeyError, TypeError) as exc:
        raise OutputError(f"{endpoint}: not a SPARQL endpoint (its answer is no SPARQL JSON result: {exc})") from None


def _send(
    method: str,
    url: str,
    what: str,
    body: bytes | IO[bytes] | None = None,
    *,
    length: int | None = None,
    content_type: str = "application/n-triples",
    accept: str = "*/*",
) -> bytes:
    """One request; any failure is an OutputError of one line naming the URL and what was being sent.

    ``length`` is the size of a file ``body``, sent as it is read (a known length: no chunked encoding).
    """
    headers = {"Accept": accept, **({"Content-Type": content_type} if body is not None else {})}
    if length is not None:
        headers["Content-Length"] = str(length)
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        said = f": {detail[0][:200]}" if detail else ""
        raise OutputError(f"{url}: the server refused {method} of {what} ({exc.code} {exc.reason}{said})") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise OutputError(f"{url}: cannot reach the server ({reason}); is it running?") from None
