"""Events and statements of new documents + the stored ones they can meet -> clusters as a full resolve makes them.

A full resolve clusters the events of the whole store (:mod:`kg.resolve.events`): pairs that
agree, taken in order, joined under complete link. A cluster never reaches beyond the pairs that
connect its members, so only the stored events connected to a new one through agreeing pairs can
end up otherwise: :func:`resolve_events` reads those (:func:`_component`: the stored events near
the new ones' places or speakers, then those near the stored ones found, and on), clusters them
with the new ones as a full resolve would, and takes back the older documents whose events now
resolve to another node (a story reported again: its first report's event may become a member
of a cluster named by the new one's IRI). A stored document keeps an event under the IRI of its
cluster; it is read under the IRI its extraction minted, as a full resolve reads it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import partial

from pyoxigraph import NamedNode

from kg.resolve.clustering import cluster
from kg.resolve.delta import KG, Delta, Whole, values
from kg.resolve.event_index import keyed_graphs, wanted_keys
from kg.resolve.events import (
    DATED,
    ROLES,
    EventNode,
    agreement,
    candidate_pairs,
    dated_nodes,
    may_agree,
    read_events,
)
from kg.resolve.layer import event_merges, merge_quads
from kg.resolve.rewriting import apply_renames
from kg.store import KGStore

__all__ = ["resolve_events"]

_PATH = "kg:partOf|kg:locatedIn"
_ROLES = "|".join(f"kg:{r}" for r in ROLES)


def resolve_events(delta: Delta) -> None:
    """Cluster the events and statements of the new (and redone) documents with the stored ones they meet."""
    events = read_events(delta.scratch, delta.layer)
    _check_places(delta)
    _check_redone(delta, events)
    parents = dict(delta.places.parents(_role_values(events)))
    stored, current = _component(delta, events, parents)
    nodes = {**stored, **events}
    graphs = {iri: frozenset({e.graph}) for iri, e in nodes.items()}
    found = event_merges(cluster(graphs, candidate_pairs(nodes, parents), agreement(nodes, parents)), nodes)
    canon = {m.member: m.canonical for m in found}
    moved = [(e.graph, k, current[k], canon.get(k, k)) for k, e in sorted(stored.items())]
    moved = [row for row in moved if row[2] != row[3]]
    if moved:  # older documents whose events now resolve to another node: back to their own IRIs, renamed below
        delta.take_back({g for g, *_ in moved}, entities=False)
        delta.undo_event_renames([(g, k, was) for g, k, was, _ in moved])
    renames = [(events[m].graph, m, c) for m, c in canon.items() if m in events]
    apply_renames(delta.scratch, renames + [(g, k, to) for g, k, _, to in moved])
    delta.new_layer |= set(merge_quads(found, delta.base, delta.layer))
    delta.old_layer |= delta.activities(set(current.values()))  # every stored cluster met is in the component whole
    delta.report.event_merges = len(found)


def _role_values(events: Mapping[str, EventNode]) -> set[str]:
    return {v for e in events.values() for vs in e.roles.values() for v in vs}


def _check_places(delta: Delta) -> None:
    """Whole when new documents change what contains the place of a stored event (its pairs may change)."""
    after = {
        (r["a"].value, r["b"].value)
        for r in delta.scratch.query(  # type: ignore[union-attr]
            f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH ?g {{ ?a {_PATH} ?b }} }}"
        )
    }
    parts = {NamedNode(KG + "partOf"), NamedNode(KG + "locatedIn")}
    before = {
        (str(q.subject)[1:-1], str(q.object)[1:-1]) for qs in delta.redo.values() for q in qs if q.predicate in parts
    }
    sources = values({a for a, _ in after | before})
    where = f"VALUES ?a {{ {sources} }} GRAPH ?g {{ ?a {_PATH} ?b }}"
    older = {(r["a"], r["b"]) for r in delta.rows("?a ?b", where)} if sources else set()
    moved = {a for a, _ in (after | older) ^ (before | older)}  # parents changed: the union's edges differ
    if moved and _older_events(delta, moved | delta.places.below(moved)):
        raise Whole("a new partOf/locatedIn under the place of a stored event")


def _check_redone(delta: Delta, events: Mapping[str, EventNode]) -> None:
    """Whole when an event of a document redone for its entities was in a stored cluster."""
    redone = {iri for iri, e in events.items() if e.graph in delta.redo}
    if not redone:
        return
    named = redone | {new for _, old, new in delta.records if old in redone}
    if delta.rows("?e", f"VALUES ?e {{ {values(named)} }} GRAPH ?g {{ ?e a ?t }}"):
        raise Whole("an event of a document redone for its entities was merged with a stored one")


def _component(
    delta: Delta, events: Mapping[str, EventNode], parents: dict[str, frozenset[str]]
) -> tuple[dict[str, EventNode], dict[str, str]]:
    """The stored events and statements connected to ``events`` by agreeing pairs (by extracted IRI), and
    the IRI each is stored under; ``parents`` gets the places containing theirs.

    Read in rounds: those of the last round's types near its places and speakers, a few rows
    each (:func:`_near`), then whole those whose type and dates may agree with one of them,
    kept when they do.
    """
    stored: dict[str, EventNode] = {}
    current: dict[str, str] = {}
    taken: set[str] = set()  # "graph IRI" of the stored nodes in the component
    frontier = dict(events)
    while frontier:
        dated = _near(delta, frontier, parents, events.keys())
        if {k.split(" ", 1)[1] for k in dated} & events.keys():
            raise Whole("a stored document names a new event")  # a redone document's, read by another
        todo = may_agree({k: n for k, n in dated.items() if k not in taken}, frontier)
        if not todo:
            break
        iris = {k.split(" ", 1)[1] for k in todo}
        extracted = _extracted(delta, iris)
        under = {minted: iri for (_, iri), minted in extracted.items()}  # an extraction's IRI is one document's
        read = read_events(delta.store, delta.layer, iris, delta.older, key=partial(_key, extracted))
        read = {k: n for k, n in read.items() if f"{n.graph} {under.get(k, k)}" in todo}
        parents.update({k: v for k, v in delta.places.parents(_role_values(read)).items() if k not in parents})
        pairs = candidate_pairs({**frontier, **read}, parents, across=frontier.keys())
        joined = {k for _, a, b in pairs for k in (a, b) if k in read}
        for k in joined:
            stored[k], current[k] = read[k], under.get(k, k)
            taken.add(f"{read[k].graph} {current[k]}")
        frontier = {k: read[k] for k in joined}
    return stored, current


def _near(
    delta: Delta, frontier: Mapping[str, EventNode], parents: Mapping[str, frozenset[str]], new: Collection[str]
) -> dict[str, EventNode]:
    """Type, label and dates of the older documents' events of the types of ``frontier`` with one of its
    places (or one containing or inside one) in a role, and of their statements by one of its speakers,
    by "graph IRI".

    Of the events near a place many documents name, only those in documents the index keys as
    holding one that a node of ``frontier`` may meet (:func:`_may_meet`), whose type and dates may
    agree with one of ``frontier`` (:func:`~kg.resolve.events.may_agree`, labels aside), and those
    named like one of ``new`` are read whole: their type and dates are read first, a row or two a node.
    """
    iris = _may_meet(delta, frontier, parents, new)
    speakers = {e.speaker for e in frontier.values() if e.speaker}
    if speakers:
        where = f"VALUES ?s {{ {values(speakers)} }} GRAPH ?g {{ ?e kg:speaker ?s }}"
        iris |= {r["e"] for r in delta.rows("?e", where)}
    if not iris:
        return {}
    kinds = {e.type for e in frontier.values()}
    return read_events(delta.store, delta.layer, iris, delta.older, dates_only=True, key=_spaced, kinds=kinds)


def _spaced(graph: str, iri: str) -> str:
    return f"{graph} {iri}"


def _key(extracted: Mapping[tuple[str, str], str], graph: str, iri: str) -> str:
    return extracted.get((graph, iri), iri)


def _extracted(delta: Delta, iris: set[str]) -> dict[tuple[str, str], str]:
    """(graph, stored IRI) -> the IRI its extraction minted, for the events of ``iris`` a resolve renamed."""
    where = f"""VALUES ?c {{ {values(iris)} }} GRAPH ?g {{ ?c owl:sameAs ?o }}
      FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{delta.base}"))"""
    return {(r["g"], r["c"]): r["o"] for r in delta.rows("?g ?c ?o", where)}


