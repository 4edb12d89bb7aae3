"""(SPARQL text, Accept header) -> Answer: status, media type and body, as the SPARQL 1.1 Protocol says.

Runs inside a worker process (see pool.py). Results are serialized by Oxigraph itself, so JSON,
XML, CSV and TSV follow the W3C result formats exactly; CONSTRUCT and DESCRIBE give Turtle,
N-Triples or RDF/XML.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import NewsKGError
from kg.query import uses_service
from kg.store import KGStore

__all__ = ["GRAPH_TYPES", "RESULT_TYPES", "Answer", "answer", "negotiate"]

# media type -> format; the first entry of each table is the default for */* or no Accept
RESULT_TYPES: dict[str, QueryResultsFormat] = {
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "application/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, RdfFormat] = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/rdf+xml": RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Answer:
    """What the HTTP side sends back: plain data, so it crosses a process boundary."""

    status: int
    media_type: str
    body: bytes


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client ranks highest (RFC 9110 q-values); None when none fits.

    Ties keep the client's order; ``*/*`` and ``type/*`` match the first offer of that kind.
    """
    if not accept or not accept.strip():
        return offered[0]
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        quality = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, index, media))
    for _, _, media in sorted(ranked):
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            kind = media[:-1]
            match = next((o for o in offered if o.startswith(kind)), None)
            if match:
                return match
        elif media in offered:
            return media
    return None


def answer(store: KGStore, sparql: str, accept: str | None) -> Answer:
    """Run one query and serialize its result in the format the client asked for.

    ``SERVICE`` is refused as ``kg query`` refuses it by default: the engine would fetch from
    other endpoints, turning a public read-only endpoint into a network client.
    """
    if uses_service(sparql):
        return _text(403, "this endpoint does not call other endpoints: SERVICE is refused")
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        return _text(400, f"the query does not parse (this endpoint is read-only: no updates): {exc}")
    except (NewsKGError, OSError, ValueError, RuntimeError) as exc:
        # refusals by the store's own query entry point (e.g. SERVICE) and evaluation errors
        return _text(400, f"the query cannot be answered: {exc}")
    if isinstance(result, (QuerySolutions, QueryBoolean)):
        media = negotiate(accept, list(RESULT_TYPES))
        if media is None:
            return _text(406, f"results are offered as {', '.join(RESULT_TYPES)}")
        body = result.serialize(format=RESULT_TYPES[media])
    else:
        media = negotiate(accept, list(GRAPH_TYPES))
        if media is None:
            return _text(406, f"graphs are offered as {', '.join(GRAPH_TYPES)}")
        body = result.serialize(format=GRAPH_TYPES[media])
    charset = "" if media.endswith("xml") or media.endswith("json") else "; charset=utf-8"
    return Answer(200, media + charset, body or b"")
