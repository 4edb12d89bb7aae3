"""The property-graph view: plain nodes, edges and typed columns that every exporter writes.

``kg.export.projection`` builds it from RDF; GEXF, GraphML, CSV and the PNG only read it, so the
formats agree node for node and none of them touches rdflib.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = [
    "AttrValue",
    "Column",
    "ExportStats",
    "PropertyGraph",
    "ViewEdge",
    "ViewNode",
    "cast_to_columns",
    "typed_columns",
    "xml_text",
]

AttrValue = str | int | float | bool

#: Characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    """``value`` with every character XML 1.0 forbids replaced by U+FFFD, so the file stays well-formed."""
    return _NOT_XML.sub("\ufffd", value)


@dataclass(frozen=True)
class ViewNode:
    """One node: a stable id (the IRI), a readable label, a low-cardinality type, typed attributes."""

    id: str
    label: str
    type: str
    attrs: dict[str, AttrValue] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    size: float = 1.0
    color: str = "#999999"


@dataclass(frozen=True)
class ViewEdge:
    """One edge; ``kind`` is the predicate's short name or the projection it stands for."""

    id: str
    source: str
    target: str
    label: str
    kind: str
    weight: float = 1.0
    directed: bool = True
    attrs: dict[str, AttrValue] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Column:
    """An attribute column: its name and its GEXF type (string, integer, double or boolean)."""

    name: str
    type: str


@dataclass(frozen=True)
class PropertyGraph:
    """Nodes and edges sorted by id, with the typed columns every writer declares up front."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    node_columns: tuple[Column, ...]
    edge_columns: tuple[Column, ...]
    full: bool = False

    @property
    def dynamic(self) -> bool:
        """True when some node or edge has a date, so the file should carry a timeline."""
        items: Iterable[ViewNode | ViewEdge] = (*self.nodes, *self.edges)
        return any(item.start or item.end for item in items)


@dataclass(frozen=True)
class ExportStats:
    """What an export wrote: for the CLI's summary line and for tests."""

    format: str
    path: str | None
    nodes: int
    edges: int
    node_types: dict[str, int]
    dynamic: bool


def typed_columns(rows: Iterable[dict[str, AttrValue]]) -> tuple[Column, ...]:
    """One typed column per attribute name; mixed kinds fall back to string (and are cast later)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for name, value in row.items():
            seen[name].add(_gexf_type(value))
    columns = []
    for name in sorted(seen, key=lambda n: (n not in ("type", "iri"), n)):
        kinds = seen[name]
        if len(kinds) == 1:
            columns.append(Column(name, kinds.pop()))
        elif kinds == {"integer", "double"}:
            columns.append(Column(name, "double"))
        else:
            columns.append(Column(name, "string"))
    return tuple(columns)


def cast_to_columns(attrs: dict[str, AttrValue], columns: tuple[Column, ...]) -> dict[str, AttrValue]:
    """Values in column order, each of its column's type (an int in a double column -> float)."""
    out: dict[str, AttrValue] = {}
    for column in columns:
        if column.name not in attrs:
            continue
        value = attrs[column.name]
        if column.type == "string" and not isinstance(value, str):
            value = str(value).lower() if isinstance(value, bool) else str(value)
        elif column.type == "double" and not isinstance(value, bool):
            value = float(value)
        out[column.name] = value
    return out


def _gexf_type(value: AttrValue) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "double"
    return "string"
