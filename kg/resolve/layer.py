"""Clusters and resolved document graphs -> the entity layer: canonical nodes, labels, merge records.

Shared by the full resolve (:mod:`kg.resolve.stage`) and the incremental one
(:mod:`kg.resolve.incremental`), so that both give the same nodes, labels and records.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from pyoxigraph import Literal, NamedNode, Quad

from kg.lexicon.gazetteer import known_body
from kg.model import EVENT_TYPES
from kg.rdf.iri import hashed_iri, position_iri
from kg.resolve.events import EventNode
from kg.resolve.rewriting import Rename
from kg.resolve.rules import Candidate, Match, match
from kg.store import KGStore

__all__ = [
    "LABELLED_TYPES",
    "Merge",
    "ResolveReport",
    "canonical",
    "entity_merges",
    "event_merges",
    "label_quads",
    "labels",
    "merge_quads",
    "position_renames",
    "preferred_label",
    "relabel",
    "why",
]

KG = "https://w3id.org/newskg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD_DECIMAL = NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
#: nodes whose rdfs:label the builder writes in the document graph (not the entity layer)
LABELLED_TYPES = (*EVENT_TYPES, "Position")


@dataclass
class ResolveReport:
    """What a resolve did: renames undone and applied, merges recorded, labels written."""

    undone: int = 0
    metonyms: int = 0
    entity_merges: int = 0
    event_merges: int = 0
    positions: int = 0
    labels: int = 0
    incremental: bool = False  # only the nodes the new documents touch were resolved


@dataclass(frozen=True)
class Merge:
    """One node merged into another: the record the entity layer keeps of it."""

    canonical: str
    member: str
    rule: str
    score: float
    names: tuple[str, str]
    documents: tuple[str, ...]


def preferred_label(names: dict[str, int]) -> str:
    """The most complete common form among ``names`` (name -> number of documents using it).

    More words first ("Jean-Claude Juncker" over "Juncker", "European Union" over "EU"), then
    a form in ordinary case over the same words in capitals ("Helsinki" over a dateline's
    "HELSINKI"; an acronym such as "NATO" has no other spelling and keeps its capitals), then the
    form most documents use, then the longer, then alphabetical order, so the choice is
    deterministic.
    """
    folded = {name.casefold() for name in names if not _shouted(name)}

    def rank(name: str) -> tuple[int, int, int, int, str]:
        shouted = _shouted(name) and name.casefold() in folded
        return (-len(re.findall(r"\w+", name)), int(shouted), -names[name], -len(name), name)

    return min(names, key=rank)


def _shouted(name: str) -> bool:
    """Written in capitals throughout (two letters or more), and not a known body's acronym."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    body = known_body(name)
    return body is None or body[1] != name  # "NATO" is the name itself, "HELSINKI" a dateline's


# ---------------------------------------------------------------------------- entities


def canonical(members: list[str], nodes: dict[str, Candidate], counts: dict[str, Counter[str]]) -> str:
    """The member that names a cluster: linked first, then carrying its preferred name, then the smaller IRI."""
    total: Counter[str] = Counter()
    for iri in members:
        total.update(counts[iri])
    best = preferred_label(dict(total))
    return min(members, key=lambda i: (not nodes[i].same_as, best not in nodes[i].names, i))


def why(member: Candidate, canonical: Candidate) -> Match:
    """The rule that merged ``member`` into ``canonical`` (a bare surname joins its one full name)."""
    found = match(member, canonical)
    if found is not None:
        return found
    return Match("person: the only full-named person with this surname", 0.9, (member.names[0], canonical.names[0]))


# ---------------------------------------------------------------------------- positions and events


def _key(iri: str, base: str) -> str:
    return unquote(iri[len(base) :]) if iri.startswith(base) else iri


def position_renames(store: KGStore, base: str) -> list[Rename]:
    """Every position re-minted from its (now canonical) holder, title and post: one office, one node."""
    rows = store.query("""SELECT ?g ?pos ?h ?title ?post WHERE { GRAPH ?g { ?h kg:holds ?pos .
        ?pos kg:title ?title OPTIONAL { ?pos kg:postIn ?post } } }""")
    out = []
    for row in rows:  # type: ignore[union-attr]
        post = _key(row["post"].value, base) if row["post"] is not None else ""
        new = position_iri(_key(row["h"].value, base), row["title"].value, post, base)
        out.append((row["g"].value, row["pos"].value, new))
    return out


