"""Resolved document graphs -> relations from reference data among the entities each document names.

A reference relation joins two entities that one document names together: world knowledge about
the things a text is about, not a dump of every fact the tables hold about every pair in the
store. Reading per document also settles time: a membership holds on the document's publication
date. Towns are not placed in their states here (see :func:`derive`).

Everything is read from the store after resolution (canonical IRIs), so the result depends only on
which documents the store holds, never on the order they came in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.lexicon.gazetteer import neighbours
from kg.reference.tables import Membership, fold, memberships, parts
from kg.store import KGStore

__all__ = ["Derived", "DocumentView", "derive", "read_documents"]


@dataclass
class DocumentView:
    """One document graph seen by the reference layer: its date, states and named bodies."""

    graph: str
    date: str | None = None
    states: dict[str, str] = field(default_factory=dict)  # ISO alpha-2 -> state IRI
    bodies: dict[str, set[str]] = field(default_factory=dict)  # organization/agency IRI -> folded names


@dataclass
class Derived:
    """Relations (subject, property local name, object) by dataset key, and dated memberships."""

    relations: dict[str, set[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(set))
    memberships: set[tuple[str, str, str, Membership]] = field(default_factory=set)  # state, org IRI, org name


def read_documents(store: KGStore, base: str) -> list[DocumentView]:
    """Every document graph of the store with what the reference layer needs from it."""
    docs: dict[str, DocumentView] = {}
    state_prefix = f"{base}state/"
    for row in store.query("""SELECT ?g ?e ?t WHERE { GRAPH ?g { ?g a kg:Document . ?e a ?t }
          FILTER(?t IN (kg:State, kg:Organization, kg:Agency)) }"""):  # type: ignore[union-attr]
        doc = docs.setdefault(row["g"].value, DocumentView(row["g"].value))
        iri, kind = row["e"].value, row["t"].value.rsplit("#", 1)[-1]
        if kind == "State" and iri.startswith(state_prefix):
            doc.states[iri[len(state_prefix) :]] = iri
        elif kind in ("Organization", "Agency"):
            doc.bodies.setdefault(iri, set())
    for row in store.query("""SELECT ?g ?e ?n WHERE { GRAPH ?g { ?g a kg:Document . ?e a ?t ; skos:altLabel ?n }
          FILTER(?t IN (kg:Organization, kg:Agency)) }"""):  # type: ignore[union-attr]
        doc = docs[row["g"].value]
        iri, name = row["e"].value, row["n"].value
        if iri in doc.bodies:
            doc.bodies[iri].add(fold(name))
    for row in store.query("SELECT ?g ?d WHERE { GRAPH ?g { ?g a kg:Document ; dcterms:issued ?d } }"):  # type: ignore[union-attr]
        if row["g"].value in docs:
            docs[row["g"].value].date = row["d"].value[:10]
    return [docs[g] for g in sorted(docs)]


def derive(docs: Iterable[DocumentView]) -> Derived:
    """Borders, memberships and organizational parts, document by document.

    No town is placed in its state from GeoNames: the annotation reads a town in its state as
    world knowledge a text need not state (optional at best), and annotators split on whether it
    is a ``partOf`` or a ``locatedIn``, so a placement the text does not state can only be a
    wrong one; the document layer places the towns a text does place ("X, Y", "X in western Y").
    """
    out = Derived()
    member_table, orgs = memberships()
    _, part_table = parts()
    for doc in docs:
        for code, iri in doc.states.items():
            for other in sorted(neighbours(code) & doc.states.keys()):
                if iri < doc.states[other]:  # kg:borders is symmetric: one edge per pair, in IRI order
                    out.relations["geonames"].add((iri, "borders", doc.states[other]))
        day = doc.date or member_table.as_of or ""
        for body, names in doc.bodies.items():
            for org in orgs:
                if names & org.names:
                    for row in org.members:
                        if row.state in doc.states:
                            out.memberships.add((doc.states[row.state], body, org.name, row))
                            if row.holds_on(day):
                                out.relations["memberships"].add((doc.states[row.state], "memberOf", body))
            for part in part_table:
                if not names & part.names:
                    continue
                for parent, parent_names in doc.bodies.items():
                    if parent != body and parent_names & part.parent_names:
                        out.relations["organizational-parts"].add((body, "partOf", parent))
    return out
