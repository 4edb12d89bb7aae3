"""RDF terms -> the names, types, colours and plain values a property-graph view shows.

Kept apart from ``projection`` so that every exporter (GEXF, GraphML, CSV, PNG) names and colours
things the same way: a Gephi user who partitions by ``type`` sees the same colours as the PNG.
"""

from __future__ import annotations

import colorsys
import hashlib
import re

from rdflib import RDFS, SKOS, XSD, Literal
from rdflib.namespace import DCTERMS, OWL, PROV
from rdflib.term import Node

from kg.rdf.namespace import KG, NIF, SCHEMA, TIME

__all__ = ["TYPE_COLOURS", "attr_name", "colour_of", "humanize", "local_name", "node_type", "plain", "rgb"]

#: Most specific first: a node typed both kg:Agency and kg:Organization shows as Agency.
TYPE_PRIORITY = (
    "Checkpoint", "Settlement", "Region", "State", "Place",
    "Agency", "Organization", "Person",
    "BorderCrossing", "BorderClosure", "Mobilization", "Referendum", "MilitaryOperation",
    "Statement", "Event",
    "Position", "Document", "Mention",
)  # fmt: skip

#: One colour per type (Tableau 10/20 hues): places blue-green, actors warm, events orange-pink.
TYPE_COLOURS = {
    "Person": "#e15759",
    "State": "#4e79a7",
    "Region": "#76b7b2",
    "Settlement": "#59a14f",
    "Checkpoint": "#edc948",
    "Place": "#8cd17d",
    "Organization": "#b07aa1",
    "Agency": "#9d7660",
    "BorderCrossing": "#f28e2b",
    "BorderClosure": "#ff9d9a",
    "Mobilization": "#d37295",
    "Referendum": "#6a3d9a",
    "MilitaryOperation": "#3b3b3b",
    "Statement": "#fabfd2",
    "Event": "#ffbe7d",
    "Position": "#d4a6c8",
    "Document": "#79706e",
    "Mention": "#bab0ac",
    "Literal": "#d7d7d7",
    "Resource": "#a0a0a0",
}

_PREFIXES = {
    str(DCTERMS): "dcterms:",
    str(PROV): "prov:",
    str(NIF): "nif:",
    str(OWL): "owl:",
    str(SCHEMA): "schema:",
    str(TIME): "time:",
}
_INTEGER_TYPES = {
    XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
    XSD.nonPositiveInteger, XSD.negativeInteger, XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort,
}  # fmt: skip
_REAL_TYPES = {XSD.decimal, XSD.double, XSD.float}


def local_name(term: Node | str) -> str:
    """The part of an IRI after its last ``#`` or ``/`` (``kg:postIn`` -> ``postIn``)."""
    text = str(term)
    return re.split(r"[#/]", text.rstrip("/#"))[-1] or text


def humanize(name: str) -> str:
    """``wasDerivedFrom`` -> ``was derived from``: edge labels a reader can take in at a glance."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def node_type(types: set[Node]) -> str:
    """The one low-cardinality type to partition by: the most specific ``kg:`` class."""
    kg_names = {local_name(t) for t in types if str(t).startswith(str(KG._NS))}
    for name in TYPE_PRIORITY:
        if name in kg_names:
            return name
    if kg_names:
        return sorted(kg_names)[0]
    return sorted(local_name(t) for t in types)[0] if types else "Resource"


def colour_of(kind: str) -> str:
    """The type's colour, or a stable colour derived from its name for types we do not know."""
    if kind in TYPE_COLOURS:
        return TYPE_COLOURS[kind]
    hue = int(hashlib.sha256(kind.encode()).hexdigest()[:4], 16) / 0xFFFF
    r, g, b = colorsys.hls_to_rgb(hue, 0.6, 0.5)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def rgb(colour: str) -> tuple[int, int, int]:
    """``#4e79a7`` -> ``(78, 121, 167)``."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def attr_name(predicate: Node) -> str:
    """A column name: ``kg:`` terms and rdfs/skos labels bare, other vocabularies prefixed.

    ``dcterms:title`` and ``kg:title`` must not share a column, so only our own vocabulary (and
    the ubiquitous label terms) goes without a prefix.
    """
    text = str(predicate)
    if text.startswith((str(KG._NS), str(RDFS), str(SKOS))):
        return local_name(text)
    for namespace, prefix in _PREFIXES.items():
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text


def plain(literal: Literal) -> str | int | float | bool:
    """A literal as a typed plain value: numbers as numbers, booleans as bool, dates as ISO text."""
    datatype = literal.datatype
    lexical = str(literal)
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _REAL_TYPES:
            return float(lexical)
    except ValueError:
        return lexical
    if datatype == XSD.boolean:
        return lexical.strip() in ("true", "1")
    return lexical