def relabel(store: KGStore, layer: str, demote: bool) -> None:
    """rdfs:label <-> skos:altLabel on events and positions that several documents label differently."""
    types = ", ".join(f"kg:{t}" for t in LABELLED_TYPES)
    if not demote:
        store.update(
            _prefixed(f"""
          DELETE {{ GRAPH ?g {{ ?n skos:altLabel ?l }} }} INSERT {{ GRAPH ?g {{ ?n rdfs:label ?l }} }}
          WHERE {{ GRAPH ?g {{ ?n a ?t ; skos:altLabel ?l }} FILTER(?t IN ({types}) && ?g != <{layer}>) }}""")
        )
        return
    store.update(
        _prefixed(f"""
      DELETE {{ GRAPH ?g {{ ?n rdfs:label ?l }} }} INSERT {{ GRAPH ?g {{ ?n skos:altLabel ?l }} }}
      WHERE {{ {{ SELECT ?n WHERE {{ GRAPH ?h {{ ?n a ?t ; rdfs:label ?x }} FILTER(?t IN ({types})) }}
                 GROUP BY ?n HAVING (COUNT(DISTINCT ?x) > 1) }}
               GRAPH ?g {{ ?n rdfs:label ?l }} FILTER(?g != <{layer}>) }}""")
    )


def _prefixed(update: str) -> str:
    return (
        f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        f"PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n{update}"
    )


# ---------------------------------------------------------------------------- the entity layer


def label_quads(store: KGStore, layer: str) -> list[Quad]:
    """One rdfs:label per node named in the document graphs of ``store``."""
    names: dict[str, dict[str, int]] = defaultdict(dict)
    for row in store.query("""SELECT ?entity ?name (COUNT(DISTINCT ?g) AS ?docs) WHERE {
          GRAPH ?g { ?entity skos:altLabel ?name } } GROUP BY ?entity ?name"""):  # type: ignore[union-attr]
        names[row["entity"].value][row["name"].value] = int(row["docs"].value)
    return labels(names, layer)


def labels(names: dict[str, dict[str, int]], layer: str) -> list[Quad]:
    """One rdfs:label per node of ``names`` (node -> name -> documents using it)."""
    graph = NamedNode(layer)
    return [Quad(NamedNode(e), RDFS_LABEL, Literal(preferred_label(seen)), graph) for e, seen in sorted(names.items())]


def entity_merges(
    groups: Iterable[list[str]], nodes: dict[str, Candidate], counts: dict[str, Counter[str]]
) -> list[Merge]:
    """The merges of each cluster of ``groups`` into its canonical member."""
    out = []
    for members in groups:
        chosen = canonical(members, nodes, counts)
        for member in members:
            if member != chosen:
                found = why(nodes[member], nodes[chosen])
                docs = tuple(sorted(nodes[member].graphs | nodes[chosen].graphs))
                out.append(Merge(chosen, member, found.rule, found.score, found.names, docs))
    return out


def event_merges(groups: Iterable[list[str]], events: Mapping[str, EventNode]) -> list[Merge]:
    """The merges of each cluster of events or statements into its first member."""
    out = []
    for members in groups:
        chosen = members[0]
        for member in members[1:]:
            names = (events[member].label or member, events[chosen].label or chosen)
            docs = tuple(sorted({events[member].graph, events[chosen].graph}))
            rule = f"{events[member].type.lower()}: same type, arguments, dates and figures"
            out.append(Merge(chosen, member, rule, 1.0, names, docs))
    return out


def merge_quads(merges: list[Merge], base: str, layer: str) -> list[Quad]:
    """The records (``prov:Activity``) of ``merges``."""
    graph = NamedNode(layer)
    out = []
    for m in merges:
        act = NamedNode(hashed_iri("merge", m.canonical, m.member, base=base))
        out += [
            Quad(act, RDF_TYPE, NamedNode(PROV + "Activity"), graph),
            Quad(act, RDFS_LABEL, Literal(f"merged {m.names[0]!r} into {m.names[1]!r}"), graph),
            Quad(act, NamedNode(PROV + "generated"), NamedNode(m.canonical), graph),
            Quad(act, NamedNode(PROV + "invalidated"), NamedNode(m.member), graph),
            Quad(act, NamedNode(KG + "mergeRule"), Literal(m.rule), graph),
            Quad(act, NamedNode(KG + "mergeScore"), Literal(f"{m.score:.3f}", datatype=XSD_DECIMAL), graph),
        ]
        out += [Quad(act, NamedNode(PROV + "used"), NamedNode(d), graph) for d in m.documents]
    return out
