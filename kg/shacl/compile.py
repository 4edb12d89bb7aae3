"""SHACL shapes graph (rdflib) -> SPARQL queries whose rows are validation results.

Each targeted node shape becomes a few SELECT queries over the data graph (the store's default
graph, the knowledge-graph view), one per kind of work, so that a constraint never costs more than
one scan of its focus nodes' values:

* ``values``: every constraint on a single value node (SHACL 4.1-4.6: class, datatype, nodeKind,
  ranges, lengths, pattern, in, and the shape-based and logical ones) becomes a boolean SPARQL
  expression; one query binds each expression per (focus, value) pair and keeps the pairs where
  one fails. A node shape's own constraints take the focus node as its only value (2.1).
* ``count``: minCount, maxCount (4.2) and qualifiedValueShape with its counts (4.7.3) become
  one GROUP BY over the focus nodes.
* ``pair``: lessThan and lessThanOrEquals (4.5) compare each value with each value of the other
  property of the same focus node.

A nested shape (``sh:node``, ``sh:or``, ``sh:not``...) compiles to an expression with EXISTS
sub-patterns, so ``sh:or ( [ sh:path p ; sh:minCount 1 ] ... )`` works as it does in pySHACL.
An expression that raises a SPARQL error counts as a failure, as SHACL says of values that
"cannot be compared".

``rdfs:subClassOf`` is read as pySHACL reads it when it is given the ontology (SHACL 2.1.3.1):
the class closure is passed in and written into the queries as VALUES lists.

Datatypes and node kinds are tested by :mod:`kg.shacl.sparql`. Constraints this module does not
know raise :class:`UnsupportedShape`: ``kg validate --engine pyshacl`` still checks them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import count

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.shacl.sparql import NODE_KINDS, UnsupportedShape, datatype_test, string, term, terms

__all__ = ["FOCUS", "REACH", "Check", "Targets", "UnsupportedShape", "compile_shapes"]

#: where a query takes the pattern that binds ``?this`` to the focus nodes, and where it takes
#: the one that binds ``?value`` to their values: :func:`kg.shacl.engine.run` writes both, for
#: the whole graph or for what some named graphs hold
FOCUS = "%%focus%%"
REACH = "%%reach%%"

Closure = Mapping[URIRef, frozenset[URIRef]]
Limits = tuple[int | None, int | None, int | None, int | None]

_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
#: shape predicates that are no constraint: documentation, targets, structure
_NOT_CONSTRAINTS = frozenset(
    {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.path, SH.flags,
     SH.deactivated, SH.property, SH.qualifiedMinCount, SH.qualifiedMaxCount, *_TARGETS,
     URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")}
)  # fmt: skip
_RANGES = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_PAIRS = {SH.lessThan: "<", SH.lessThanOrEquals: "<="}
#: the parameters of constraints on one value node, in the order their results are listed
_VALUE_PARAMETERS: tuple[URIRef, ...] = tuple(
    sorted(
        (SH["class"], SH.datatype, SH.nodeKind, *_RANGES, SH.minLength, SH.maxLength, SH.pattern, SH["in"],
         SH.node, SH["not"], SH["or"], SH["and"], SH.xone),
        key=str,
    )
)  # fmt: skip


@dataclass(frozen=True)
class Targets:
    """A shape's targets (SHACL 2.1.3) as SPARQL terms; classes include their subclasses."""

    classes: frozenset[str]
    subjects_of: frozenset[str]
    objects_of: frozenset[str]
    nodes: frozenset[str]


@dataclass(frozen=True)
class Check:
    """One query and how to read its rows.

    Attributes:
        shape: the named node shape the constraints belong to (results name it).
        source: the shape holding the constraints: ``shape`` itself or one of its property shapes.
        path: the property path node of ``source`` (None for the node shape's own constraints).
        sparql_path: the same path in SPARQL syntax ("" for None).
        edge: when the path is one predicate or its inverse: (the predicate in SPARQL, inverse?).
        kind: ``values`` (rows ?this ?value and one ?okN per component), ``count`` (rows ?this,
            ?n and ?q) or ``pair`` (rows ?this ?value, one per failing pair).
        components: the SHACL component of each ?okN (``values``), of the pair, or for ``count``
            the components that apply in order MinCount, MaxCount, QualifiedMin/MaxCount.
        limits: for ``count``: min, max, qualified min, qualified max (None where absent).
        target: a group pattern that binds ``?this`` to the targets of ``shape`` (SHACL 2.1.3),
            possibly more than once.
        targets: the same targets as terms, to select focus nodes among given ones.
        query: the SELECT, with :data:`FOCUS` where the pattern binding each focus node once goes.
        scoped: the SELECT for given focus nodes; for ``count`` it gives rows only for nodes with
            values (no OPTIONAL, which Oxigraph would evaluate over the whole store).
    """

    shape: Node
    source: Node
    path: Node | None
    sparql_path: str
    edge: tuple[str, bool] | None
    kind: str
    components: tuple[str, ...]
    limits: Limits
    target: str
    targets: Targets
    query: str
    scoped: str


