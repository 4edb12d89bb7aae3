"""Entity nodes of new documents + the stored index -> their clusters, as a full resolve would make them.

The nodes new documents name can change only the clusters they can join: those of the nodes
they match, pair by pair (and, for people, surname block by surname block), and on, until no new
node joins (:func:`closure`). That part of the store is read from the index (:mod:`kg.resolve.index`)
and clustered as a full resolve would; older documents whose nodes now resolve otherwise are
taken back and redone (:meth:`~kg.resolve.delta.Delta.take_back`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.resolve.blocking import blocking_keys
from kg.resolve.clustering import cluster_entities, is_bare
from kg.resolve.delta import Delta, values
from kg.resolve.index import (
    ENTITY_TYPES,
    Facts,
    block_members,
    candidates,
    index_facts,
    index_quads,
    read_facts,
    read_graphs,
    read_index,
)
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
    delta.old_index = set(stored)  # the documents a node is in are not read: those of the new ones are added
    delta.new_index = set(index_quads(facts, touched, sorted(delta.pending)))
    group, before, pairs = _Closure(delta, nodes, counts).run(set(touched))
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


class _Closure:
    """The nodes whose clusters the touched ones can change, what those resolved to before, and the matching pairs.

    Joined by matching pairs, by a surname (a bare one joins the one full name in its block),
    or by a stored cluster: every cluster the nodes were in before is in whole. A node's
    documents (:attr:`Candidate.graphs`: two nodes of one document never merge) are read only
    for the nodes they can matter to: those of a matching pair, of a bare surname's block, of a
    stored cluster (:meth:`_complete`); the others keep those of the new documents.
    """

    def __init__(self, delta: Delta, nodes: dict[str, Candidate], counts: dict[str, Counter[str]]) -> None:
        self.delta, self.nodes, self.counts = delta, nodes, counts
        self.keys = {i: blocking_keys(n) for i, n in nodes.items()}
        self.complete: set[str] = set()

    def _complete(self, iris: set[str]) -> None:
        """Give ``iris`` every document that names them, the stored ones too."""
        todo = (iris & self.nodes.keys()) - self.complete
        if not todo:
            return
        stored = read_graphs(self.delta.store, todo)
        for iri in todo:
            node = self.nodes[iri]
            self.nodes[iri] = replace(node, graphs=node.graphs | stored.get(iri, set()))
        self.complete |= todo

    def _add(self, facts: Facts, iris: set[str]) -> None:
        for iri, node in candidates(facts, iris).items():
            self.nodes[iri], self.counts[iri], self.keys[iri] = node, facts.counts[iri], blocking_keys(node)

    def run(self, touched: set[str]) -> tuple[set[str], dict[str, str], set[tuple[float, str, str]]]:
        nodes, keys = self.nodes, self.keys
        group, frontier = set(nodes), set(nodes)
        before: dict[str, str] = {}
        pairs: set[tuple[float, str, str]] = set()
        tried: dict[tuple[str, str], Match | None] = {}
        surnamed: set[str] = set()  # the people of a bare surname's block
        while frontier:
            wanted = {k for x in frontier for k in keys[x]}
            members = block_members(self.delta.store, wanted)
            for key in members:
                members[key] -= touched  # a touched node's blocks are those of its new facts
            for x in touched & nodes.keys():
                for key in keys[x] & wanted:
                    members[key].add(x)
            missing = {y for ys in members.values() for y in ys} - nodes.keys()
            if missing:
                self._add(index_facts(self.delta.store, missing), missing)
            bare = {
                k
                for k, ys in members.items()
                if k.startswith("Person ") and any(is_bare(nodes[y]) for y in ys & nodes.keys())
            }
            surnamed |= {y for k in bare for y in members[k]}
            met = [
                (x, y, key)
                for x in sorted(frontier)
                for key in keys[x]
                for y in members.get(key, ())
                if y != x and y in nodes
            ]
            found = {}
            for x, y, _ in met:  # two nodes share several blocks, or both are in the frontier: matched once
                a, b = _ordered(x, y)
                if (a, b) not in tried and (a, b) not in found:
                    found[a, b] = match(nodes[a], nodes[b])
            self._complete({i for ab, m in found.items() if m for i in ab})
            for (a, b), m in found.items():
                tried[a, b] = None if m is None or nodes[a].graphs & nodes[b].graphs else m
            grown: set[str] = set()
            for x, y, key in met:
                a, b = _ordered(x, y)
                grow = key in bare  # a bare surname joins the one full name in its block
                if matched := tried[a, b]:
                    pairs.add((matched.score, a, b))
                    grow = True
                if grow and y not in group:
                    group.add(y)
                    grown.add(y)
            grown |= self._clustered(frontier, before) - group
            group |= grown
            frontier = grown
        self._complete(surnamed | before.keys() | set(before.values()))
        return group, before, pairs

    def _clustered(self, frontier: set[str], before: dict[str, str]) -> set[str]:
        """The members of the stored clusters of ``frontier`` (``before``: member -> canonical, filled)."""
        found: set[str] = set()
        for column in ("x", "c"):  # a node merged into another, or one that others were merged into
            for row in self.delta.rows(
                "?x ?c",
                f"""VALUES ?{column} {{ {values(frontier)} }}
                  GRAPH ?g {{ ?c owl:sameAs ?x }} FILTER(STRSTARTS(STR(?x), "{self.delta.base}"))""",
            ):
                if row["c"] in self.nodes or row["x"] in self.nodes or column == "x":
                    before[row["x"]] = row["c"]
                    found |= {row["x"], row["c"]}
        missing = found - self.nodes.keys()
        if missing:
            self._add(index_facts(self.delta.store, missing), missing)
        return found & self.nodes.keys()


def _ordered(x: str, y: str) -> tuple[str, str]:
    """A pair in IRI order: asked once or twice per pair of a block, where ``sorted`` costs a list each time."""
    return (x, y) if x <= y else (y, x)
