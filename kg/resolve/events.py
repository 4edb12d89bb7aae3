"""Events and statements of all document graphs -> which of them report the same occurrence.

Two events of different documents are one when they have the same type (for the generic
``kg:Event`` and votes, the same head word of the label), share at least one key argument and contradict
none (destination, origin, place, target, via, agent: where both name some, they overlap), their
dates overlap, and their single-valued attributes agree: a count, range bound, unit, percentage
or date stated by both is the same value; a point count may sit inside the other's range; one
reporting a figure and the other none are not merged. Figures that differ are therefore kept
side by side as separate events, each with its ``kg:reportedBy`` and ``prov:wasDerivedFrom``;
``queries/conflicting-figures.rq`` lists them.

Two statements of different documents are one when the speaker is the same node, the quotes
are the same words (case, punctuation and spacing aside) and their dates, where both state one,
are the same: a speaker repeating a line on another day made another statement.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations, product

from kg.model import EVENT_TYPES
from kg.store import KGStore

__all__ = [
    "DATED",
    "ROLES",
    "EventNode",
    "agree",
    "agreement",
    "candidate_pairs",
    "dated_nodes",
    "interval",
    "may_agree",
    "read_events",
    "read_parents",
]

KG = "https://w3id.org/newskg/ontology#"
ROLES = ("destination", "origin", "place", "target", "via", "agent")
SINGLE = (
    "count",
    "countMin",
    "countMax",
    "approximate",
    "perTimeUnit",
    "changePercent",
    "resultPercent",
    "date",
    "startDate",
    "endDate",
)
FIGURES = ("count", "countMin", "countMax")
#: The predicates :func:`dated_nodes` reads: a node's types and dates.
DATED = ("rdf:type", "kg:date", "kg:startDate", "kg:endDate")
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel")


@dataclass
class EventNode:
    """One event as found in one document graph."""

    iri: str
    graph: str
    type: str = "Event"
    label: str = ""
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    values: dict[str, str] = field(default_factory=dict)
    speaker: str = ""
    quote: str = ""


def read_parents(store: KGStore) -> dict[str, frozenset[str]]:
    """Every place's containing places (``kg:partOf``, ``kg:locatedIn``, transitively)."""
    rows = store.query("SELECT DISTINCT ?a ?b WHERE { ?a (kg:partOf|kg:locatedIn)+ ?b }")
    out: dict[str, set[str]] = defaultdict(set)
    for row in rows:  # type: ignore[union-attr]
        out[row["a"].value].add(row["b"].value)
    return {k: frozenset(v) for k, v in out.items()}


def read_events(
    store: KGStore,
    skip_graph: str,
    iris: Iterable[str] | None = None,
    keep: Callable[[str], bool] | None = None,
    *,
    dates_only: bool = False,
    key: Callable[[str, str], str] | None = None,
    kinds: Collection[str] = EVENT_TYPES,
) -> dict[str, EventNode]:
    """Every event and statement node of the document graphs (of ``iris``, in graphs ``keep`` takes), by IRI.

    ``dates_only`` reads no more than :func:`may_agree` needs (type, label, dates): a few rows a node.
    ``key(graph, iri)`` names each node instead of its IRI: a resolved document keeps an event
    under its cluster's IRI, and is read by the one its extraction minted. A label a resolve
    demoted (``skos:altLabel``: the reports label the node differently) is the node's label.
    ``kinds``, of :data:`EVENT_TYPES`, chooses the nodes too (a node of several types is read
    from those among ``kinds``).
    """
    types = ", ".join(f"kg:{t}" for t in sorted(kinds))
    values = "" if iris is None else f"VALUES ?e {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"
    only = " && ?p IN (rdf:type, rdfs:label, skos:altLabel, kg:date, kg:startDate, kg:endDate)" if dates_only else ""
    rows = store.query(  # no bookkeeping graph types a node: every graph may be searched, at no cost per graph
        f"""
SELECT ?g ?e ?t ?p ?o WHERE {{ {values} GRAPH ?g {{ ?e a ?t ; ?p ?o }}
  FILTER(?t IN ({types}) && ?g != <{skip_graph}>{only}) }}""",
        every_graph=True,
    )
    nodes: dict[str, EventNode] = {}
    for row in rows:  # type: ignore[union-attr]
        g, iri, t, p, o = (term.value for term in row)  # in the order selected: faster than by name
        if keep is not None and not keep(g):
            continue
        name = key(g, iri) if key is not None else iri
        node = nodes.setdefault(name, EventNode(name, g))
        local = t.removeprefix(KG)
        if local != "Event" or node.type == "Event":
            node.type = local
        if p in _LABELS:
            node.label = o
        elif not p.startswith(KG):
            continue
        elif (name := p.removeprefix(KG)) in ROLES:
            node.roles[name].add(o)
        elif name in SINGLE:
            node.values[name] = o
        elif name == "speaker":
            node.speaker = o
        elif name == "quote":
            node.quote = " ".join(re.findall(r"\w+", o.casefold()))
    return nodes


