"""Knowledge graph (store, Graph, Dataset or RDF file) -> ValidationReport against ``shapes/*.ttl``.

Two engines give the same results (tests/test_validate_engines.py runs both on every fixture of
the shapes and compares them):

* ``sparql`` (the default): :mod:`kg.shacl` compiles the shapes to SPARQL queries that Oxigraph
  runs on the store itself, without copying it into rdflib (hundreds of thousands of triples per
  second). It can check only the nodes some named graphs hold (:func:`validate_graphs`): what a
  build changed.
* ``pyshacl``: the reference implementation, on an rdflib copy of the graph.

Choices both engines share:

* The ontology's ``rdfs:subClassOf`` counts (pyshacl's ``ont_graph``; the class closure of
  :mod:`kg.shacl`): a shape targeting ``kg:Organization`` also fires on a ``kg:Agency`` and
  ``sh:class kg:Place`` accepts a ``kg:State`` (SHACL 2.1.3.1 reads subclasses from the data graph
  only). Without it, superclass shapes silently never fire and validation "passes".
* A Dataset or store is validated as the union of its named graphs: an entity's ``rdfs:label``
  lives in the entity layer, the rest of it in document graphs (docs/rdf-layout.md), and only
  together do they make a conforming node.

No RDFS/OWL inference runs: it would add triples the builder never wrote and cost seconds on
large graphs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal as Choice

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import SH
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import InputError
from kg.paths import ontology_file, shapes_dir
from kg.shacl import Endpoint, Scope, run, select
from kg.shacl.terms import from_ox, to_ox
from kg.store import KGStore

__all__ = [
    "ENGINES",
    "Engine",
    "GraphInput",
    "ValidationReport",
    "Violation",
    "describe",
    "ontology_graph",
    "shapes_graph",
    "validate",
    "validate_graphs",
]

log = logging.getLogger(__name__)

_PREFIXES = {
    "kg": "https://w3id.org/newskg/ontology#",
    "kgr": "https://w3id.org/newskg/id/",
    "kgs": "https://w3id.org/newskg/shapes#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "time": "http://www.w3.org/2006/time#",
}
_NAMESPACES = Graph().namespace_manager

#: What ``validate`` accepts: a store or one graph, a set of named graphs (checked as their
#: union), or a file.
GraphInput = KGStore | Graph | Dataset | ConjunctiveGraph | str | Path
Engine = Choice["sparql", "pyshacl"]
ENGINES: tuple[Engine, ...] = ("sparql", "pyshacl")
_RANK = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One validation result.

    Attributes:
        focus: the node that failed (an IRI, or a blank node / literal for odd data).
        path: the property path in SPARQL syntax with prefixes (``kg:title``, ``^kg:holds``), or
            None for a constraint on the node itself (``sh:class``, ``sh:not``, ``sh:or``).
        message: the shape's ``sh:message``, or pyshacl's own wording when it has none.
        severity: ``"Violation"``, ``"Warning"`` or ``"Info"``.
        shape: the named node shape the failing constraint belongs to (``kgs:PositionShape``),
            resolved from the blank property shape that pyshacl reports, so a reader sees where
            to look.
        component: the SHACL constraint component, short (``MinCount``, ``Class``, ``Or``...).
        value: the offending value, when there is one.
    """

    focus: Node
    path: str | None
    message: str
    severity: str
    shape: Node
    component: str
    value: Node | None = None


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of ``validate``.

    Attributes:
        conforms: True when no result counts as a failure (``sh:Violation``; warnings too when
            ``allow_warnings`` is False).
        violations: every result, sorted by severity, focus node and path, deterministic.
        text: a readable report: a summary line, then one line per result.
        triples: how many triples were checked (the union, without the ontology); for a scoped
            check (:func:`validate_graphs`), the triples of the graphs it was given.
        seconds: wall time of the engine's run, for the figures in logs and benchmarks.
        graphs: for a scoped check, each failing focus node's named graphs among those given,
            so a build can say which document a violation comes from.
    """

    conforms: bool
    violations: tuple[Violation, ...]
    text: str
    triples: int = 0
    seconds: float = 0.0
    graphs: Mapping[Node, tuple[str, ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The OWL ontology ``ontology/kg.ttl``, parsed once per process (do not modify)."""
    return Graph().parse(ontology_file(), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """All shape files of ``shapes/`` merged in one graph, parsed once per process (do not modify)."""
    graph = Graph()
    files = sorted(shapes_dir().glob("*.ttl"))
    if not files:
        raise InputError(str(shapes_dir()), "no SHACL shape files (*.ttl) found")
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def validate(data: GraphInput, *, allow_warnings: bool = True, engine: Engine = "sparql") -> ValidationReport:
    """Check a knowledge graph against the newskg shapes.

    Args:
        data: a KGStore (its knowledge-graph view); an rdflib Graph; a Dataset or
            ConjunctiveGraph (its named graphs are merged, the union is what gets checked); or the
            path of an RDF file (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML; the format
            follows the suffix). Never modified.
        allow_warnings: when True (the default), results of severity ``sh:Warning`` or ``sh:Info``
            are reported but do not make the graph non-conforming.
        engine: ``sparql`` (shapes compiled to queries Oxigraph runs) or ``pyshacl`` (the
            reference implementation); both give the same results.

    Returns:
        The typed report.

    Raises:
        InputError: the file does not exist or does not parse.
    """
    if engine == "pyshacl":
        return _pyshacl(data, allow_warnings)
    if engine != "sparql":
        raise ValueError(f"unknown validation engine {engine!r}; use one of {', '.join(ENGINES)}")
    endpoint: Endpoint
    if isinstance(data, KGStore):
        triples = _count(data)
        endpoint = data.query
    else:
        graph, _owned = _as_graph(data)
        triples = len(graph)
        store = ox.Store()
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph)  # type: ignore[arg-type]
        endpoint = store.query  # type: ignore[assignment]  # keyword options unused
    return _sparql(endpoint, None, triples, allow_warnings)


