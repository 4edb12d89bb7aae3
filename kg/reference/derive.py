"""Resolved document graphs -> relations from reference data among the entities each document names.

A reference relation joins two entities that one document names together: world knowledge about
the things a text is about, not a dump of every fact the tables hold about every pair in the
store. Reading per document also settles ambiguity: a city is placed in a state only when that state is
one of the document's own and holds the largest city of the name (never a small namesake), and a
membership holds on the document's publication date.

Everything is read from the store after resolution (canonical IRIs), so the result depends only on
which documents the store holds, never on the order they came in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.lexicon.gazetteer import neighbours
from kg.reference.tables import Membership, city_countries, fold, memberships, parts
from kg.store import KGStore

__all__ = ["Derived", "DocumentView", "derive", "read_documents"]


@dataclass
class DocumentView:
    """One document graph seen by the reference layer: its date, states and named bodies and cities."""

    graph: str
    date: str | None = None
    states: dict[str, str] = field(default_factory=dict)  # ISO alpha-2 -> state IRI
    bodies: dict[str, set[str]] = field(default_factory=dict)  # organization/agency IRI -> folded names
    settlements: dict[str, set[str]] = field(default_factory=dict)  # settlement IRI -> names


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
          FILTER(?t IN (kg:State, kg:Organization, kg:Agency, kg:Settlement)) }"""):  # type: ignore[union-attr]
        doc = docs.setdefault(row["g"].value, DocumentView(row["g"].value))
        iri, kind = row["e"].value, row["t"].value.rsplit("#", 1)[-1]
        if kind == "State" and iri.startswith(state_prefix):
            doc.states[iri[len(state_prefix) :]] = iri
        elif kind == "Settlement":
            doc.settlements.setdefault(iri, set())
        elif kind in ("Organization", "Agency"):
            doc.bodies.setdefault(iri, set())
    for row in store.query("""SELECT ?g ?e ?n WHERE { GRAPH ?g { ?g a kg:Document . ?e a ?t ; skos:altLabel ?n }
          FILTER(?t IN (kg:Organization, kg:Agency, kg:Settlement)) }"""):  # type: ignore[union-attr]
        doc = docs[row["g"].value]
        iri, name = row["e"].value, row["n"].value
        if iri in doc.settlements:
            doc.settlements[iri].add(name)
        if iri in doc.bodies:
            doc.bodies[iri].add(fold(name))
    for row in store.query("SELECT ?g ?d WHERE { GRAPH ?g { ?g a kg:Document ; dcterms:issued ?d } }"):  # type: ignore[union-attr]
        if row["g"].value in docs:
            docs[row["g"].value].date = row["d"].value[:10]
    return [docs[g] for g in sorted(docs)]


def derive(docs: Iterable[DocumentView]) -> Derived:
    """Borders, settlement locations, memberships and organizational parts, document by document."""
    out = Derived()
    member_table, orgs = memberships()
    _, part_table = parts()
    for doc in docs:
        for code, iri in doc.states.items():
            for other in sorted(neighbours(code) & doc.states.keys()):
                if iri < doc.states[other]:  # kg:borders is symmetric: one edge per pair, in IRI order
                    out.relations["geonames"].add((iri, "borders", doc.states[other]))
        for iri, names in doc.settlements.items():
            country = _country_of(names, doc.states.keys())
            if country is not None:
                out.relations["geonames"].add((iri, "locatedIn", doc.states[country]))
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


def _country_of(names: set[str], states: Iterable[str]) -> str | None:
    """The state of ``states`` that holds the world's largest city of one of ``names``, or None.

    A name is read as its largest namesake ("Rome", "London", "Athens"): a text that names the
    United States and Rome is not placing Rome in Georgia. The city is placed only when that
    namesake lies in one of the text's own states and no other of them has a namesake a tenth
    of its size or more ("Valencia" with Spain and Venezuela named stays unplaced).
    """
    world: dict[str, int] = {}
    for name in names:
        for code, population in city_countries(name).items():
            world[code] = max(world.get(code, 0), population)
    if not world:
        return None
    top = max(world, key=lambda c: (world[c], c))
    wanted = set(states)
    rival = max((pop for code, pop in world.items() if code != top and code in wanted), default=0)
    return top if top in wanted and rival * 10 <= world[top] else None
