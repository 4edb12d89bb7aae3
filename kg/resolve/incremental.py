"""New document graphs + a resolved store -> the store resolved with them, reading only what they touch.

A full resolve (:mod:`kg.resolve.stage`) undoes every rename and decides again over the whole
store: its cost grows with the store. Yet new documents change only the clusters their nodes join,
and everything else stays as it was. So, when the journal names only documents the store has
never resolved, this module resolves them alone, on an in-memory copy of their graphs:

1. metonymy and the facts of their entity nodes (:mod:`kg.resolve.index`), added to the stored
   facts of the same nodes;
2. the nodes they can merge with, from the index's blocks, and on, pair by pair (and, for people,
   surname block by surname block), until no new node joins: exactly the part of the store whose
   clusters they can change; clustered as a full resolve would;
3. renames, positions, events and statements, labels, merge records, links and reference
   relations of the new documents, and the index entries of the nodes they touch;

and writes all of it, with the emptying of the journal, in one transaction. The result is the
one a full resolve would give, byte for byte: wherever the new documents would change what an
older document resolved to (a cluster gaining another canonical node, two stored clusters joined,
an event or statement reported before, a label that now differs, a new ``partOf`` under a stored
event's place), it gives up and the caller resolves the whole store.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad

from kg.rdf.iri import entity_layer_iri
from kg.reference import reference_quads
from kg.resolve.blocking import blocking_keys
from kg.resolve.clustering import cluster, cluster_entities, is_bare
from kg.resolve.events import ROLES, agreement, candidate_pairs, may_agree, read_events
from kg.resolve.index import (
    ENTITY_TYPES,
    Facts,
    block_members,
    candidates,
    covered,
    has_index,
    index_quads,
    read_facts,
    read_index,
)
from kg.resolve.layer import (
    LABELLED_TYPES,
    ResolveReport,
    entity_merges,
    event_merges,
    labels,
    merge_quads,
    position_renames,
    relabel,
)
from kg.resolve.linking import LINKED_TYPES, links_for
from kg.resolve.metonymy import point_roles_to_states
from kg.resolve.places import Containment
from kg.resolve.rewriting import apply_renames, read_records, undo_renames
from kg.resolve.rules import Candidate, Match, match
from kg.store import INDEX, JOURNAL, KGStore

__all__ = ["resolve_added"]

log = logging.getLogger(__name__)

KG = "https://w3id.org/newskg/ontology#"
_PATH = "kg:partOf|kg:locatedIn"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


class _Whole(Exception):
    """The new documents change what an older one resolved to: only a full resolve is exact."""


def resolve_added(store: KGStore, base: str, reference: bool) -> ResolveReport | None:
    """Resolve the documents of the journal into ``store`` (one transaction), or None when only a
    full resolve can (a document replaced or removed, no index yet, or see the module doc)."""
    pending = store.pending()
    if not pending or not has_index(store):
        return None
    if not set(pending) <= set(store.graphs()) or covered(store, pending):
        return None  # a document removed or replaced: what it said is gone from the graphs
    try:
        return _Added(store, base, pending).run(reference)
    except _Whole as why:
        log.info("resolving the whole store: %s", why)
        return None


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris))


class _Added:
    """One incremental resolve: the store, its new documents, and what is to change."""

    def __init__(self, store: KGStore, base: str, pending: list[str]) -> None:
        self.store, self.base, self.pending = store, base, set(pending)
        self.layer = entity_layer_iri(base)
        self.scratch = KGStore()
        self.raw = {graph: store.graph_quads(graph) for graph in pending}
        for quads in self.raw.values():
            self.scratch.extend(quads)
        self.redo: dict[str, list[Quad]] = {}  # older documents to resolve again: their graphs as stored
        self.not_documents = {g for g in store.graphs() if not self._older(g)} | {INDEX, JOURNAL}  # layers, bookkeeping
        self.places = Containment(self._rows, self.scratch)
        self.report = ResolveReport(incremental=True)
        self.old_layer: set[Quad] = set()
        self.new_layer: set[Quad] = set()
        self.old_index: set[Quad] = set()
        self.new_index: set[Quad] = set()

    def _older(self, graph: str) -> bool:
        """A document graph resolved before (not new, not a layer, not bookkeeping)."""
        return not (
            graph in self.pending or graph in self.redo or graph.startswith((self.base + "graph/", "urn:newskg:"))
        )

    def _older_only(self, where: str) -> str:
        """``where`` (which binds ``?g``) kept to the older document graphs (:meth:`_older`), for Oxigraph.

        A MINUS of the graphs to leave out: far cheaper than a FILTER on ``?g``, row by row.
        """
        skip = self.pending | self.redo.keys() | self.not_documents
        return f"{{ {where} }} MINUS {{ VALUES ?g {{ {_values(skip)} }} }}"

    def _rows(self, variables: str, where: str) -> list[dict[str, str]]:
        """The distinct ``variables`` of ``where`` (which binds ``?g``) in the older document graphs, as plain strings.

        A stored node many documents name (a state) is read once per document: the choice of
        graphs and the distinct rows are left to Oxigraph, so Python sees only what differs.
        """
        query = f"SELECT DISTINCT {variables} WHERE {{ {self._older_only(where)} }}"
        solutions = self.store.query(query, every_graph=True)
        names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
        return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]  # type: ignore[union-attr]

    def run(self, reference: bool) -> ResolveReport:
        relabel(self.scratch, self.layer, demote=False)
        self.report.metonyms = point_roles_to_states(self.scratch, self.base)
        self._entities(read_facts(self.scratch, self.base))
        self.report.positions = apply_renames(self.scratch, position_renames(self.scratch, self.base))
        self._events()
        self._demote()
        self._labels()
        self._links()
        added = self._reference() if reference else []
        removed: list[Quad] = []
        for graph in sorted(self.pending | self.redo.keys()):
            raw, final = set(self.raw.get(graph) or self.redo[graph]), set(self.scratch.graph_quads(graph))
            removed += raw - final
            added += final - raw
        for old, new in ((self.old_layer, self.new_layer), (self.old_index, self.new_index)):
            removed += old - new
            added += new - old
        self.store.commit(removed, added)
        log.debug("resolve (incremental): %s", self.report)
        return self.report

    # ------------------------------------------------------------------ entities

    def _entities(self, new: Facts) -> None:
        touched = sorted(new.kinds)
        old, stored = read_index(self.store, touched)
        facts = Facts()
        facts.add(old)
        facts.add(new)
        nodes = candidates(facts, touched)
        counts: dict[str, Counter[str]] = {i: facts.counts[i] for i in touched}
        self.old_index = set(stored)
        self.new_index = set(index_quads(facts, touched, sorted(self.pending)))
        group, before = self._closure(nodes, counts, set(touched))
        part = {i: nodes[i] for i in group}
        merges = entity_merges(cluster_entities(part, self._pairs), part, counts)
        canon = {m.member: m.canonical for m in merges}
        self.new_layer |= set(merge_quads(merges, self.base, self.layer))
        self.old_layer |= self._activities(group)  # every stored cluster of the group is in it whole
        changed = {i for i in group - (set(touched) - set(old.kinds)) if canon.get(i, i) != before.get(i, i)}
        self._redo_graphs({g for i in changed for g in nodes[i].graphs} - self.pending)
        renames = [(g, x, canon[x]) for x in touched if x in canon for g in sorted(new.graphs[x])]
        renames += [(g, x, canon.get(x, x) if x in group else to) for g, x, to in self._raw_entities()]
        apply_renames(self.scratch, renames)
        self.report.entity_merges = len(merges)

    def _redo_graphs(self, graphs: set[str]) -> None:
        """Copy older documents whose nodes now resolve otherwise, back to their extracted IRIs."""
        if not graphs:
            return
        for graph in sorted(graphs):
            self.redo[graph] = self.store.graph_quads(graph)
            self.scratch.extend(self.redo[graph])
        self._records = read_records(self.scratch, self.base)
        undo_renames(self.scratch, self.base)
        relabel(self.scratch, self.layer, demote=False)

    def _raw_entities(self) -> list[tuple[str, str, str]]:
        """(graph, node, the node it resolved to) for every entity node of the older documents redone."""
        if not self.redo:
            return []
        was = {(g, old): new for g, old, new in self._records}
        types = ", ".join(f"kg:{t}" for t in ENTITY_TYPES)
        rows = self.scratch.query(f"""SELECT DISTINCT ?g ?e WHERE {{ VALUES ?g {{ {_values(self.redo)} }}
              GRAPH ?g {{ ?e a ?t }} FILTER(?t IN ({types})) }}""")
        return [(r["g"].value, r["e"].value, was.get((r["g"].value, r["e"].value), r["e"].value)) for r in rows]  # type: ignore[union-attr]

    def _closure(
        self, nodes: dict[str, Candidate], counts: dict[str, Counter[str]], touched: set[str]
    ) -> tuple[set[str], dict[str, str]]:
        """The nodes whose clusters the touched ones can change, and what those resolved to before.

        Joined by matching pairs, by a surname (a bare one joins the one full name in its block),
        or by a stored cluster: every cluster the nodes were in before is in whole.
        """
        keys = {i: blocking_keys(n) for i, n in nodes.items()}
        group, frontier = set(nodes), set(nodes)
        before: dict[str, str] = {}
        self._pairs: set[tuple[float, str, str]] = set()
        tried: dict[tuple[str, str], Match | None] = {}
        while frontier:
            wanted = {k for x in frontier for k in keys[x]}
            members = block_members(self.store, wanted)
            for key in members:
                members[key] -= touched  # a touched node's blocks are those of its new facts
            for x in touched & nodes.keys():
                for key in keys[x] & wanted:
                    members[key].add(x)
            missing = {y for ys in members.values() for y in ys} - nodes.keys()
            if missing:
                facts, _ = read_index(self.store, missing)
                for iri, node in candidates(facts, missing).items():
                    nodes[iri], counts[iri], keys[iri] = node, facts.counts[iri], blocking_keys(node)
            bare = {
                k
                for k, ys in members.items()
                if k.startswith("Person ") and any(is_bare(nodes[y]) for y in ys if y in nodes)
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
                            self._pairs.add((found.score, a, b))
                            grow = True
                        if grow and y not in group:
                            group.add(y)
                            grown.add(y)
            grown |= self._clustered(frontier, before, nodes, counts, keys) - group
            group |= grown
            frontier = grown
        return group, before

    def _clustered(
        self,
        frontier: set[str],
        before: dict[str, str],
        nodes: dict[str, Candidate],
        counts: dict[str, Counter[str]],
        keys: dict[str, set[str]],
    ) -> set[str]:
        """The members of the stored clusters of ``frontier`` (``before``: member -> canonical, filled)."""
        found: set[str] = set()
        for column in ("x", "c"):  # a node merged into another, or one that others were merged into
            for row in self._rows(
                "?x ?c",
                f"""VALUES ?{column} {{ {_values(frontier)} }}
                  GRAPH ?g {{ ?c owl:sameAs ?x }} FILTER(STRSTARTS(STR(?x), "{self.base}"))""",
            ):
                if row["c"] in nodes or row["x"] in nodes or column == "x":
                    before[row["x"]] = row["c"]
                    found |= {row["x"], row["c"]}
        missing = found - nodes.keys()
        if missing:
            facts, _ = read_index(self.store, missing)
            for iri, node in candidates(facts, missing).items():
                nodes[iri], counts[iri], keys[iri] = node, facts.counts[iri], blocking_keys(node)
        return found & nodes.keys()

    def _activities(self, canonicals: set[str]) -> set[Quad]:
        """The stored merge records of the clusters named by ``canonicals`` (all of the clusters redone)."""
        if not canonicals:
            return set()
        rows = self.store.query(
            f"""SELECT ?a ?p ?o WHERE {{ VALUES ?c {{ {_values(canonicals)} }}
              GRAPH <{self.layer}> {{ ?a prov:generated ?c ; ?p ?o }} }}""",
            every_graph=True,
        )
        return {Quad(r["a"], r["p"], r["o"], NamedNode(self.layer)) for r in rows}  # type: ignore[union-attr]

    # ------------------------------------------------------------------ events and statements

    def _events(self) -> None:
        events = read_events(self.scratch, self.layer)
        values = {v for e in events.values() for vs in e.roles.values() for v in vs}
        after = {
            (r["a"].value, r["b"].value)
            for r in self.scratch.query(  # type: ignore[union-attr]
                f"SELECT DISTINCT ?a ?b WHERE {{ GRAPH ?g {{ ?a {_PATH} ?b }} }}"
            )
        }
        parts = {NamedNode(KG + "partOf"), NamedNode(KG + "locatedIn")}
        before = {
            (str(q.subject)[1:-1], str(q.object)[1:-1]) for qs in self.redo.values() for q in qs if q.predicate in parts
        }
        sources = _values({a for a, _ in after | before})
        where = f"VALUES ?a {{ {sources} }} GRAPH ?g {{ ?a {_PATH} ?b }}"
        older = {(r["a"], r["b"]) for r in self._rows("?a ?b", where)} if sources else set()
        moved = {a for a, _ in (after | older) ^ (before | older)}  # parents changed: the union's edges differ
        if moved and self._older_events(moved | self.places.below(moved)):
            raise _Whole("a new partOf/locatedIn under the place of a stored event")
        parents = self.places.parents(values)
        near = values | {p for v in values for p in parents.get(v, ())}
        older_iris = self._older_events(near | self.places.below(near))
        older_iris |= self._older_statements({e.speaker for e in events.values() if e.speaker})
        if older_iris:  # the few rows of each first, then whole those that may report a new one's occurrence
            dated = read_events(self.store, self.layer, older_iris, self._older, dates_only=True)
            older_iris = may_agree(dated, events) | (older_iris & events.keys())
        stored = read_events(self.store, self.layer, older_iris, self._older) if older_iris else {}
        if stored:
            more = {v for e in stored.values() for vs in e.roles.values() for v in vs}
            parents = {**self.places.parents(more), **parents}
            if set(stored) & set(events) or candidate_pairs({**stored, **events}, parents, across=events.keys()):
                raise _Whole("an event or statement reported by a stored document too")
        graphs = {iri: frozenset({e.graph}) for iri, e in events.items()}
        found = event_merges(cluster(graphs, candidate_pairs(events, parents), agreement(events, parents)), events)
        apply_renames(self.scratch, [(events[m.member].graph, m.member, m.canonical) for m in found])
        self.new_layer |= set(merge_quads(found, self.base, self.layer))
        self.report.event_merges = len(found)

    def _older_statements(self, speakers: set[str]) -> set[str]:
        """Statements of older documents by one of ``speakers``."""
        if not speakers:
            return set()
        where = f"VALUES ?s {{ {_values(speakers)} }} GRAPH ?g {{ ?e kg:speaker ?s }}"
        return {r["e"] for r in self._rows("?e", where)}

    def _older_events(self, places: set[str]) -> set[str]:
        """Events of older documents with one of ``places`` in a role."""
        if not places:
            return set()
        roles = ", ".join(f"kg:{r}" for r in ROLES)
        return {
            r["e"]
            for r in self._rows(
                "?e", f"VALUES ?v {{ {_values(places)} }} GRAPH ?g {{ ?e ?p ?v }} FILTER(?p IN ({roles}))"
            )
        }

    # ------------------------------------------------------------------ labels, links

    def _before(self, types: Iterable[str]) -> set[str]:
        """Nodes of those types in the older documents redone, as they were stored."""
        wanted = {NamedNode(KG + t) for t in types}
        return {
            str(q.subject)[1:-1]
            for qs in self.redo.values()
            for q in qs
            if q.predicate.value == _TYPE and q.object in wanted
        }

    def _demote(self) -> None:
        """Labels of events and positions that documents give differently become alternatives."""
        types = ", ".join(f"kg:{t}" for t in LABELLED_TYPES)
        new: dict[str, set[str]] = defaultdict(set)
        for row in self.scratch.query(
            f"SELECT ?n ?l WHERE {{ GRAPH ?g {{ ?n a ?t ; rdfs:label ?l }} FILTER(?t IN ({types})) }}"
        ):  # type: ignore[union-attr]
            new[row["n"].value].add(row["l"].value)
        nodes = new.keys() | self._before(LABELLED_TYPES)
        old: dict[str, set[str]] = defaultdict(set)
        plain = set()
        for row in (
            self._rows(
                "?n ?p ?l",
                f"VALUES ?n {{ {_values(nodes)} }} GRAPH ?g {{ ?n ?p ?l }} FILTER(?p IN (rdfs:label, skos:altLabel))",
            )
            if nodes
            else []
        ):
            old[row["n"]].add(row["l"])
            if row["p"].endswith("#label"):
                plain.add(row["n"])
        for node in old:
            if (node not in plain) != (len(old[node] | new.get(node, set())) > 1):
                raise _Whole(f"the labels of {node}, stored before, now differ or agree")
        demoted = sorted(n for n in new if len(new[n] | old.get(n, set())) > 1)
        if demoted:
            label, alt = "<http://www.w3.org/2000/01/rdf-schema#label>", f"<{_ALT}>"
            self.scratch.update(f"""DELETE {{ GRAPH ?g {{ ?n {label} ?l }} }} INSERT {{ GRAPH ?g {{ ?n {alt} ?l }} }}
                WHERE {{ VALUES ?n {{ {_values(demoted)} }} GRAPH ?g {{ ?n {label} ?l }} }}""")

    def _labels(self) -> None:
        names: dict[str, dict[str, int]] = defaultdict(dict)
        counted = "SELECT ?e ?n (COUNT(DISTINCT ?g) AS ?c) WHERE {{ {} }} GROUP BY ?e ?n"
        for row in self.scratch.query(counted.format("GRAPH ?g { ?e skos:altLabel ?n }")):  # type: ignore[union-attr]
            names[row["e"].value][row["n"].value] = int(row["c"].value)
        redone = {str(q.subject)[1:-1] for qs in self.redo.values() for q in qs if q.predicate.value == _ALT}
        subjects = names.keys() | redone
        if subjects:
            where = self._older_only(f"VALUES ?e {{ {_values(subjects)} }} GRAPH ?g {{ ?e skos:altLabel ?n }}")
            for row in self.store.query(counted.format(where), every_graph=True):  # type: ignore[union-attr]
                entity, name = row["e"].value, row["n"].value
                names[entity][name] = names[entity].get(name, 0) + int(row["c"].value)
        self.new_layer |= set(labels(names, self.layer))
        self.report.labels = len(names)
        self.old_layer |= self._layer_quads(subjects, "rdfs:label")

    def _layer_quads(self, subjects: set[str], predicate: str) -> set[Quad]:
        if not subjects:
            return set()
        rows = self.store.query(
            f"""SELECT ?e ?p ?o WHERE {{ VALUES ?e {{ {_values(subjects)} }}
              GRAPH <{self.layer}> {{ ?e ?p ?o FILTER(?p = {predicate}) }} }}""",
            every_graph=True,
        )
        return {Quad(r["e"], r["p"], r["o"], NamedNode(self.layer)) for r in rows}  # type: ignore[union-attr]

    def _links(self) -> None:
        linked = ", ".join(f"kg:{t}" for t in LINKED_TYPES)
        rows = self.scratch.query(f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e a ?t }} FILTER(?t IN ({linked})) }}")
        subjects = {r["e"].value for r in rows} | self._before(LINKED_TYPES)  # type: ignore[union-attr]
        if not subjects:
            return
        kinds: dict[str, set[str]] = defaultdict(set)
        names: dict[str, set[str]] = defaultdict(set)
        links: dict[str, set[str]] = defaultdict(set)
        parents: dict[str, set[str]] = defaultdict(set)
        where = f"""VALUES ?e {{ {_values(subjects)} }} GRAPH ?g {{ ?e ?p ?o }}
              FILTER(?p IN (rdf:type, skos:altLabel, owl:sameAs, kg:partOf, kg:locatedIn))"""
        rows = self.scratch.query(f"SELECT DISTINCT ?e ?p ?o WHERE {{ {where} }}")
        scratch = [{k: r[k].value for k in ("e", "p", "o")} for r in rows]  # type: ignore[union-attr]
        for row in [*self._rows("?e ?p ?o", where), *scratch]:
            e, p, o = row["e"], row["p"].rsplit("#", 1)[-1], row["o"]
            if p == "type" and o.startswith(KG) and o.removeprefix(KG) in LINKED_TYPES:
                kinds[e].add(o.removeprefix(KG))
            elif p == "altLabel":
                names[e].add(o)
            elif p == "sameAs" and not o.startswith(self.base):
                links[e].add(o)
            elif p in ("partOf", "locatedIn") and o.startswith(f"{self.base}state/"):
                parents[e].add(o.rsplit("/", 1)[-1])
        if any(len(k) > 1 for k in kinds.values()):
            raise _Whole("a node typed as two of state, settlement and region")
        kind = {e: next(iter(k)) for e, k in kinds.items()}
        self.new_layer |= set(links_for(kind, names, links, parents, self.base, self.layer))
        self.old_layer |= self._layer_quads(subjects, "owl:sameAs")

    def _reference(self) -> list[Quad]:
        """Reference relations of the documents resolved here (kept: those an older document gave)."""
        quads = {q for found in reference_quads(self.scratch, self.base).values() for q in found}
        if self.redo:
            before = KGStore()
            before.extend(q for found in self.redo.values() for q in found)
            if {q for found in reference_quads(before, self.base).values() for q in found} - quads:
                raise _Whole("a reference relation of an older document redone may be gone")
        return sorted(quads, key=str)