def validate_graphs(store: KGStore, graphs: Iterable[str], *, allow_warnings: bool = True) -> ValidationReport:
    """Check what the named ``graphs`` changed: the nodes they hold and the values they give them.

    What a build changed: its document graphs and the entities, mentions, positions and events
    they touch. Each such node's counts (one label, at most one date...) and its own constraints
    (its kind, what it may not also be) are checked over the whole store, with what the entity
    layer and other documents say of it; each value ``graphs`` give it is checked as a value (its
    class, datatype, range...). Values other graphs gave were checked when those were built, and
    nodes of other graphs are not looked at, so the cost follows the size of ``graphs``, not of
    the store; :func:`validate` checks everything. When ``graphs`` are half the store's graphs or
    statements or more (a first build; :func:`_most_of_store`), one whole-store pass is cheaper
    (about half the CPU of the scoped checks on a one-document store): it runs, and reports the
    nodes of ``graphs``.
    The report's ``graphs`` maps each failing node to its graphs among ``graphs``.
    """
    names = sorted(set(graphs))
    if not names:
        return ValidationReport(conforms=True, violations=(), text=_render(True, (), 0))
    values = " ".join(f"<{g}>" for g in names)

    def endpoint(sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """The store, its ``GRAPH ?g`` unrestricted: every question here names its graphs (cheaper)."""
        return store.query(sparql, every_graph=True)

    count = select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
    triples = int(next(count)["n"].value)
    if _most_of_store(store, len(names), triples):  # one pass is cheaper
        whole = _sparql(endpoint, None, triples, allow_warnings)
        # only the failing nodes need their graphs: a conforming first build reads none
        failed = {n for v in whole.violations if isinstance(n := to_ox(v.focus), ox.NamedNode | ox.BlankNode)}
        blank = any(isinstance(n, ox.BlankNode) for n in failed)  # no blank node in VALUES: read all
        located = _located(endpoint, values, None if blank else failed) if failed else {}
        report = _report(
            tuple(v for v in whole.violations if v.focus in located), triples, whole.seconds, allow_warnings
        )
    else:
        where = _where(endpoint, values, None)
        located = {from_ox(n): tuple(sorted(gs)) for n, gs in where.items()}
        nodes = tuple(sorted(str(n) for n in where if isinstance(n, ox.NamedNode)))  # no blank node in VALUES
        report = _sparql(endpoint, Scope(tuple(f"<{g}>" for g in names), nodes), triples, allow_warnings)
    failing = {v.focus: located.get(v.focus, ()) for v in report.violations}
    return ValidationReport(report.conforms, report.violations, report.text, triples, report.seconds, failing)


def _most_of_store(store: KGStore, graphs: int, triples: int) -> bool:
    """Whether ``graphs`` holding ``triples`` are half the store or more, by graphs or by statements.

    A first build of many documents is most of the store's graphs; a first build of one long
    text is one graph of several (the entity and reference layers) but most of its statements.
    Either count stops just past twice the given figure, so a small build into a large store
    reads little of it.
    """
    if store.graph_count(at_most=2 * graphs + 1) <= 2 * graphs:
        return True
    return store.quad_count(at_most=2 * triples + 1) <= 2 * triples


def _where(
    endpoint: Endpoint, values: str, nodes: set[ox.NamedNode | ox.BlankNode] | None
) -> dict[ox.NamedNode | ox.BlankNode, list[str]]:
    """Node -> the graphs among ``values`` that hold it (as subject, or as an object that is no
    literal): of every node, or of the named ``nodes`` only."""
    only = f"VALUES ?n {{ {' '.join(str(n) for n in sorted(nodes, key=str))} }} " if nodes is not None else ""
    rows = select(
        endpoint,
        f"SELECT DISTINCT ?g ?n WHERE {{ VALUES ?g {{ {values} }} {only}"
        f"{{ GRAPH ?g {{ ?n ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p ?n }} FILTER(!isLiteral(?n)) }} }}",
    )
    where: dict[ox.NamedNode | ox.BlankNode, list[str]] = {}
    for row in rows:
        where.setdefault(row["n"], []).append(row["g"].value)
    return where


def _located(
    endpoint: Endpoint, values: str, nodes: set[ox.NamedNode | ox.BlankNode] | None
) -> dict[Node, tuple[str, ...]]:
    """:func:`_where` with the nodes as rdflib terms and their graphs sorted, as reports give them."""
    return {from_ox(n): tuple(sorted(gs)) for n, gs in _where(endpoint, values, nodes).items()}


def _sparql(
    endpoint: Endpoint,
    scope: Scope | None,
    triples: int,
    allow_warnings: bool,
) -> ValidationReport:
    shapes = shapes_graph()
    started = time.perf_counter()
    results = run(shapes, ontology_graph(), endpoint, scope)
    violations = []
    for result in results:
        source = result.check.source
        message = min((str(m) for m in shapes.objects(source, SH.message)), default=f"{result.component} failed")
        severity = shapes.value(source, SH.severity)
        value = from_ox(result.value, shapes.value(source, SH.datatype)) if result.value is not None else None
        path = result.check.path
        violations.append(
            Violation(
                focus=from_ox(result.focus),
                path=_path_text(shapes, path) if path is not None else None,
                message=message,
                severity=_local(severity) if severity is not None else "Violation",
                shape=result.check.shape,
                component=result.component,
                value=value,
            )
        )
    seconds = time.perf_counter() - started
    return _report(tuple(sorted(violations, key=_order)), triples, seconds, allow_warnings)


def _report(violations: tuple[Violation, ...], triples: int, seconds: float, allow_warnings: bool) -> ValidationReport:
    failing = ("Violation",) if allow_warnings else ("Violation", "Warning", "Info")
    conforms = not any(v.severity in failing for v in violations)
    log.info("validated %d triples in %.2f s: %d results", triples, seconds, len(violations))
    return ValidationReport(conforms, violations, _render(conforms, violations, triples), triples, seconds)


def _pyshacl(data: GraphInput, allow_warnings: bool) -> ValidationReport:
    import pyshacl  # heavy: only when validating with it

    graph, owned = (data.to_rdflib(), True) if isinstance(data, KGStore) else _as_graph(data)
    triples = len(graph)
    shapes = shapes_graph()
    started = time.perf_counter()
    conforms, results_graph, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology_graph(),
        inference="none",
        # a graph we built ourselves may take the ontology in place: saves a full copy
        inplace=owned,
        allow_warnings=allow_warnings,
        allow_infos=allow_warnings,
    )
    seconds = time.perf_counter() - started
    violations = _violations(results_graph, shapes)
    log.info("validated %d triples in %.2f s: %d results", triples, seconds, len(violations))
    return ValidationReport(
        conforms=bool(conforms),
        violations=violations,
        text=_render(bool(conforms), violations, triples),
        triples=triples,
        seconds=seconds,
    )