def _may_meet(
    delta: Delta, frontier: Mapping[str, EventNode], parents: Mapping[str, frozenset[str]], new: Collection[str]
) -> set[str]:
    """Events of older documents that may agree with one of ``frontier`` by type and dates and name one of
    its places (or one containing or inside one) in a role, or that name such a place and are named like one of ``new``.

    The older documents read are those the index holds a key of for one of ``frontier`` (its type, one
    of its places, a span its dates overlap: :mod:`~kg.resolve.event_index`), not every one naming
    its places: a state is named by events of every type and day the store holds.
    """
    near = {
        k: (roles := _role_values({k: n})) | {p for v in roles for p in parents.get(v, ())} for k, n in frontier.items()
    }
    if not (everywhere := set().union(*near.values())):
        return set()
    down = delta.places.below_each(everywhere)
    keys: set[str] = set()
    for k, node in frontier.items():
        keys |= wanted_keys(node, near[k] | {x for p in near[k] for x in down.get(p, ())})
    places = everywhere | {x for xs in down.values() for x in xs}
    named = (
        {
            r["e"]
            for r in delta.rows("?e ?v", f"VALUES ?e {{ {values(new)} }} GRAPH ?g {{ ?e {_ROLES} ?v }}")
            if r["v"] in places
        }
        if new
        else set()
    )
    graphs = sorted(g for g in keyed_graphs(delta.store, keys) if delta.older(g))
    nodes = dated_nodes(_dated_rows(delta.store, graphs, places), {e.type for e in frontier.values()})
    return {nodes[k].iri for k in may_agree(nodes, frontier, heads=False)} | named


