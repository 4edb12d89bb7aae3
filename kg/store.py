"""The embedded store (Oxigraph): the only place where graphs are read or written.

An on-disk store keeps corpora larger than memory and answers SPARQL fast; an in-memory one
serves a build that only writes a file. Files are written atomically (temp file + rename) and
deterministically (quads sorted), so the same store gives the same bytes.

Every change to the store is one Oxigraph transaction (one SPARQL Update: all of it is written
or none). A build writes each document graph in one transaction, together with an entry in the
journal graph naming the document; the cross-document step then applies all of its changes and
empties the journal in one more. A build killed in between leaves complete document graphs and a
journal naming them: :meth:`KGStore.pending` reports it, and the next build completes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import (
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from kg.atomic import atomic_write
from kg.errors import InputError, OutputError

if TYPE_CHECKING:
    import rdflib

__all__ = ["FORMATS", "JOURNAL", "PREFIXES", "KGStore", "check_writable", "format_for"]

#: The graph naming documents written since the cross-document step last completed (bookkeeping,
#: not knowledge: left out of :meth:`KGStore.quads` and so of every export).
JOURNAL = "urn:newskg:journal"
_PENDING = NamedNode(JOURNAL + "#pending")

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


class KGStore:
    """A dataset of one named graph per document, plus the derived entity layer."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        """Open (or create) an on-disk store at ``path``, or an in-memory one when None."""
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = Store()
            elif read_only:
                self._store = Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = Store(str(self.path))
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot open the store ({exc})") from exc

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` and journal it, in one transaction.

        Re-processing a document replaces only its graph; the journal entry says that the
        cross-document step has yet to see it.
        """
        name = NamedNode(graph)
        data = _data([*quads, Quad(name, _PENDING, name, NamedNode(JOURNAL))])
        self._store.update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ {data} }}")

    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph and journal it, in one transaction; True when it existed."""
        name = NamedNode(graph)
        if not self._store.contains_named_graph(name):
            return False
        data = _data([Quad(name, _PENDING, name, NamedNode(JOURNAL))])
        self._store.update(f"DROP GRAPH <{graph}> ; INSERT DATA {{ {data} }}")
        return True

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction)."""
        self._store.update(sparql)

    def commit(self, removed: Iterable[Quad], added: Iterable[Quad], dropped: Iterable[str] = ()) -> None:
        """Remove and add quads, drop named graphs (``<iri>``), empty the journal: one transaction."""
        parts = [f"DELETE DATA {{ {data} }}" for data in [_data(removed)] if data]
        parts += [f"INSERT DATA {{ {data} }}" for data in [_data(added)] if data]
        parts += [f"DROP SILENT GRAPH {graph}" for graph in dropped]
        self._store.update(" ;\n".join([*parts, f"DROP SILENT GRAPH <{JOURNAL}>"]))

    def snapshot(self) -> frozenset[bytes]:
        """Every quad but the journal's, as N-Quads lines: fast to copy and to compare."""
        journal = f"<{JOURNAL}> .".encode()
        dump = self._store.dump(format=RdfFormat.N_QUADS) or b""
        return frozenset(line for line in dump.split(b"\n") if line and not line.endswith(journal))

    def load_snapshot(self, lines: frozenset[bytes]) -> None:
        """Add the quads of a :meth:`snapshot` (one transaction)."""
        self._store.load(b"\n".join(sorted(lines)), format=RdfFormat.N_QUADS)

    def commit_snapshot(self, before: frozenset[bytes], after: frozenset[bytes]) -> None:
        """Turn this store, which holds ``before``, into ``after``, and empty the journal: one transaction.

        A named graph left without quads is dropped too (Oxigraph keeps empty named graphs).
        """

        def quads(lines: frozenset[bytes]) -> list[Quad]:
            return list(parse(b"\n".join(sorted(lines)), format=RdfFormat.N_QUADS)) if lines else []

        removed = quads(before - after)
        kept = {line[line.rindex(b" <", 0, len(line) - 2) + 1 : -2] for line in after}  # last term of each line
        emptied = sorted(
            {str(q.graph_name) for q in removed if isinstance(q.graph_name, NamedNode)} - {g.decode() for g in kept}
        )
        self.commit(removed, quads(after - before), emptied)

    def pending(self) -> list[str]:
        """Documents (graph IRIs) written or removed since the cross-document step last completed."""
        rows = self._store.quads_for_pattern(None, _PENDING, None, NamedNode(JOURNAL))
        return sorted({q.subject.value for q in rows if isinstance(q.subject, NamedNode)})

    def flush(self) -> None:
        """Persist pending writes (on-disk stores)."""
        if self.path is not None:
            self._store.flush()

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str) -> QuerySolutions | QueryBoolean | QueryTriples:
        """Run SPARQL over the union of all graphs (the knowledge graph)."""
        return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)

    def graphs(self) -> list[str]:
        """Names of every named graph, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        """Every quad (journal aside), or those of one named graph, with the datatypes the ontology declares."""
        if graph:
            return (_declared(q) for q in self._store.quads_for_pattern(None, None, None, NamedNode(graph)))
        journal = NamedNode(JOURNAL)
        everything = self._store.quads_for_pattern(None, None, None, None)
        return (_declared(q) for q in everything if q.graph_name != journal)

    def extend(self, quads: Iterable[Quad]) -> None:
        """Add quads (one transaction)."""
        self._store.extend(quads)

    def load_file(self, path: str | Path) -> None:
        """Add the statements of an RDF file (format by suffix); a bad file raises InputError."""
        path = Path(path)
        if not path.is_file():
            raise InputError(str(path), "no such file")
        try:
            self._store.bulk_load(path=str(path), format=format_for(path))
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(str(path), f"not readable as RDF: {exc}") from exc
        except OutputError as exc:
            raise InputError(str(path), str(exc).split(": ", 1)[-1]) from exc

    def to_rdflib(self) -> rdflib.Graph:
        """The union of all graphs as an rdflib Graph, for pyshacl and the Gephi exporters."""
        import rdflib

        triples = {Triple(q.subject, q.predicate, q.object) for q in self.quads()}
        graph = rdflib.Graph()
        graph.parse(data=serialize(sorted(triples, key=str), format=RdfFormat.N_TRIPLES), format="nt")
        return graph

    def __len__(self) -> int:
        return len(self._store)

    # ------------------------------------------------------------------ files

    def write(self, path: str | Path, fmt: RdfFormat | None = None) -> int:
        """Write the store to ``path`` atomically; return the number of statements written.

        Turtle and N-Triples get the union (one triple per statement); TriG, N-Quads and JSON-LD
        keep the named graphs. Output is sorted, so it is byte-for-byte reproducible.
        """
        path = Path(path)
        fmt = fmt or format_for(path)
        if fmt in (RdfFormat.TURTLE, RdfFormat.N_TRIPLES):
            items: list[Triple] | list[Quad] = sorted(
                {Triple(q.subject, q.predicate, q.object) for q in self.quads()}, key=str
            )
        else:
            items = sorted(self.quads(), key=_quad_order)
        # kgr: is left out: its local names hold "/", which Turtle would have to escape
        prefixes = {k: v for k, v in PREFIXES.items() if k != "kgr"} if fmt in _PREFIXED else None
        try:
            atomic_write(path, lambda handle: serialize(items, handle, fmt, prefixes=prefixes))
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        return len(items)


_PREFIXED = (RdfFormat.TURTLE, RdfFormat.TRIG)
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_OFFSETS = {NamedNode(_NIF + "beginIndex"), NamedNode(_NIF + "endIndex")}
_NON_NEGATIVE = NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")


def _declared(quad: Quad) -> Quad:
    """Give NIF offsets back their ``xsd:nonNegativeInteger`` datatype.

    Oxigraph stores every integer-derived literal as ``xsd:integer`` (same value, narrower
    type lost); NIF and our contract declare offsets as non-negative integers.
    """
    if quad.predicate in _OFFSETS and isinstance(quad.object, Literal):
        return Quad(quad.subject, quad.predicate, Literal(quad.object.value, datatype=_NON_NEGATIVE), quad.graph_name)
    return quad


def _data(quads: Iterable[Quad]) -> str:
    """Quads as the body of ``INSERT DATA`` / ``DELETE DATA`` (terms print in N-Triples syntax)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        graph = "" if isinstance(q.graph_name, DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(graph, []).append(f"{q.subject} {q.predicate} {q.object} .")
    return " ".join(f"GRAPH {g} {{ {' '.join(t)} }}" if g else " ".join(t) for g, t in by_graph.items())


def _quad_order(quad: Quad) -> tuple[str, str]:
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