def _count(store: KGStore) -> int:
    return int(next(select(store.query, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))["n"].value)


def _order(v: Violation) -> tuple[int, str, str, str, str, str]:
    """Severity, focus, path, component, message, value: a total order, the same for both engines."""
    value = v.value.n3() if v.value is not None else ""
    return (_RANK.get(v.severity, 3), str(v.focus), v.path or "", v.component, v.message, value)


def _as_graph(data: GraphInput) -> tuple[Graph, bool]:
    """The triples to check as one Graph, and whether it is a private copy (safe to modify)."""
    if isinstance(data, str | Path):
        return _parse(Path(data)), True
    if isinstance(data, ConjunctiveGraph | Dataset):  # Dataset subclasses ConjunctiveGraph in rdflib 7
        return _union(data), True
    if isinstance(data, Graph):
        return data, False
    raise TypeError(f"validate() takes an rdflib Graph, Dataset or a file path, not {type(data).__name__}")


def _union(dataset: ConjunctiveGraph | Dataset) -> Graph:
    merged = Graph()
    for prefix, namespace in dataset.namespaces():
        merged.bind(prefix, namespace, override=False)
    for s, p, o, _context in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _parse(path: Path) -> Graph:
    if not path.is_file():
        raise InputError(str(path), "no such file")
    fmt = guess_format(str(path)) or "turtle"
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise InputError(str(path), f"cannot parse as {fmt}: {exc}") from exc
    return _union(dataset)


