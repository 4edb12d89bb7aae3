"""Entity nodes of new documents + the stored index -> their clusters, as a full resolve would make them.

The nodes new documents name can change only the clusters they can join: those of the nodes
they match, pair by pair (and, for people, surname block by surname block), and on, until no new
node joins (:func:`closure`). That part of the store is read from the index (:mod:`kg.resolve.index`)
and clustered as a full resolve would; older documents whose nodes now resolve otherwise are
taken back and redone (:meth:`~kg.resolve.delta.Delta.take_back`).
"""

from __future__ import annotations

from collections import Counter

from kg.resolve.blocking import blocking_keys
from kg.resolve.clustering import cluster_entities, is_bare
from kg.resolve.delta import Delta, values
from kg.resolve.index import ENTITY_TYPES, Facts, block_members, candidates, index_quads, read_facts, read_index
from kg.resolve.layer import entity_merges, merge_quads
from kg.resolve.rewriting import apply_renames
from kg.resolve.rules import Candidate, Match, match

__all__ = ["resolve_entities"]


def resolve_entities(delta: Delta) -> None:
    """Cluster the entity nodes of the new documents with the stored ones they can join; rename them."""
    new = read_facts(delta.scratch, delta.base)
    touched = sorted(new.kinds)
    old, stored = read_index(delta.store, touched)
    facts = Facts()
    facts.add(old)
    facts.add(new)
    nodes = candidates(facts, touched)
    counts: dict[str, Counter[str]] = {i: facts.counts[i] for i in touched}
    delta.old_index = set(stored)
    delta.new_index = set(index_quads(facts, touched, sorted(delta.pending)))
    group, before, pairs = _closure(delta, nodes, counts, set(touched))
    part = {i: nodes[i] for i in group}
    merges = entity_merges(cluster_entities(part, pairs), part, counts)
    canon = {m.member: m.canonical for m in merges}
    delta.new_layer |= set(merge_quads(merges, delta.base, delta.layer))
    delta.old_layer |= delta.activities(group)  # every stored cluster of the group is in it whole
    changed = {i for i in group - (set(touched) - set(old.kinds)) if canon.get(i, i) != before.get(i, i)}
    delta.take_back({g for i in changed for g in nodes[i].graphs} - delta.pending, entities=True)
    renames = [(g, x, canon[x]) for x in touched if x in canon for g in sorted(new.graphs[x])]
    renames += [(g, x, canon.get(x, x) if x in group else to) for g, x, to in _redone_entities(delta)]
    apply_renames(delta.scratch, renames)
    delta.report.entity_merges = len(merges)


def _redone_entities(delta: Delta) -> list[tuple[str, str, str]]:
    """(graph, node, the node it resolved to) for every entity node of the older documents redone."""
    if not delta.redo:
        return []
    was = {(g, old): new for g, old, new in delta.records}
    types = ", ".join(f"kg:{t}" for t in ENTITY_TYPES)
    rows = delta.scratch.query(f"""SELECT DISTINCT ?g ?e WHERE {{ VALUES ?g {{ {values(delta.redo)} }}
          GRAPH ?g {{ ?e a ?t }} FILTER(?t IN ({types})) }}""")
    return [(r["g"].value, r["e"].value, was.get((r["g"].value, r["e"].value), r["e"].value)) for r in rows]  # type: ignore[union-attr]


def _closure(
    delta: Delta, nodes: dict[str, Candidate], counts: dict[str, Counter[str]], touched: set[str]
) -> tuple[set[str], dict[str, str], set[tuple[float, str, str]]]:
    """The nodes whose clusters the touched ones can change, what those resolved to before, and the matching pairs.

    Joined by matching pairs, by a surname (a bare one joins the one full name in its block),
    or by a stored cluster: every cluster the nodes were in before is in whole.
    """
    keys = {i: blocking_keys(n) for i, n in nodes.items()}
    group, frontier = set(nodes), set(nodes)
    before: dict[str, str] = {}
    pairs: set[tuple[float, str, str]] = set()
    tried: dict[tuple[str, str], Match | None] = {}
    while frontier:
        wanted = {k for x in frontier for k in keys[x]}
        members = block_members(delta.store, wanted)
        for key in members:
            members[key] -= touched  # a touched node's blocks are those of its new facts
        for x in touched & nodes.keys():
            for key in keys[x] & wanted:
                members[key].add(x)
        missing = {y for ys in members.values() for y in ys} - nodes.keys()
        if missing:
            facts, _ = read_index(delta.store, missing)
            for iri, node in candidates(facts, missing).items():
                nodes[iri], counts[iri], keys[iri] = node, facts.counts[iri], blocking_keys(node)
        bare = {
            k
            for k, ys in members.items()
            if k.startswith("Person ") and any(is_bare(nodes[y]) for y in ys & nodes.keys())
        }
        grown: set[str] = set()
        for x in sorted(frontier):
            for key in keys[x]:
                for y in members.get(key, ()):
                    if y == x or y not in nodes:
                        continue
                    a, b = sorted((x, y))
                    grow = key in bare  # a bare surname joins the one full name in its block
                    if (a, b) not in tried:  # two nodes share several blocks, or both are in the frontier
                        tried[a, b] = None if nodes[a].graphs & nodes[b].graphs else match(nodes[a], nodes[b])
                    if found := tried[a, b]:
                        pairs.add((found.score, a, b))
                        grow = True
                    if grow and y not in group:
                        group.add(y)
                        grown.add(y)
        grown |= _clustered(delta, frontier, before, nodes, counts, keys) - group
        group |= grown
        frontier = grown
    return group, before, pairs


def _clustered(
    delta: Delta,
    frontier: set[str],
    before: dict[str, str],
    nodes: dict[str, Candidate],
    counts: dict[str, Counter[str]],
    keys: dict[str, set[str]],
) -> set[str]:
    """The members of the stored clusters of ``frontier`` (``before``: member -> canonical, filled)."""
    found: set[str] = set()
    for column in ("x", "c"):  # a node merged into another, or one that others were merged into
        for row in delta.rows(
            "?x ?c",
            f"""VALUES ?{column} {{ {values(frontier)} }}
              GRAPH ?g {{ ?c owl:sameAs ?x }} FILTER(STRSTARTS(STR(?x), "{delta.base}"))""",
        ):
            if row["c"] in nodes or row["x"] in nodes or column == "x":
                before[row["x"]] = row["c"]
                found |= {row["x"], row["c"]}
    missing = found - nodes.keys()
    if missing:
        facts, _ = read_index(delta.store, missing)
        for iri, node in candidates(facts, missing).items():
            nodes[iri], counts[iri], keys[iri] = node, facts.counts[iri], blocking_keys(node)
    return found & nodes.keys()
