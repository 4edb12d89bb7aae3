"""New events against stored ones: only what could agree is read whole, and only cross pairs are formed.

Invented events of invented places. ``may_agree`` is a cheap first look (type, head word, dates)
that must never drop an event :func:`agree` would accept; ``candidate_pairs(across=...)`` must give
exactly the pairs of one new and one stored event that the full pairing gives.
"""

from __future__ import annotations

from itertools import product

from pyoxigraph import Literal, NamedNode, Quad

from kg.resolve.events import DATED, EventNode, agree, candidate_pairs, dated_nodes, may_agree, read_events
from kg.store import KGStore


def _event(
    iri: str, graph: str, kind: str = "BorderCrossing", label: str = "Arrivals in Vel", **values: str
) -> EventNode:
    node = EventNode(iri, graph, kind, label)
    node.roles["destination"].add("state/VL")
    node.values.update(values)
    return node


STORED = {
    e.iri: e
    for e in (
        _event("s1", "g1", count="300", date="2031-04-02"),
        _event("s2", "g2", count="300", date="2031-04-09"),  # a week later
        _event("s3", "g3", count="300", date="2031-04"),  # the month only: overlaps
        _event("s4", "g4", count="300"),  # no date: may agree with any
        _event("s5", "g5", "Closure", "Closure of the Vel crossing", date="2031-04-02"),  # another type
        _event("s6", "g6", "Event", "Talks in Vel", date="2031-04-02"),
        _event("s7", "g7", "Event", "Protest in Vel", date="2031-04-02"),  # another head word
        _event("s8", "g8", count="300", startDate="2031-03-30", endDate="2031-04-03"),
    )
}
NEW = {
    e.iri: e
    for e in (
        _event("n1", "h1", count="300", date="2031-04-02"),
        _event("n2", "h2", "Event", "Talks on the border of Vel", date="2031-04-02"),
    )
}


def test_resolve_events_may_agree_keeps_every_event_agree_accepts() -> None:
    kept = may_agree(STORED, NEW)
    accepted = {s for s, n in product(STORED, NEW) if agree(STORED[s], NEW[n])}
    assert accepted <= kept
    assert accepted  # the first look is tested against real agreements
    assert kept == {"s1", "s3", "s4", "s6", "s8"}  # not a week later, another type, another head word


def test_resolve_events_may_agree_keeps_statements_and_drops_other_days() -> None:
    said = EventNode("q1", "g1", "Statement", speaker="person/ilse-varn", quote="we stay")
    later = _event("s9", "g9", count="300", date="2031-05-20")
    assert may_agree({"q1": said, "s9": later}, NEW) == {"q1"}


def test_resolve_events_candidate_pairs_across_gives_only_the_cross_pairs() -> None:
    nodes = {**STORED, **NEW, "n3": _event("n3", "h3", count="300", date="2031-04-02")}
    new = {"n1", "n2", "n3"}
    everything = candidate_pairs(nodes)
    cross = [p for p in everything if (p[1] in new) != (p[2] in new)]
    assert cross
    assert any((p[1] in new) == (p[2] in new) for p in everything)  # pairs among the stored and among the new exist
    assert candidate_pairs(nodes, across=new) == cross


def test_resolve_events_may_agree_without_heads_keeps_more_never_less() -> None:
    """Nodes read without labels (type and dates only) are first looked at by type: another head word passes."""
    loose = may_agree(STORED, NEW, heads=False)
    assert may_agree(STORED, NEW) <= loose
    assert loose == {"s1", "s3", "s4", "s6", "s7", "s8"}  # the protest too; never a week later or another type


def _quads(graph: str, node: str, *pairs: tuple[str, Literal | NamedNode]) -> list[Quad]:
    return [Quad(NamedNode(node), NamedNode(p), o, NamedNode(graph)) for p, o in pairs]


def test_resolve_events_dated_nodes_read_types_and_dates_as_read_events() -> None:
    """``dated_nodes`` over rows of types and dates gives each node the type and dates ``read_events`` gives it."""
    kg, rdf = "https://w3id.org/newskg/ontology#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    day, label = "http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2000/01/rdf-schema#label"
    store = KGStore()
    store.extend(
        _quads("urn:g1", "urn:e1", (rdf, NamedNode(kg + "Event")), (rdf, NamedNode(kg + "BorderClosure")))
        + _quads("urn:g1", "urn:e1", (kg + "date", Literal("2031-04-02", datatype=NamedNode(day))))
        + _quads("urn:g1", "urn:e1", (label, Literal("Closure of the Tarnow crossing")))
        + _quads("urn:g2", "urn:e1", (rdf, NamedNode(kg + "Event")), (kg + "startDate", Literal("2031-03")))
        + _quads("urn:g2", "urn:e2", (rdf, NamedNode(kg + "Statement")), (kg + "endDate", Literal("2031-05-01")))
    )
    kinds = ("BorderClosure", "Event")
    rows = store.query(f"SELECT ?g ?e ?q ?x WHERE {{ GRAPH ?g {{ ?e ?q ?x }} FILTER(?q IN ({', '.join(DATED)})) }}")
    found = dated_nodes(({k: r[k].value for k in ("g", "e", "q", "x")} for r in rows), kinds)  # type: ignore[union-attr]
    whole = read_events(store, "urn:none", dates_only=True, key=lambda g, e: f"{g} {e}", kinds=kinds)
    assert set(found) == set(whole) == {"urn:g1 urn:e1", "urn:g2 urn:e1"}  # the statement is of no kind asked
    for key, node in whole.items():
        assert (found[key].type, found[key].values) == (node.type, node.values)
    assert found["urn:g1 urn:e1"].type == "BorderClosure"