def _violations(results_graph: object, shapes: Graph) -> tuple[Violation, ...]:
    if not isinstance(results_graph, Graph):  # pyshacl returns an exception object on failure
        raise RuntimeError(f"pyshacl failed: {results_graph}")
    out = []
    # top-level results only: pyshacl also types the sh:detail of a failed sh:node as results
    for result in results_graph.objects(None, SH.result):
        source = results_graph.value(result, SH.sourceShape)
        path = results_graph.value(result, SH.resultPath)
        message = results_graph.value(result, SH.resultMessage)
        severity = results_graph.value(result, SH.resultSeverity)
        component = results_graph.value(result, SH.sourceConstraintComponent)
        out.append(
            Violation(
                focus=results_graph.value(result, SH.focusNode) or BNode(),
                path=_path_text(results_graph, path) if path is not None else None,
                message=str(message) if message is not None else "",
                severity=_local(severity) if severity is not None else "Violation",
                shape=_owner_shape(shapes, source) if source is not None else BNode(),
                component=_local(component).removesuffix("ConstraintComponent") if component else "",
                value=results_graph.value(result, SH.value),
            )
        )
    return tuple(sorted(out, key=_order))


def _owner_shape(shapes: Graph, shape: Node) -> Node:
    """The named node shape a (possibly blank, possibly nested) property shape belongs to."""
    seen: set[Node] = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        owner = shapes.value(None, SH.property, shape)
        if owner is None:
            break
        shape = owner
    return shape


def _path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL syntax; only the forms the shapes use get sugar."""
    if isinstance(path, URIRef):
        return _short(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(graph, inverse)
    return str(path)


def _short(term: Node) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in _PREFIXES.items():
            if text.startswith(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return _NAMESPACES.normalizeUri(term)
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _local(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _render(conforms: bool, violations: tuple[Violation, ...], triples: int) -> str:
    counts: dict[str, int] = {}
    for violation in violations:
        counts[violation.severity] = counts.get(violation.severity, 0) + 1
    summary = ", ".join(f"{n} {severity.lower()}{'s' if n != 1 else ''}" for severity, n in counts.items())
    head = f"{'conforms' if conforms else 'does not conform'}: {triples} triples checked"
    lines = [head + (f"; {summary}" if summary else "")]
    lines += [describe(v) for v in violations]
    return "\n".join(lines)


def describe(v: Violation) -> str:
    """One result on one line: severity, focus node, path, value, message, shape and component."""
    # no square brackets: the CLI prints through Rich, which would read them as markup
    where = _short(v.focus) + (f" {v.path}" if v.path else "")
    value = f" = {_short(v.value)}" if v.value is not None else ""
    return f"{v.severity} {where}{value}: {v.message} ({_short(v.shape)}, {v.component})"
