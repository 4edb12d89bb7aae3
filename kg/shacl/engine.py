"""Compiled checks + a SPARQL endpoint (the store) -> validation results, for all nodes or a scope.

The checks come from :mod:`kg.shacl.compile`; this module runs them, restricted when asked to
what a build changed (:class:`Scope`), and reads their rows back as results. It knows nothing
of rdflib terms or report formats: :mod:`kg.validate` turns results into violations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolution, QuerySolutions, QueryTriples
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.cores import threaded_map
from kg.shacl.compile import FOCUS, REACH, Check, Targets, compile_shapes

__all__ = ["Endpoint", "Result", "Scope", "class_closure", "run", "select"]

Term = NamedNode | BlankNode | Literal
#: runs a SPARQL SELECT over the data graph
Endpoint = Callable[[str], QuerySolutions | QueryBoolean | QueryTriples]
#: focus nodes sent per query when a scope is given: bounds the size of one query's text
_CHUNK = 5000


@dataclass(frozen=True)
class Result:
    """One failed constraint: which check, on which focus node, for which value (if any)."""

    check: Check
    component: str
    focus: Term
    value: Term | None


def class_closure(ontology: Graph, endpoint: Endpoint) -> dict[URIRef, frozenset[URIRef]]:
    """Class -> itself and every subclass, from the ontology's and the data's ``rdfs:subClassOf``.

    pySHACL, given the ontology, mixes it into the data graph; both sources count there too.
    """
    parents: dict[URIRef, set[URIRef]] = {}
    edges = [(s, o) for s, o in ontology.subject_objects(RDFS.subClassOf)]
    rows = select(endpoint, f"SELECT ?s ?o WHERE {{ ?s <{RDFS.subClassOf}> ?o }}")
    edges += [(URIRef(r["s"].value), URIRef(r["o"].value)) for r in rows if isinstance(r["s"], NamedNode)]
    for sub, sup in edges:
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents.setdefault(sub, set()).add(sup)
    closure: dict[URIRef, set[URIRef]] = {}
    for cls in parents:
        stack, seen = [cls], {cls}
        while stack:
            for sup in parents.get(stack.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    stack.append(sup)
        for sup in seen:
            closure.setdefault(sup, {sup}).add(cls)
    return {cls: frozenset(subs) for cls, subs in closure.items()}


@dataclass(frozen=True)
class Scope:
    """What a build changed: named graphs, and the nodes they hold (both in SPARQL syntax)."""

    graphs: tuple[str, ...]
    nodes: tuple[str, ...]


def run(shapes: Graph, ontology: Graph, endpoint: Endpoint, scope: Scope | None = None) -> list[Result]:
    """Every result of the shapes over the data ``endpoint`` queries.

    Args:
        shapes: the shapes graph.
        ontology: where ``rdfs:subClassOf`` comes from (with the data's own).
        endpoint: runs a SELECT over the data graph.
        scope: only what these graphs changed (see :func:`render`); None: every focus node.
    """
    checks = compile_shapes(shapes, class_closure(ontology, endpoint))
    if scope is None:

        def whole(check: Check) -> list[Result]:
            focus = f"{{ SELECT DISTINCT ?this WHERE {{ {check.target} }} }}"
            return _results(check, select(endpoint, check.query.replace(FOCUS, focus).replace(REACH, _reach(check))))

        return [result for found in threaded_map(whole, checks) for result in found]
    kinds = _Kinds(endpoint, scope.nodes, checks)
    # (check, query, the nodes a count asked for, the nodes whose rows count): in the checks' order
    asks: list[tuple[Check, str, tuple[str, ...], frozenset[str] | None]] = []
    for check in checks:
        nodes = kinds.targeted(check.targets)
        if not nodes:
            continue
        if check.kind != "count" and check.edge is not None:
            # the values the scope's graphs give: GRAPH ?g, then keep the rows of targeted nodes
            predicate, inverse = check.edge
            triple = f"?value {predicate} ?this" if inverse else f"?this {predicate} ?value"
            focus = f"VALUES ?g {{ {' '.join(scope.graphs)} }} GRAPH ?g {{ {triple} }}"
            asks.append((check, check.scoped.replace(FOCUS, focus).replace(REACH, ""), (), nodes))
            continue
        for chunk in _chunks(tuple(sorted(nodes))):
            query = check.scoped.replace(FOCUS, f"VALUES ?this {{ {chunk} }}").replace(REACH, _reach(check))
            asks.append((check, query, tuple(chunk.split(" ")) if check.kind == "count" else (), None))
    # several shapes may ask the same of the scope's values: each question once, on every core
    questions = list(dict.fromkeys(query for _, query, _, _ in asks))
    answers = dict(zip(questions, threaded_map(lambda q: list(select(endpoint, q)), questions), strict=True))
    out: list[Result] = []
    for check, query, counted, keep in asks:
        found = _results(check, answers[query], counted)
        out += found if keep is None else [r for r in found if str(r.focus) in keep]
    return out


def _reach(check: Check) -> str:
    return f"?this {check.sparql_path} ?value ." if check.sparql_path else "BIND(?this AS ?value)"


class _Kinds:
    """The types and predicates of a scope's nodes, read once, to pick each shape's focus nodes.

    Flat patterns from bound nodes (``VALUES ?n`` then ``?n a ?t``) are index lookups; a target
    pattern joined to VALUES inside a group was evaluated over the whole store.
    """

    def __init__(self, endpoint: Endpoint, nodes: tuple[str, ...], checks: list[Check]) -> None:
        self.nodes = frozenset(nodes)
        forward = sorted({p for c in checks for p in c.targets.subjects_of})
        backward = sorted({p for c in checks for p in c.targets.objects_of})
        # by type and by predicate: each check picks its nodes without going through all of them
        asks = [("?n a ?x", []), ("?n ?x ?o", forward), ("?o ?x ?n", backward)]
        asks = [(pattern, only) for pattern, only in asks if only or pattern == "?n a ?x"]
        found = threaded_map(lambda ask: _inverted(_pairs(endpoint, nodes, *ask)), asks)
        by_pattern = dict(zip((pattern for pattern, _ in asks), found, strict=True))
        self.typed = by_pattern["?n a ?x"]
        self.subject_of = by_pattern.get("?n ?x ?o", {})
        self.object_of = by_pattern.get("?o ?x ?n", {})

    def targeted(self, targets: Targets) -> frozenset[str]:
        """The scope's nodes that ``targets`` select (SHACL 2.1.3), in SPARQL syntax."""
        picked = set(self.nodes & targets.nodes)
        for found, keys in (
            (self.typed, targets.classes),
            (self.subject_of, targets.subjects_of),
            (self.object_of, targets.objects_of),
        ):
            for key in keys:
                picked |= found.get(key, set())
        return frozenset(picked)


def _inverted(found: dict[str, set[str]]) -> dict[str, set[str]]:
    """Node -> its types (or predicates) as type (or predicate) -> its nodes."""
    out: dict[str, set[str]] = {}
    for node, keys in found.items():
        for key in keys:
            out.setdefault(key, set()).add(node)
    return out


def _pairs(endpoint: Endpoint, nodes: tuple[str, ...], pattern: str, only: list[str]) -> dict[str, set[str]]:
    """Node -> the ?x that ``pattern`` binds from it (restricted to ``only`` when given)."""
    found: dict[str, set[str]] = {}
    # a FILTER, not a second VALUES (Oxigraph would join the two lists first): a node many
    # documents describe (a state) is scanned in the store, and only the predicates asked come back
    keep = f"FILTER(?x IN ({', '.join(only)}))" if only else ""
    for chunk in _chunks(nodes):
        for row in select(endpoint, f"SELECT DISTINCT ?n ?x WHERE {{ VALUES ?n {{ {chunk} }} {pattern} {keep} }}"):
            found.setdefault(str(row["n"]), set()).add(str(row["x"]))
    return found


def _chunks(terms: tuple[str, ...]) -> Iterator[str]:
    """Terms in groups that keep one query's text small."""
    for i in range(0, len(terms), _CHUNK):
        yield " ".join(terms[i : i + _CHUNK])


def select(endpoint: Endpoint, query: str) -> QuerySolutions:
    """The rows of a SELECT (a TypeError for an ASK or CONSTRUCT: a bug here, not bad data)."""
    rows = endpoint(query)
    if not isinstance(rows, QuerySolutions):
        raise TypeError(f"expected a SELECT, got {type(rows).__name__}")
    return rows


def _results(check: Check, rows: Iterable[QuerySolution], counted: Iterable[str] = ()) -> list[Result]:
    """Rows as results; ``counted``: the nodes a scoped count asked for (no row: no value)."""
    out = []
    if check.kind == "count":  # rows ?this ?n ?q, one per focus node with values: read in order, not by name
        unseen = set(counted)
        for focus, n, q in rows:
            unseen.discard(str(focus))
            out += _counted(check, focus, int(n.value), int(q.value))
        for node in sorted(unseen):
            out += _counted(check, NamedNode(node[1:-1]), 0, 0)
        return out
    for row in rows:
        focus = row["this"]
        if check.kind == "values":
            value = row["value"]
            for i, component in enumerate(check.components):
                if not _true(row[f"ok{i}"]):
                    out.append(Result(check, component, focus, value))
        else:
            out.append(Result(check, check.components[0], focus, row["value"]))
    return out


def _counted(check: Check, focus: Term, n: int, q: int) -> list[Result]:
    low, high, qlow, qhigh = check.limits
    failed = (
        low is not None and n < low,
        high is not None and n > high,
        qlow is not None and q < qlow,
        qhigh is not None and q > qhigh,
    )
    return [Result(check, c, focus, None) for c, bad in zip(check.components, failed, strict=True) if bad]


def _true(term: Term | None) -> bool:
    return isinstance(term, Literal) and term.value == "true"