def _dated_rows(store: KGStore, graphs: list[str], places: set[str]) -> list[dict[str, str]]:
    """Rows ``g e q x`` of types and dates (:data:`DATED`) of the events of ``graphs`` naming one of ``places``."""
    if not graphs:
        return []
    where = f"VALUES ?g {{ {values(graphs)} }} GRAPH ?g {{ ?e {_ROLES} ?v }}"
    found = store.query(f"SELECT DISTINCT ?g ?e ?v WHERE {{ {where} }}", every_graph=True)
    pairs = sorted({(g.value, e.value) for g, e, v in found if v.value in places})  # type: ignore[union-attr]
    if not pairs:
        return []
    chosen = " ".join(f"(<{g}> <{e}>)" for g, e in pairs)
    where = f"VALUES (?g ?e) {{ {chosen} }} GRAPH ?g {{ ?e ?q ?x }} FILTER(?q IN ({', '.join(DATED)}))"
    solutions = store.query(f"SELECT ?g ?e ?q ?x WHERE {{ {where} }}", every_graph=True)
    return [{"g": g.value, "e": e.value, "q": q.value, "x": x.value} for g, e, q, x in solutions]  # type: ignore[union-attr]


def _older_events(delta: Delta, places: set[str]) -> set[str]:
    """Events of older documents with one of ``places`` in a role."""
    if not places:
        return set()
    roles = ", ".join(f"kg:{r}" for r in ROLES)
    where = f"VALUES ?v {{ {values(places)} }} GRAPH ?g {{ ?e ?p ?v }} FILTER(?p IN ({roles}))"
    return {r["e"] for r in delta.rows("?e", where)}
