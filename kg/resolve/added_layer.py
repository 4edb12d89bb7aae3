"""Resolved new documents + what older ones say of the same nodes -> their labels, links and reference relations.

The entity layer's quads of a node are a function of what every document says of it: the nodes
the new (and redone) documents name get theirs again from the older documents' statements and
the scratch store's; the stored quads of those nodes are replaced. An older document whose own
label of an event or position turns (now demoted, or no longer) is taken back and rewritten.
"""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Quad

from kg.reference import reference_quads
from kg.resolve.delta import KG, Delta, Whole, values
from kg.resolve.layer import LABELLED_TYPES, labels
from kg.resolve.linking import LINKED_TYPES, links_for
from kg.store import KGStore

__all__ = ["demote_labels", "entity_labels", "entity_links", "reference_relations"]

_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def demote_labels(delta: Delta) -> None:
    """Labels of events and positions that documents give differently become alternatives.

    An older document whose label of such a node turns (a story reported again in other words)
    is taken back, to be rewritten with the new ones.
    """
    while True:
        new, old, plain = _node_labels(delta)
        turned = {n for n in old if (n not in plain) != (len(old[n] | new.get(n, set())) > 1)}
        if not turned:
            break
        where = f"VALUES ?n {{ {values(turned)} }} GRAPH ?g {{ ?n ?p ?l }} FILTER(?p IN (rdfs:label, skos:altLabel))"
        delta.take_back({row["g"] for row in delta.rows("?g", where)}, entities=False)
    demoted = sorted(n for n in new if len(new[n] | old.get(n, set())) > 1)
    if demoted:
        label, alt = "<http://www.w3.org/2000/01/rdf-schema#label>", f"<{_ALT}>"
        delta.scratch.update(f"""DELETE {{ GRAPH ?g {{ ?n {label} ?l }} }} INSERT {{ GRAPH ?g {{ ?n {alt} ?l }} }}
            WHERE {{ VALUES ?n {{ {values(demoted)} }} GRAPH ?g {{ ?n {label} ?l }} }}""")


def _node_labels(delta: Delta) -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """Labels of events and positions: in the scratch store, in the older documents, and the nodes
    an older document keeps a plain ``rdfs:label`` of (not demoted)."""
    types = ", ".join(f"kg:{t}" for t in LABELLED_TYPES)
    new: dict[str, set[str]] = defaultdict(set)
    for row in delta.scratch.query(
        f"SELECT ?n ?l WHERE {{ GRAPH ?g {{ ?n a ?t ; rdfs:label ?l }} FILTER(?t IN ({types})) }}"
    ):  # type: ignore[union-attr]
        new[row["n"].value].add(row["l"].value)
    nodes = new.keys() | delta.before(LABELLED_TYPES)
    old: dict[str, set[str]] = defaultdict(set)
    plain = set()
    where = f"VALUES ?n {{ {values(nodes)} }} GRAPH ?g {{ ?n ?p ?l }} FILTER(?p IN (rdfs:label, skos:altLabel))"
    for row in delta.rows("?n ?p ?l", where) if nodes else []:
        old[row["n"]].add(row["l"])
        if row["p"].endswith("#label"):
            plain.add(row["n"])
    return new, old, plain


def entity_labels(delta: Delta) -> None:
    """One ``rdfs:label`` per node the new documents name, counted over every document."""
    names: dict[str, dict[str, int]] = defaultdict(dict)
    counted = "SELECT ?e ?n (COUNT(DISTINCT ?g) AS ?c) WHERE {{ {} }} GROUP BY ?e ?n"
    for row in delta.scratch.query(counted.format("GRAPH ?g { ?e skos:altLabel ?n }")):  # type: ignore[union-attr]
        names[row["e"].value][row["n"].value] = int(row["c"].value)
    redone = {str(q.subject)[1:-1] for qs in delta.redo.values() for q in qs if q.predicate.value == _ALT}
    subjects = names.keys() | redone
    if subjects:
        where = delta.older_only(f"VALUES ?e {{ {values(subjects)} }} GRAPH ?g {{ ?e skos:altLabel ?n }}")
        for row in delta.store.query(counted.format(where), every_graph=True):  # type: ignore[union-attr]
            entity, name = row["e"].value, row["n"].value
            names[entity][name] = names[entity].get(name, 0) + int(row["c"].value)
    delta.new_layer |= set(labels(names, delta.layer))
    delta.report.labels = len(names)
    delta.old_layer |= delta.layer_quads(subjects, "rdfs:label")


def entity_links(delta: Delta) -> None:
    """``owl:sameAs`` links of the states, settlements and regions the new documents name."""
    linked = ", ".join(f"kg:{t}" for t in LINKED_TYPES)
    rows = delta.scratch.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e a ?t }} FILTER(?t IN ({linked})) }}")
    subjects = {r["e"].value for r in rows} | delta.before(LINKED_TYPES)  # type: ignore[union-attr]
    if not subjects:
        return
    kinds: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    links: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    where = f"""VALUES ?e {{ {values(subjects)} }} GRAPH ?g {{ ?e ?p ?o }}
          FILTER(?p IN (rdf:type, skos:altLabel, owl:sameAs, kg:partOf, kg:locatedIn))"""
    rows = delta.scratch.query(f"SELECT DISTINCT ?e ?p ?o WHERE {{ {where} }}")
    scratch = [{k: r[k].value for k in ("e", "p", "o")} for r in rows]  # type: ignore[union-attr]
    for row in [*delta.rows("?e ?p ?o", where), *scratch]:
        e, p, o = row["e"], row["p"].rsplit("#", 1)[-1], row["o"]
        if p == "type" and o.startswith(KG) and o.removeprefix(KG) in LINKED_TYPES:
            kinds[e].add(o.removeprefix(KG))
        elif p == "altLabel":
            names[e].add(o)
        elif p == "sameAs" and not o.startswith(delta.base):
            links[e].add(o)
        elif p in ("partOf", "locatedIn") and o.startswith(f"{delta.base}state/"):
            parents[e].add(o.rsplit("/", 1)[-1])
    if any(len(k) > 1 for k in kinds.values()):
        raise Whole("a node typed as two of state, settlement and region")
    kind = {e: next(iter(k)) for e, k in kinds.items()}
    delta.new_layer |= set(links_for(kind, names, links, parents, delta.base, delta.layer))
    delta.old_layer |= delta.layer_quads(subjects, "owl:sameAs")


def reference_relations(delta: Delta) -> list[Quad]:
    """Reference relations of the documents resolved here (kept: those an older document gave)."""
    quads = {q for found in reference_quads(delta.scratch, delta.base).values() for q in found}
    if delta.redo:
        before = KGStore()
        before.extend(q for found in delta.redo.values() for q in found)
        if {q for found in reference_quads(before, delta.base).values() for q in found} - quads:
            raise Whole("a reference relation of an older document redone may be gone")
    return sorted(quads, key=str)