def dated_nodes(rows: Iterable[Mapping[str, str]], kinds: Collection[str]) -> dict[str, EventNode]:
    """Rows ``g e q x`` of nodes' types and dates (:data:`DATED`) -> the nodes of ``kinds``, by "graph IRI".

    Types are chosen as :func:`read_events` chooses them; labels are not read: enough for
    :func:`may_agree` by type and dates (``heads=False``).
    """
    nodes: dict[str, EventNode] = {}
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    wanted = {KG + k for k in kinds}
    for row in rows:
        key = f"{row['g']} {row['e']}"
        if row["q"] != _TYPE:
            dates[key][row["q"].removeprefix(KG)] = row["x"]
        elif row["x"] in wanted:
            node = nodes.setdefault(key, EventNode(row["e"], row["g"]))
            if (local := row["x"].removeprefix(KG)) != "Event" or node.type == "Event":
                node.type = local
    for key, node in nodes.items():
        node.values.update(dates.get(key, {}))
    return nodes


def _blocks(node: EventNode, parents: Mapping[str, frozenset[str]]) -> set[str]:
    """Keys any event agreeing with ``node`` shares with it: an argument, or a place containing one."""
    if node.type == "Statement":
        return {f"st {node.speaker} {node.quote}"}
    head = node.label.split()[0].casefold() if node.type in ("Event", "Referendum") and node.label else ""
    values = {v for iris in node.roles.values() for v in iris}
    values |= {p for v in set(values) for p in parents.get(v, frozenset())}
    figure = any(f in node.values for f in FIGURES)  # a figure never matches its absence
    return {f"{node.type} {head} {figure} {v}" for v in values}


def agreement(
    nodes: Mapping[str, EventNode], parents: Mapping[str, frozenset[str]] | None = None
) -> Callable[[str, str], bool]:
    """``agree`` by IRI, computed once per pair of distinct contents.

    Many documents restating one event give many nodes with the same content; comparing each
    pair of contents once keeps resolution near-linear in the number of reports.
    """
    ids: dict[tuple[object, ...], int] = {}
    content = {iri: ids.setdefault(_content(node), len(ids)) for iri, node in nodes.items()}
    known: dict[tuple[int, int], bool] = {}

    def check(a: str, b: str) -> bool:
        if nodes[a].graph == nodes[b].graph:
            return False
        key = (content[a], content[b])
        if key not in known:
            known[key] = agree(nodes[a], nodes[b], parents)
        return known[key]

    return check


def _content(node: EventNode) -> tuple[object, ...]:
    """Everything ``agree`` reads of a node except its IRI and document."""
    roles = tuple(sorted((role, tuple(sorted(v))) for role, v in node.roles.items() if v))
    return (node.type, node.label, node.speaker, node.quote, roles, tuple(sorted(node.values.items())))


def candidate_pairs(
    nodes: dict[str, EventNode],
    parents: Mapping[str, frozenset[str]] | None = None,
    across: Collection[str] | None = None,
) -> list[tuple[float, str, str]]:
    """Pairs of events of different documents that share a type and an argument, and agree.

    ``across``, when given, keeps only the pairs of one node among it and one not (new events
    against stored ones): the pairs among stored events, whose number grows with the store,
    are never formed.
    """
    same = agreement(nodes, parents)
    blocks: dict[str, list[str]] = defaultdict(list)
    for iri, node in sorted(nodes.items()):
        for key in _blocks(node, parents or {}):
            blocks[key].append(iri)
    tried: set[tuple[str, str]] = set()
    pairs = set()
    for members in blocks.values():
        if across is None:
            found: Iterable[tuple[str, str]] = combinations(members, 2)
        else:
            inside, outside = [m for m in members if m in across], [m for m in members if m not in across]
            found = [(min(a, b), max(a, b)) for a, b in product(inside, outside)]
        for a, b in found:
            if (a, b) in tried or nodes[a].graph == nodes[b].graph:
                continue
            tried.add((a, b))
            if same(a, b):
                pairs.add((1.0, a, b))
    return sorted(pairs)


