"""Events of document graphs -> keys by type, place and date span, by which new events find stored ones.

Adding documents reads the stored events that may report what a new one reports
(:mod:`~kg.resolve.added_events`): of the same type, naming one of its places (or one inside
them), on dates that may overlap. A place many documents name (a state) is named by events of
every type and day the store holds, so reading them all, then keeping those whose type and
dates may agree, grows with the store. The index (:data:`kg.store.INDEX`) therefore keeps, per
document graph, a key for each event: its type, a place in one of its roles and the narrowest
span holding its dates (a day, a month, a year, or any). A new event asks for the keys its own
dates overlap, so the documents read are those holding an event it may meet, whatever the size
of the store.

The keys are read from the graphs as resolved (their places under their clusters' IRIs): a full
resolve writes them for every document, an incremental one for the documents it writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg.model import EVENT_TYPES
from kg.resolve.events import ROLES, EventNode, interval
from kg.store import INDEX, KGStore

__all__ = ["event_keys", "graph_keys", "key_lines", "key_quads", "keyed_graphs", "stored_keys", "wanted_keys"]

KG = "https://w3id.org/newskg/ontology#"
#: The index predicate of a document graph's event keys.
_NEAR = INDEX + "#near"
_DATES = ("date", "startDate", "endDate")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ANY = "*"
#: A new event dated over more days than this asks for every stored event of its type and places
#: (a key per day would be as many keys).
_MOST_DAYS = 31


def _span_key(span: tuple[str, str] | None) -> str:
    """The narrowest of a day, a month or a year holding ``span``; any (``*``) when none does."""
    if span is None:
        return _ANY
    low, high = span
    if not (_DAY.fullmatch(low) and _DAY.fullmatch(high)) or low > high:
        return _ANY
    if low == high:
        return "D" + low
    if low[:7] == high[:7]:
        return "M" + low[:7]
    return "Y" + low[:4] if low[:4] == high[:4] else _ANY


def _days(span: tuple[str, str] | None) -> list[str] | None:
    """Every day of ``span``, or None when it is open, malformed or longer than :data:`_MOST_DAYS`."""
    if span is None or not (_DAY.fullmatch(span[0]) and _DAY.fullmatch(span[1])):
        return None
    try:
        low, high = date.fromisoformat(span[0]), date.fromisoformat(span[1])
    except ValueError:
        return None
    if not 0 <= (high - low).days < _MOST_DAYS:
        return None
    return [(low + timedelta(days=n)).isoformat() for n in range((high - low).days + 1)]


def event_keys(types: Iterable[str], places: Iterable[str], dates: Mapping[str, list[str]]) -> set[str]:
    """The keys of one stored event: each of its types, by each of its places, with its span's key and without.

    ``dates``: the values of ``kg:date``, ``kg:startDate`` and ``kg:endDate`` (local names). A
    predicate with two values has no one span: the event is then found by any date (``*``).
    """
    if any(len(v) > 1 for v in dates.values()):
        span = _ANY
    else:
        span = _span_key(interval({k: v[0] for k, v in dates.items() if v}))
    return {f"{t} {p}{suffix}" for t in types for p in places for suffix in ("", " " + span)}


def wanted_keys(node: EventNode, places: Iterable[str]) -> set[str]:
    """The keys of the stored events that ``node`` (its type, dates) may meet at ``places``.

    A stored event's span key overlaps ``node``'s dates only if it is one of its days, months or
    years, or any; a node without a short span of whole days asks for every date (the key without one).
    """
    days = None if node.type == "Statement" else _days(interval(node.values))
    if days is None:
        spans = [""]
    else:
        spans = sorted({" " + _ANY} | {f" {p}{d[:n]}" for d in days for p, n in (("D", 10), ("M", 7), ("Y", 4))})
    return {f"{node.type} {p}{s}" for p in places for s in spans}


def graph_keys(store: KGStore, graphs: Iterable[str] | None = None) -> dict[str, set[str]]:
    """The event keys of each document graph of ``store`` (of ``graphs``, or of every graph typing an event)."""
    types = ", ".join(f"kg:{t}" for t in sorted(EVENT_TYPES))
    wanted = ", ".join(f"kg:{p}" for p in (*ROLES, *_DATES))
    chosen = "" if graphs is None else f"VALUES ?g {{ {' '.join(f'<{g}>' for g in sorted(graphs))} }}"
    rows = store.query(
        f"""SELECT DISTINCT ?g ?e ?t ?p ?o WHERE {{ {chosen} GRAPH ?g {{ ?e a ?t ; ?p ?o }}
          FILTER(?t IN ({types}) && ?p IN ({wanted})) }}""",
        every_graph=True,
    )
    kinds: dict[tuple[str, str], set[str]] = defaultdict(set)
    places: dict[tuple[str, str], set[str]] = defaultdict(set)
    dates: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:  # type: ignore[union-attr]
        g, e, t, p, o = (term.value for term in row)
        node = (g, e)
        kinds[node].add(t.removeprefix(KG))
        name = p.removeprefix(KG)
        if name in _DATES:
            dates[node][name].add(o)
        else:
            places[node].add(o)
    out: dict[str, set[str]] = defaultdict(set)
    for node in sorted(places):
        found = {k: sorted(v) for k, v in dates[node].items()}
        out[node[0]] |= event_keys(kinds[node], places[node], found)
    return dict(out)


def key_quads(keys: Mapping[str, Iterable[str]]) -> list[Quad]:
    """The index entries of the event keys of each graph."""
    near, book = NamedNode(_NEAR), NamedNode(INDEX)
    return [Quad(NamedNode(g), near, Literal(k), book) for g in sorted(keys) for k in sorted(keys[g])]


def key_lines(keys: Mapping[str, Iterable[str]]) -> set[bytes]:
    """:func:`key_quads` as the index graph's N-Triples lines, as :func:`~kg.resolve.index.index_lines` writes them."""
    lines = set((serialize((q.triple for q in key_quads(keys)), format=RdfFormat.N_TRIPLES) or b"").split(b"\n"))
    lines.discard(b"")
    return lines


def keyed_graphs(store: KGStore, keys: Iterable[str]) -> set[str]:
    """The document graphs holding an event of one of ``keys``."""
    if not (chosen := " ".join(sorted(str(Literal(k)) for k in keys))):
        return set()
    rows = store.query(
        f"SELECT DISTINCT ?g WHERE {{ VALUES ?k {{ {chosen} }} GRAPH <{INDEX}> {{ ?g <{_NEAR}> ?k }} }}",
        every_graph=True,
    )
    return {row[0].value for row in rows}  # type: ignore[union-attr,index]


def stored_keys(store: KGStore, graphs: Iterable[str]) -> list[Quad]:
    """The index entries of the event keys of ``graphs``, as stored (to replace them)."""
    if not (chosen := " ".join(f"<{g}>" for g in sorted(graphs))):
        return []
    rows = store.query(
        f"SELECT ?g ?k WHERE {{ VALUES ?g {{ {chosen} }} GRAPH <{INDEX}> {{ ?g <{_NEAR}> ?k }} }}", every_graph=True
    )
    near, book = NamedNode(_NEAR), NamedNode(INDEX)
    return [Quad(row[0], near, row[1], book) for row in rows]  # type: ignore[union-attr,index,arg-type]
