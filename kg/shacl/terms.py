"""rdflib terms <-> pyoxigraph terms, so the SPARQL engine and pySHACL report the same nodes.

Oxigraph normalizes literals when it stores them (``"1.50"^^xsd:decimal`` is read back as
``"1.5"``; integer subtypes become ``xsd:integer``); a value read back is equal in value, and in
term when the data wrote the canonical form, as the builder does.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

__all__ = ["from_ox", "to_ox"]


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph one (a plain literal is an xsd:string, as in RDF 1.1)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal, declared: Node | None = None) -> Node:
    """A pyoxigraph term as an rdflib one, as rdflib reads the same N-Triples.

    ``declared``, the shape's sh:datatype, gives an integer back the subtype Oxigraph dropped.
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = URIRef(term.datatype.value)
    if datatype == XSD.string:
        return Literal(term.value)
    if datatype == XSD.integer and isinstance(declared, URIRef) and declared.startswith(str(XSD)):
        datatype = declared
    return Literal(term.value, datatype=datatype)