def interval(values: Mapping[str, str]) -> tuple[str, str] | None:
    """The first and last day a node's ``kg:date`` (a day, month or year) or start and end dates span, if any."""
    if day := values.get("date"):
        if len(day) == 4:
            return day + "-01-01", day + "-12-31"
        if len(day) == 7:
            last = calendar.monthrange(int(day[:4]), int(day[5:7]))[1]
            return day + "-01", f"{day}-{last:02d}"
        return day, day
    start, end = values.get("startDate"), values.get("endDate")
    if start or end:
        return start or "0000-00-00", end or "9999-99-99"
    return None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _figures_agree(a: EventNode, b: EventNode) -> bool:
    has_a, has_b = (any(f in n.values for f in FIGURES) for n in (a, b))
    if has_a != has_b:
        return False
    for one, other in ((a, b), (b, a)):
        if "count" in one.values and "count" not in other.values:
            low = _number(other.values.get("countMin", "-inf"))
            high = _number(other.values.get("countMax", "inf"))
            if not low <= _number(one.values["count"]) <= high:
                return False
    return True


def _overlap(x: set[str], y: set[str], parents: Mapping[str, frozenset[str]]) -> bool:
    """Some node of ``x`` is one of ``y``, or lies in one (a region of the state named by the other)."""
    return (
        bool(x & y)
        or any(parents.get(i, frozenset()) & y for i in x)
        or any(parents.get(i, frozenset()) & x for i in y)
    )


def may_agree(nodes: Mapping[str, EventNode], others: Mapping[str, EventNode], *, heads: bool = True) -> set[str]:
    """Those of ``nodes`` that some node of ``others`` may agree with: what :func:`agree` asks first.

    The same type (and head word of the label, for a generic ``kg:Event``) and dates that overlap;
    every statement. Read with ``dates_only``, so that the stored events near new ones are read
    whole only when they may report the same occurrence. ``heads`` False leaves the labels out
    (more nodes may pass): for nodes read without them (:func:`dated_nodes`).
    """
    spans: dict[tuple[str, str], list[tuple[str, str] | None]] = defaultdict(list)
    for node in others.values():
        spans[_kind(node, heads)].append(interval(node.values))
    out = set()
    for iri, node in nodes.items():
        mine = interval(node.values)
        if node.type == "Statement" or any(
            not mine or not span or not (mine[1] < span[0] or span[1] < mine[0])
            for span in spans.get(_kind(node, heads), ())
        ):
            out.add(iri)
    return out


def _kind(node: EventNode, heads: bool = True) -> tuple[str, str]:
    head = heads and node.type in ("Event", "Referendum")
    return node.type, (node.label.split()[:1] or [""])[0] if head else ""


def agree(a: EventNode, b: EventNode, parents: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether ``a`` and ``b`` (of different documents) report the same occurrence."""
    if a.graph == b.graph or a.type != b.type:
        return False
    if a.type == "Statement":  # the same words said on two days are two statements (one kg:date each)
        same_day = a.values.get("date", "") == b.values.get("date", "") or not (
            a.values.get("date") and b.values.get("date")
        )
        return bool(a.speaker) and a.speaker == b.speaker and a.quote == b.quote and same_day
    if a.type in ("Event", "Referendum") and a.label.split()[:1] != b.label.split()[:1]:
        return False
    shared = False
    for role in ROLES:
        x, y = a.roles.get(role, set()), b.roles.get(role, set())
        if x and y:
            if not _overlap(x, y, parents or {}):
                return False
            shared = True
    if not shared:
        return False
    for name in SINGLE:
        if name in a.values and name in b.values and a.values[name] != b.values[name]:
            if name in FIGURES or name in ("changePercent", "resultPercent"):
                if _number(a.values[name]) != _number(b.values[name]):
                    return False
            else:
                return False
    ia, ib = interval(a.values), interval(b.values)
    if ia and ib and (ia[1] < ib[0] or ib[1] < ia[0]):
        return False
    return _figures_agree(a, b)
