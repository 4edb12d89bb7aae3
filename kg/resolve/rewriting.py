"""Renames of nodes inside document graphs -> SPARQL Updates on the store, reversible.

A merge rewrites a node's IRI in every document graph where it occurs (subject and object
positions) and leaves one record there: ``<new> owl:sameAs <old>``, in the same graph. Because
the record lives in the document's own graph, replacing or removing the document drops it along
with the rewritten statements, and :func:`undo_renames` can turn every other graph back into the
extractor's original IRIs before the resolver decides again. That is what makes building A then B
equal to building A and B together, and ``kg remove`` undo the merges only its document supported.

Within one graph a rename map is injective and its targets are not its sources (the resolver
never merges two nodes of the same document), so the two passes below (subjects, then objects)
apply it exactly.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from kg.store import KGStore

__all__ = ["Rename", "apply_renames", "read_records", "undo_records", "undo_renames"]

log = logging.getLogger(__name__)

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_CHUNK = 2000  # VALUES rows per update: keeps each request small

#: (graph, old IRI, new IRI)
Rename = tuple[str, str, str]


def _values(rows: Iterable[Rename]) -> str:
    return " ".join(f"(<{g}> <{old}> <{new}>)" for g, old, new in rows)


def _chunks(rows: list[Rename]) -> Iterable[list[Rename]]:
    for i in range(0, len(rows), _CHUNK):
        yield rows[i : i + _CHUNK]


def _rename(store: KGStore, rows: list[Rename]) -> None:
    for chunk in _chunks(rows):
        values = _values(chunk)
        store.update(f"""
DELETE {{ GRAPH ?g {{ ?old ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?new ?p ?o }} }}
WHERE {{ VALUES (?g ?old ?new) {{ {values} }} GRAPH ?g {{ ?old ?p ?o }} }} ;
DELETE {{ GRAPH ?g {{ ?s ?p ?old }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?new }} }}
WHERE {{ VALUES (?g ?old ?new) {{ {values} }} GRAPH ?g {{ ?s ?p ?old }} }}""")


def apply_renames(store: KGStore, rows: Iterable[Rename]) -> int:
    """Rename ``old`` to ``new`` in ``graph`` for every row, and record each rename there."""
    todo = sorted({row for row in rows if row[1] != row[2]})
    if not todo:
        return 0
    _rename(store, todo)
    for chunk in _chunks(todo):
        data = " ".join(f"GRAPH <{g}> {{ <{new}> <{OWL_SAME_AS}> <{old}> }}" for g, old, new in chunk)
        store.update(f"INSERT DATA {{ {data} }}")
    log.debug("renamed %d node(s) in document graphs", len(todo))
    return len(todo)


def read_records(store: KGStore, base: str) -> list[Rename]:
    """Every recorded rename (graph, old, new): ``<new> owl:sameAs <old>`` with ``old`` minted by us."""
    rows = store.query(f"""
SELECT ?g ?new ?old WHERE {{ GRAPH ?g {{ ?new owl:sameAs ?old }}
  FILTER(isIRI(?old) && STRSTARTS(STR(?old), "{base}") && !STRSTARTS(STR(?g), "{base}graph/")) }}""")
    return sorted((r["g"].value, r["old"].value, r["new"].value) for r in rows)  # type: ignore[union-attr]


def undo_renames(store: KGStore, base: str) -> int:
    """Turn every document graph back to the IRIs its extraction minted; return renames undone."""
    return undo_records(store, read_records(store, base))


def undo_records(store: KGStore, records: list[Rename]) -> int:
    """Undo the renames ``records`` (graph, old, new) name, and drop their records; return how many."""
    if not records:
        return 0
    for chunk in _chunks(records):
        data = " ".join(f"GRAPH <{g}> {{ <{new}> <{OWL_SAME_AS}> <{old}> }}" for g, old, new in chunk)
        store.update(f"DELETE DATA {{ {data} }}")
    _rename(store, [(g, new, old) for g, old, new in records])
    return len(records)
