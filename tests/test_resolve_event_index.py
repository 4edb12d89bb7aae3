"""The event keys of the index find every stored event a new one may meet, and few others.

A stored event is keyed by its type, each place in its roles and the narrowest of a day, month or
year holding its dates; a new one asks for the keys its own dates overlap. Whatever the two
events' dates (a day, a month, a year, a range, an open range, none, two values), when they may
agree by type and dates and share a place, the new one asks for a key the stored one has; a new
event dated one day does not ask for a stored one's on another month. The events and places are
invented, on a hand-made store.
"""

from __future__ import annotations

from itertools import product

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.resolve.event_index import event_keys, graph_keys, key_quads, keyed_graphs, wanted_keys
from kg.resolve.events import EventNode, may_agree
from kg.store import KGStore

KG = "https://w3id.org/newskg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PLACE = "https://example.org/id/state/ZZ"
DATES: list[dict[str, str]] = [
    {},
    {"date": "2041-03-14"},
    {"date": "2041-03-31"},
    {"date": "2041-04-01"},
    {"date": "2041-03"},
    {"date": "2041-02"},
    {"date": "2041"},
    {"date": "2042"},
    {"startDate": "2041-03-10", "endDate": "2041-03-20"},
    {"startDate": "2041-03-25", "endDate": "2041-04-05"},
    {"startDate": "2041-03-01"},
    {"endDate": "2041-03-01"},
    {"startDate": "2040-12-20", "endDate": "2041-01-10"},
    {"date": "sometime"},
]


def _node(iri: str, kind: str, values: dict[str, str]) -> EventNode:
    node = EventNode(iri, "https://example.org/doc/" + iri, kind)
    node.values.update(values)
    node.roles["destination"] = {PLACE}
    return node


@pytest.mark.parametrize("kind", ["BorderCrossing", "Statement"])
def test_event_keys_meet_whenever_the_dates_may(kind: str) -> None:
    for stored, new in product(DATES, DATES):
        old = _node("old", kind, stored)
        if may_agree({"old": old}, {"new": _node("new", kind, new)}, heads=False):
            keys = event_keys({kind}, {PLACE}, {k: [v] for k, v in stored.items()})
            assert keys & wanted_keys(_node("new", kind, new), {PLACE}), (stored, new)


def test_event_keys_of_two_dates_meet_any_date() -> None:
    keys = event_keys({"BorderCrossing"}, {PLACE}, {"date": ["2041-01-02", "2041-09-30"]})
    assert keys & wanted_keys(_node("new", "BorderCrossing", {"date": "2041-05-05"}), {PLACE})


@pytest.mark.parametrize(
    ("stored", "new"),
    [
        ({"date": "2041-03-14"}, {"date": "2041-04-14"}),
        ({"date": "2041-02"}, {"date": "2041-03-14"}),
        ({"startDate": "2041-03-10", "endDate": "2041-03-20"}, {"date": "2042-03-14"}),
    ],
)
def test_event_keys_part_on_other_months(stored: dict[str, str], new: dict[str, str]) -> None:
    keys = event_keys({"BorderCrossing"}, {PLACE}, {k: [v] for k, v in stored.items()})
    assert not keys & wanted_keys(_node("new", "BorderCrossing", new), {PLACE})


def test_event_keys_part_on_other_types_and_places() -> None:
    keys = event_keys({"BorderCrossing"}, {PLACE}, {"date": ["2041-03-14"]})
    assert not keys & wanted_keys(_node("new", "BorderClosure", {"date": "2041-03-14"}), {PLACE})
    assert not keys & wanted_keys(_node("new", "BorderCrossing", {"date": "2041-03-14"}), {PLACE + "Y"})


def _document(graph: str, event: str, day: str) -> list[Quad]:
    g, e = NamedNode(graph), NamedNode(event)
    return [
        Quad(e, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(KG + "BorderCrossing"), g),
        Quad(e, NamedNode(KG + "destination"), NamedNode(PLACE), g),
        Quad(e, NamedNode(KG + "date"), Literal(day, datatype=NamedNode(XSD + "date")), g),
    ]


def test_keyed_graphs_are_those_of_events_a_new_one_may_meet() -> None:
    store = KGStore()
    days = {"https://example.org/doc/a": "2041-03-14", "https://example.org/doc/b": "2041-06-02"}
    for n, (graph, day) in enumerate(sorted(days.items())):
        store.extend(_document(graph, f"https://example.org/id/event/{n}", day))
    store.extend(key_quads(graph_keys(store)))
    new = _node("new", "BorderCrossing", {"date": "2041-03"})
    assert keyed_graphs(store, wanted_keys(new, {PLACE})) == {"https://example.org/doc/a"}
    assert keyed_graphs(store, wanted_keys(_node("new", "BorderCrossing", {}), {PLACE})) == set(days)
