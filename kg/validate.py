"""Knowledge graph (Graph, Dataset or RDF file) -> ValidationReport against ``shapes/*.ttl``.

Wraps ``pyshacl.validate`` and turns its (conforms, report graph, text) tuple into typed, frozen
values. Two choices matter:

* The ontology is passed as pyshacl's ``ont_graph``: pyshacl mixes its ``rdfs:subClassOf`` triples
  into (a copy of) the data, so a shape targeting ``kg:Organization`` also fires on a ``kg:Agency``
  and ``sh:class kg:Place`` accepts a ``kg:State`` (SHACL 2.1.3.1 reads subclasses from the data
  graph only). Without it, superclass shapes silently never fire and validation "passes".
* A Dataset is validated as the union of its named graphs: an entity's ``rdfs:label`` lives in the
  entity layer, the rest of it in document graphs (docs/rdf-layout.md), and only together do they
  make a conforming node.

No RDFS/OWL inference runs (``inference="none"``): it would add triples the builder never wrote and
cost seconds on large graphs.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import RDF, SH
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import InputError
from kg.paths import ontology_file, shapes_dir

__all__ = ["GraphInput", "ValidationReport", "Violation", "ontology_graph", "shapes_graph", "validate"]

log = logging.getLogger(__name__)

_PREFIXES = {
    "kg": "https://w3id.org/newskg/ontology#",
    "kgr": "https://w3id.org/newskg/id/",
    "kgs": "https://w3id.org/newskg/shapes#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "time": "http://www.w3.org/2006/time#",
}
_NAMESPACES = Graph().namespace_manager

#: What ``validate`` accepts: one graph, a set of named graphs (checked as their union), or a file.
GraphInput = Graph | Dataset | ConjunctiveGraph | str | Path


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
        triples: how many triples were checked (the union, without the ontology).
        seconds: wall time of the pyshacl run, for the figures in logs and benchmarks.
    """

    conforms: bool
    violations: tuple[Violation, ...]
    text: str
    triples: int = 0
    seconds: float = 0.0


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


def validate(data: GraphInput, *, allow_warnings: bool = True) -> ValidationReport:
    """Check a knowledge graph against the newskg shapes.

    Args:
        data: an rdflib Graph; a Dataset or ConjunctiveGraph (its named graphs are merged, the
            union is what gets checked); or the path of an RDF file (Turtle, TriG, N-Quads,
            N-Triples, JSON-LD, RDF/XML; the format follows the suffix). Never modified.
        allow_warnings: when True (the default), results of severity ``sh:Warning`` or ``sh:Info``
            are reported but do not make the graph non-conforming.

    Returns:
        The typed report.

    Raises:
        InputError: the file does not exist or does not parse.
    """
    import pyshacl  # heavy: only when validating

    graph, owned = _as_graph(data)
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
    for result in results_graph.subjects(RDF.type, SH.ValidationResult):
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
    rank = {"Violation": 0, "Warning": 1, "Info": 2}
    return tuple(sorted(out, key=lambda v: (rank.get(v.severity, 3), str(v.focus), v.path or "", v.message)))


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
    for v in violations:
        # no square brackets: the CLI prints through Rich, which would read them as markup
        where = _short(v.focus) + (f" {v.path}" if v.path else "")
        value = f" = {_short(v.value)}" if v.value is not None else ""
        lines.append(f"{v.severity} {where}{value}: {v.message} ({_short(v.shape)}, {v.component})")
    return "\n".join(lines)