def compile_shapes(shapes: Graph, closure: Closure) -> list[Check]:
    """Every check of every targeted, active node shape of ``shapes``, in a stable order.

    Args:
        shapes: the shapes graph.
        closure: class -> itself and all its subclasses (from the ontology and the data).
    """
    compiler = _Compiler(shapes, closure)
    targeted = {s for t in _TARGETS for s in shapes.subjects(t, None)}
    return [check for shape in sorted(targeted, key=str) if _active(shapes, shape) for check in compiler.checks(shape)]


def _active(shapes: Graph, shape: Node) -> bool:
    return shapes.value(shape, SH.deactivated) != Literal(True)


class _Compiler:
    """Turns shapes into SPARQL text; holds the shapes graph, the closure and a fresh-variable counter."""

    def __init__(self, shapes: Graph, closure: Closure) -> None:
        self.g = shapes
        self.closure = closure
        self._fresh = count()
        self._depth = 0

    def var(self) -> str:
        return f"?v{next(self._fresh)}"

    # ------------------------------------------------------------------ top level

    def checks(self, shape: Node) -> Iterator[Check]:
        target = (self.focus(shape), self.targets(shape))
        yield from self.shape_checks(shape, shape, None, target)
        for prop in sorted(self.g.objects(shape, SH.property), key=self.order):
            if _active(self.g, prop):
                yield from self.shape_checks(shape, prop, self.g.value(prop, SH.path), target)

    def targets(self, shape: Node) -> Targets:
        def terms(predicate: URIRef) -> frozenset[str]:
            return frozenset(term(t) for t in self.g.objects(shape, predicate))

        classes = frozenset(term(c) for t in self.g.objects(shape, SH.targetClass) for c in self.subclasses(t))
        return Targets(classes, terms(SH.targetSubjectsOf), terms(SH.targetObjectsOf), terms(SH.targetNode))

    def order(self, prop: Node) -> str:
        """Property shapes in a stable order: by path, then by their constraints' text."""
        return " ".join(sorted(f"{p} {o}" for p, o in self.g.predicate_objects(prop) if not isinstance(o, BNode)))

    def focus(self, shape: Node) -> str:
        """A group pattern binding ?this to every target of ``shape`` (SHACL 2.1.3)."""
        branches = []
        classes = sorted({c for t in self.g.objects(shape, SH.targetClass) for c in self.subclasses(t)}, key=str)
        if classes:
            branches.append(f"?this a ?tc . VALUES ?tc {{ {terms(classes)} }}")
        for i, prop in enumerate(sorted(self.g.objects(shape, SH.targetSubjectsOf), key=str)):
            branches.append(f"?this {term(prop)} ?ts{i}")
        for i, prop in enumerate(sorted(self.g.objects(shape, SH.targetObjectsOf), key=str)):
            branches.append(f"?to{i} {term(prop)} ?this")
        nodes = sorted(self.g.objects(shape, SH.targetNode), key=str)
        if nodes:
            branches.append(f"VALUES ?this {{ {terms(nodes)} }}")
        return " UNION ".join(f"{{ {b} }}" for b in branches)

    def subclasses(self, cls: Node) -> frozenset[URIRef]:
        if not isinstance(cls, URIRef):
            raise UnsupportedShape(f"sh:class / sh:targetClass must be an IRI, not {cls!r}")
        return self.closure.get(cls, frozenset({cls}))

    def shape_checks(
        self, shape: Node, source: Node, path: Node | None, target: tuple[str, Targets]
    ) -> Iterator[Check]:
        """The values, count and pair checks of ``source`` (a node shape when ``path`` is None).

        Fresh variables are numbered anew for each source: two shapes asking the same of the
        same values give the same query text, which a scoped run asks once (:func:`kg.shacl.engine.run`).
        """
        self.refuse_unknown(source, nested=False)
        self._fresh = count()
        route = self.path(path) if path is not None else ""
        inverse = self.g.value(path, SH.inversePath) if isinstance(path, BNode) else None
        edge = (route, False) if isinstance(path, URIRef) else (term(inverse), True) if inverse else None

        def check(kind: str, components: tuple[str, ...], limits: Limits, query: str, scoped: str = "") -> Check:
            return Check(
                shape,
                source,
                path,
                route,
                edge,
                kind,
                components,
                limits,
                *target,
                query,
                scoped or query,
            )

        tests = list(self.value_tests(source, "?value"))
        if tests:
            oks = "".join(f" ?ok{i}" for i in range(len(tests)))
            binds = " ".join(f"BIND(COALESCE({expr}, false) AS ?ok{i})" for i, (_c, expr) in enumerate(tests))
            fails = " || ".join(f"!?ok{i}" for i in range(len(tests)))
            query = f"SELECT DISTINCT ?this ?value{oks} WHERE {{ {FOCUS} {REACH} {binds} FILTER({fails}) }}"
            yield check("values", tuple(c for c, _e in tests), (None,) * 4, query)
        if path is None:
            return
        limits = self.limits(source)
        if any(v is not None for v in limits):
            qualified = self.g.value(source, SH.qualifiedValueShape)
            hit = f"COALESCE({self.conforms(qualified, '?value')}, false)" if qualified is not None else "false"
            counts = ("COUNT(DISTINCT ?value)",) * 2 + ("COUNT(DISTINCT ?hit)",) * 2  # HAVING cannot name aliases
            having = [f"{c} {op} {n}" for c, op, n in zip(counts, "<><>", limits, strict=True) if n is not None]
            counted = f"BIND(IF({hit}, ?value, ?unbound) AS ?hit) }} GROUP BY ?this"
            select = "SELECT ?this (COUNT(DISTINCT ?value) AS ?n) (COUNT(DISTINCT ?hit) AS ?q) WHERE {"
            query = f"{select} {FOCUS} OPTIONAL {{ ?this {route} ?value }} {counted} HAVING ({' || '.join(having)})"
            scoped = f"{select} {FOCUS} ?this {route} ?value . {counted}"
            yield check(
                "count", ("MinCount", "MaxCount", "QualifiedMinCount", "QualifiedMaxCount"), limits, query, scoped
            )
        for predicate, operator in _PAIRS.items():
            for other in sorted(self.g.objects(source, predicate), key=str):
                query = (
                    f"SELECT DISTINCT ?this ?value ?other WHERE {{ {FOCUS} {REACH} ?this {term(other)} ?other . "
                    f"FILTER(!COALESCE(?value {operator} ?other, false)) }}"
                )
                yield check("pair", (_component(predicate),), (None,) * 4, query)

    def limits(self, source: Node) -> Limits:
        def number(predicate: URIRef) -> int | None:
            value = self.g.value(source, predicate)
            return int(value) if isinstance(value, Literal) else None

        qualified = (number(SH.qualifiedMinCount), number(SH.qualifiedMaxCount))
        if any(v is not None for v in qualified) and self.g.value(source, SH.qualifiedValueShapesDisjoint) == Literal(
            True
        ):
            raise UnsupportedShape(f"{source}: sh:qualifiedValueShapesDisjoint is not supported")
        return number(SH.minCount), number(SH.maxCount), *qualified

    def refuse_unknown(self, shape: Node, *, nested: bool) -> None:
        known = _NOT_CONSTRAINTS | set(_VALUE_PARAMETERS) | {SH.minCount, SH.maxCount, *_PAIRS}
        known |= {SH.qualifiedValueShape, SH.qualifiedValueShapesDisjoint} if not nested else set()
        for predicate in set(self.g.predicates(shape, None)):
            if str(predicate).startswith(str(SH)) and predicate not in known:
                raise UnsupportedShape(f"{shape}: {predicate} is not supported by the SPARQL engine")

    # ------------------------------------------------------------------ value-node constraints

    def value_expression(self, parameter: URIRef, value: Node, shape: Node, x: str) -> str:
        """A SPARQL boolean: does the value node ``x`` meet ``parameter value`` (SHACL 4.1-4.6)?"""
        if parameter == SH["class"]:
            t = self.var()
            # the list first: Oxigraph then looks each class up on the bound value; after the
            # pattern, it reads every typed node per value (a thousand times slower in a BIND)
            return f"EXISTS {{ VALUES {t} {{ {terms(sorted(self.subclasses(value), key=str))} }} {x} a {t} }}"
        if parameter == SH.datatype:
            return datatype_test(value, x)
        if parameter == SH.nodeKind:
            if not isinstance(value, URIRef) or value not in NODE_KINDS:
                raise UnsupportedShape(f"unknown sh:nodeKind {value!r}")
            return NODE_KINDS[value].format(x=x)
        if parameter in _RANGES:
            return f"{x} {_RANGES[parameter]} {term(value)}"
        if parameter in (SH.minLength, SH.maxLength):
            operator = ">=" if parameter == SH.minLength else "<="
            return f"(!isBlank({x}) && STRLEN(STR({x})) {operator} {int(str(value))})"
        if parameter == SH.pattern:
            flags = string(self.g.value(shape, SH.flags) or "")
            return f"(!isBlank({x}) && REGEX(STR({x}), {string(value)}, {flags}))"
        if parameter == SH["in"]:
            return "(" + " || ".join(["false", *(f"sameTerm({x}, {term(i)})" for i in self.items(value))]) + ")"
        if parameter == SH.node:
            return self.conforms(value, x)
        if parameter == SH["not"]:
            return f"!{self.conforms(value, x)}"
        nested = [self.conforms(s, x) for s in self.items(value)]
        if parameter == SH["or"]:
            return "(" + " || ".join(["false", *nested]) + ")"
        if parameter == SH["and"]:
            return "(" + " && ".join(["true", *nested]) + ")"
        return "(" + " + ".join(["0", *(f"IF({n}, 1, 0)" for n in nested)]) + ") = 1"  # sh:xone

    def value_tests(self, shape: Node, x: str) -> Iterator[tuple[str, str]]:
        """(component, expression) for each value-node constraint of ``shape``, in a stable order."""
        for parameter in _VALUE_PARAMETERS:
            for value in sorted(self.g.objects(shape, parameter), key=str):
                yield _component(parameter), self.value_expression(parameter, value, shape, x)

    def items(self, node: Node) -> list[Node]:
        return list(Collection(self.g, node))

    def conforms(self, shape: Node, x: str) -> str:
        """A SPARQL boolean: does the node ``x`` conform to ``shape`` (all its constraints)?"""
        self._depth += 1
        if self._depth > 8:
            raise UnsupportedShape(f"{shape}: shapes nested too deep (recursive?)")
        self.refuse_unknown(shape, nested=True)
        if self.g.value(shape, SH.path) is not None:  # a property shape used as a value shape
            parts = [self.property_conforms(shape, x)]
        else:
            parts = [f"COALESCE({expr}, false)" for _c, expr in self.value_tests(shape, x)]
            parts += [self.property_conforms(p, x) for p in sorted(self.g.objects(shape, SH.property), key=self.order)]
        self._depth -= 1
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def property_conforms(self, prop: Node, x: str) -> str:
        """A property shape's constraints on ``x``'s values as one boolean (EXISTS patterns)."""
        self.refuse_unknown(prop, nested=True)
        path = self.path(self.g.value(prop, SH.path))
        parts = []
        y = self.var()
        tests = [f"COALESCE({expr}, false)" for _c, expr in self.value_tests(prop, y)]
        if tests:
            parts.append(f"NOT EXISTS {{ {x} {path} {y} . FILTER(!({' && '.join(tests)})) }}")
        low, high, *_ = self.limits(prop)
        if low:
            parts.append(self.at_least(x, path, low))
        if high is not None:
            parts.append(f"!{self.at_least(x, path, high + 1)}")
        for predicate, operator in _PAIRS.items():
            for other in self.g.objects(prop, predicate):
                z = self.var()
                pair = f"{x} {path} {y} . {x} {term(other)} {z} . FILTER(!COALESCE({y} {operator} {z}, false))"
                parts.append(f"NOT EXISTS {{ {pair} }}")
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def at_least(self, x: str, path: str, n: int) -> str:
        """EXISTS n pairwise distinct values (n is small in practice: 1, 2, 3)."""
        names = [self.var() for _ in range(n)]
        triples = " ".join(f"{x} {path} {v} ." for v in names)
        distinct = [f"!sameTerm({a}, {b})" for i, a in enumerate(names) for b in names[i + 1 :]]
        return f"EXISTS {{ {triples}" + (f" FILTER({' && '.join(distinct)})" if distinct else "") + " }"

    def path(self, node: Node | None) -> str:
        """A SHACL property path (2.3.1) in SPARQL syntax."""
        if isinstance(node, URIRef):
            return term(node)
        if node is None:
            raise UnsupportedShape("a property shape without sh:path")
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(p) for p in self.items(node)) + ")"
        for predicate, template in (
            (SH.inversePath, "^{}"),
            (SH.zeroOrMorePath, "{}*"),
            (SH.oneOrMorePath, "{}+"),
            (SH.zeroOrOnePath, "{}?"),
        ):
            inner = self.g.value(node, predicate)
            if inner is not None:
                return "(" + template.format(self.path(inner)) + ")"
        alternatives = self.g.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self.items(alternatives)) + ")"
        raise UnsupportedShape(f"unknown property path {node!r}")


def _component(parameter: URIRef) -> str:
    local = _local(parameter)
    return local[0].upper() + local[1:]


def _local(term: Node) -> str:
    return str(term).rsplit("#", 1)[-1]
