"""RDF files and text: formats by name or suffix, prefixes, the datatypes Oxigraph narrows, N-Triples text.

What the store and the CLI share about serializations, kept apart from the store's transactions
so that a writer or a worker needs no store to know them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple

from kg.atomic import atomic_write
from kg.errors import OutputError

__all__ = [
    "FORMATS",
    "PREFIXED",
    "PREFIXES",
    "check_writable",
    "declared",
    "declared_triple",
    "format_for",
    "graph_data",
    "quad_order",
]

FORMATS = {
    ".ttl": RdfFormat.TURTLE,
    ".trig": RdfFormat.TRIG,
    ".nq": RdfFormat.N_QUADS,
    ".nt": RdfFormat.N_TRIPLES,
    ".jsonld": RdfFormat.JSON_LD,
}
NAMES = {
    "ttl": ".ttl",
    "turtle": ".ttl",
    "trig": ".trig",
    "nq": ".nq",
    "nquads": ".nq",
    "nt": ".nt",
    "jsonld": ".jsonld",
    "json-ld": ".jsonld",
}
PREFIXES = {
    "kg": "https://w3id.org/newskg/ontology#",
    "kgr": "https://w3id.org/newskg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "time": "http://www.w3.org/2006/time#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
}


def format_for(path: str | Path, name: str | None = None) -> RdfFormat:
    """The RDF format named by ``name`` (ttl, trig, nq, jsonld) or by the file suffix."""
    suffix = NAMES.get(name.lower(), "") if name else Path(path).suffix.lower()
    if suffix not in FORMATS:
        wanted = name or Path(path).suffix or "(none)"
        raise OutputError(f"{path}: unknown RDF format {wanted!r}; use .ttl, .trig, .nq, .nt or .jsonld")
    return FORMATS[suffix]


PREFIXED = (RdfFormat.TURTLE, RdfFormat.TRIG)
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_OFFSETS = {NamedNode(_NIF + "beginIndex"), NamedNode(_NIF + "endIndex")}
_NON_NEGATIVE = NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")


def declared(quad: Quad) -> Quad:
    """Give NIF offsets back their ``xsd:nonNegativeInteger`` datatype.

    Oxigraph stores every integer-derived literal as ``xsd:integer`` (same value, narrower
    type lost); NIF and our contract declare offsets as non-negative integers.
    """
    if quad.predicate in _OFFSETS and isinstance(quad.object, Literal):
        return Quad(quad.subject, quad.predicate, Literal(quad.object.value, datatype=_NON_NEGATIVE), quad.graph_name)
    return quad


def declared_triple(triple: Triple) -> Triple:
    """:func:`declared` for a triple; any other triple is returned as it is (a file writes every one)."""
    if triple.predicate in _OFFSETS and isinstance(triple.object, Literal):
        return Triple(triple.subject, triple.predicate, Literal(triple.object.value, datatype=_NON_NEGATIVE))
    return triple


def graph_data(quads: Iterable[Quad]) -> str:
    """The triples of one graph's quads in N-Triples syntax: what a worker hands the store for a
    document (:meth:`kg.store.KGStore.replace_graph_data`)."""
    return " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def quad_order(quad: Quad) -> tuple[str, str]:
    """Sort key of a quad: its graph, then the quad, so files list graph by graph."""
    graph = "" if isinstance(quad.graph_name, DefaultGraph) else str(quad.graph_name)
    return graph, str(quad)


def check_writable(path: str | Path) -> None:
    """Fail early, before a long build, when ``path`` cannot be written."""
    path = Path(path)
    probe = path.with_name(path.name + ".probe")
    try:
        atomic_write(probe, lambda handle: None)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    probe.unlink()
