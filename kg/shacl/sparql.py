"""One RDF term tested in SPARQL: datatypes, node kinds, and terms written as SPARQL text.

Oxigraph stores every integer-derived literal (``xsd:nonNegativeInteger``...) as ``xsd:integer``
with the same value; a datatype test on such a type therefore accepts an ``xsd:integer`` in the
type's range (XSD 1.1 Part 2, 3.4.13-3.4.25), which is what the builder wrote. A literal of a
datatype Oxigraph can cast to is well-formed when the cast of its lexical form succeeds, as
pySHACL rejects ill-typed literals (SHACL 4.1.2).
"""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

__all__ = ["NODE_KINDS", "UnsupportedShape", "datatype_test", "string", "term", "terms"]


class UnsupportedShape(ValueError):
    """A shape uses SHACL the SPARQL engine does not translate; validate with pySHACL instead."""


#: XSD integer types Oxigraph stores as xsd:integer, with their value ranges (None: unbounded)
_INTEGER_TYPES: dict[URIRef, tuple[int | None, int | None]] = {
    XSD.nonNegativeInteger: (0, None),
    XSD.positiveInteger: (1, None),
    XSD.nonPositiveInteger: (None, 0),
    XSD.negativeInteger: (None, -1),
    XSD.long: (-(2**63), 2**63 - 1),
    XSD.int: (-(2**31), 2**31 - 1),
    XSD.short: (-(2**15), 2**15 - 1),
    XSD.byte: (-128, 127),
    XSD.unsignedLong: (0, 2**64 - 1),
    XSD.unsignedInt: (0, 2**32 - 1),
    XSD.unsignedShort: (0, 2**16 - 1),
    XSD.unsignedByte: (0, 255),
}
#: datatypes Oxigraph can cast a lexical form to: a failed cast is an ill-formed literal
_CASTABLE = frozenset(
    XSD[t] for t in ("boolean", "integer", "decimal", "float", "double", "date", "dateTime", "time",
                     "duration", "dayTimeDuration", "yearMonthDuration", "gYear", "gYearMonth")
)  # fmt: skip
NODE_KINDS = {
    SH.IRI: "isIRI({x})",
    SH.Literal: "isLiteral({x})",
    SH.BlankNode: "isBlank({x})",
    SH.BlankNodeOrIRI: "!isLiteral({x})",
    SH.BlankNodeOrLiteral: "!isIRI({x})",
    SH.IRIOrLiteral: "!isBlank({x})",
}


def datatype_test(datatype: Node, x: str) -> str:
    """sh:datatype (4.1.2): a literal of that datatype whose lexical form is valid for it."""
    if datatype in _INTEGER_TYPES:
        low, high = _INTEGER_TYPES[datatype]  # type: ignore[index]
        typed = f"sameTerm(datatype({x}), {term(datatype)}) || sameTerm(datatype({x}), {term(XSD.integer)})"
        checks = [f"isLiteral({x})", f"({typed})", f"isLiteral({term(XSD.integer)}(STR({x})))"]
        checks += [f"{x} >= {low}"] if low is not None else []
        checks += [f"{x} <= {high}"] if high is not None else []
        return "(" + " && ".join(checks) + ")"
    same = f"isLiteral({x}) && sameTerm(datatype({x}), {term(datatype)})"
    if datatype in _CASTABLE:
        return f"({same} && isLiteral({term(datatype)}(STR({x}))))"
    return f"({same})"


def term(node: Node) -> str:
    """A term in SPARQL syntax (rdflib's N3 form is valid SPARQL for IRIs and literals)."""
    if isinstance(node, BNode):
        raise UnsupportedShape("a blank node as a constraint value")
    return node.n3()


def terms(nodes: list[URIRef] | list[Node]) -> str:
    """Terms in SPARQL syntax, space-separated (a VALUES list)."""
    return " ".join(term(n) for n in nodes)


def string(value: Node | str) -> str:
    """Any value's text as a SPARQL string literal, escaped."""
    return Literal(str(value)).n3()
