"""Document graphs in the store -> one node per real-world thing, and the entity layer.

Runs after documents are written. When the journal names only documents the store has never
resolved, and the store keeps its index, only what they touch is resolved
(:mod:`~kg.resolve.incremental`: same result, at a cost that follows the new documents, not the
store). Otherwise the whole store is resolved at once, on an on-disk copy of it (a handful of
SPARQL queries and updates per build, not per document; no copy of the store in memory):

1. undo the renames of the previous run (:mod:`~kg.resolve.rewriting`): every document graph is
   back to the IRIs its extraction minted, so the outcome never depends on what was built before;
2. point agentive roles filled by capitals to their states (:mod:`~kg.resolve.metonymy`);
3. cluster entities across documents (:mod:`~kg.resolve.blocking`, :mod:`~kg.resolve.rules`,
   :mod:`~kg.resolve.clustering`) and rename every member to the cluster's canonical IRI, in
   every document graph, a checkpoint documents give incompatible states split into one node per
   crossing (:mod:`~kg.resolve.checkpoints`); keep what was read of every entity in the index
   (:mod:`~kg.resolve.index`);
4. re-mint positions from their (now canonical) holder, title and post, so one office is one node;
5. cluster events and statements reported by several documents (:mod:`~kg.resolve.events`);
6. write the entity layer (:mod:`~kg.resolve.layer`): one ``rdfs:label`` per node, the record of
   every merge (a ``prov:Activity``), and the ``owl:sameAs`` links the extractors did not give;
7. derive the reference-data layer (:mod:`kg.reference`) from the resolved graph, when wanted.

The difference is then written back to the store (:func:`resolve_store`).

The canonical IRI of a cluster is a function of its members only (linked to an external id
first, then the member carrying the cluster's preferred name, then the smaller IRI), so building
A then B gives the same IRIs and the same graph as building A and B together.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from kg.rdf.iri import DEFAULT_BASE, entity_layer_iri
from kg.reference import add_reference, drop_reference, has_reference
from kg.resolve.checkpoints import split_targets
from kg.resolve.clustering import cluster, cluster_entities
from kg.resolve.event_index import graph_keys, key_lines
from kg.resolve.events import agreement, candidate_pairs, read_events, read_parents
from kg.resolve.incremental import resolve_added
from kg.resolve.index import candidates, index_lines, read_facts
from kg.resolve.layer import (
    ResolveReport,
    entity_merges,
    event_merges,
    label_quads,
    merge_quads,
    position_renames,
    preferred_label,
    relabel,
)
from kg.resolve.linking import link_quads
from kg.resolve.metonymy import point_roles_to_states
from kg.resolve.rewriting import apply_renames, undo_renames
from kg.store import KGStore

__all__ = ["ResolveReport", "feed_whole_resolve", "preferred_label", "refresh_entity_layer", "resolve_store"]

log = logging.getLogger(__name__)

#: The folder, inside the store's, of the on-disk copy a whole-store resolve works on.
_SCRATCH = "resolve-copy"


def resolve_store(store: KGStore, base: str = DEFAULT_BASE, *, reference: bool | None = None) -> ResolveReport:
    """Merge, link and label everything in ``store``; idempotent, independent of build order.

    The reference-data layer (:mod:`kg.reference`) is derived from the resolved graph, so it is
    dropped before and derived again after, in the same transaction: ``reference`` True adds it,
    False leaves it out, None keeps it as the store has it.

    An on-disk store is changed in as few transactions as its memory allows. When the journal
    names only documents the store has never resolved, and its index is there, only what they
    touch is resolved (:func:`~kg.resolve.incremental.resolve_added`, one transaction); otherwise
    the steps run on an on-disk copy of the store's dataset (:meth:`KGStore.dataset_copy`, a
    folder inside the store's), and only the difference, with a new index and the emptying of the
    journal, is written back (:meth:`KGStore.commit_from`): one transaction for a small build,
    parts of bounded size for a large one, so memory stays flat as the store grows. A build killed
    at any moment leaves either the old resolution, the new one, or (between two parts) document
    graphs each resolved whole with its records, a journal naming the documents and no index: the
    next build resolves the whole store again and gives what an uninterrupted build gives.
    """
    keep = has_reference(store, base) if reference is None else reference
    if store.path is None:  # nothing to protect in memory: resolve in place
        report, _ = _resolve_layers(store, base, keep, index=False)
        store.commit((), ())
        return report
    if keep == has_reference(store, base) and (added := resolve_added(store, base, keep)) is not None:
        return added
    folder = store.path / _SCRATCH  # a killed build's is removed, a fed one used (dataset_copy)
    try:
        return _resolve_copy(store, folder, base, keep)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def feed_whole_resolve(store: KGStore) -> None:
    """Before a build into an empty on-disk store: have the whole-store resolve that will follow
    find its copy written as the documents are stored (:meth:`KGStore.feed_copy`), not read back."""
    if store.path is not None and not store.graph_count(at_most=1) and not store.pending():
        store.feed_copy(store.path / _SCRATCH)


def _resolve_copy(store: KGStore, folder: Path, base: str, reference: bool) -> ResolveReport:
    """Resolve an on-disk copy of the store's dataset, then write the difference back (the copy closes on return)."""
    scratch = store.dataset_copy(folder)
    report, index = _resolve_layers(scratch, base, reference, index=True)
    store.commit_from(scratch, index, layers=f"{base}graph/")
    return report


def _resolve_layers(store: KGStore, base: str, reference: bool, *, index: bool) -> tuple[ResolveReport, set[bytes]]:
    drop_reference(store, base)  # resolution reads relations: never the last run's reference ones
    found = _resolve(store, base, index)
    if reference:
        add_reference(store, base)
    return found


def _resolve(store: KGStore, base: str, index: bool) -> tuple[ResolveReport, set[bytes]]:
    """Resolve the whole store in place; and, if wanted, the index of what it read (:mod:`kg.resolve.index`,
    as N-Triples lines: :func:`~kg.resolve.index.index_lines`)."""
    report = ResolveReport()
    layer = entity_layer_iri(base)
    store.update(f"DROP SILENT GRAPH <{layer}>")
    report.undone = undo_renames(store, base)
    relabel(store, layer, demote=False)
    report.metonyms = point_roles_to_states(store, base)

    facts = read_facts(store, base)
    entries = index_lines(facts, sorted(facts.kinds), store.graphs()) if index else set()
    nodes = candidates(facts)
    merges = entity_merges(cluster_entities(nodes), nodes, facts.counts)
    targets = {(g, m.member): m.canonical for m in merges for g in nodes[m.member].graphs}
    targets |= split_targets(store, base, {m.member: m.canonical for m in merges})
    apply_renames(store, [(g, node, to) for (g, node), to in targets.items()])
    report.entity_merges = len(merges)
    report.positions = apply_renames(store, position_renames(store, base))

    events = read_events(store, layer)
    parents = read_parents(store)
    graphs = {iri: frozenset({e.graph}) for iri, e in events.items()}
    found = event_merges(cluster(graphs, candidate_pairs(events, parents), agreement(events, parents)), events)
    apply_renames(store, [(events[m.member].graph, m.member, m.canonical) for m in found])
    report.event_merges = len(found)
    relabel(store, layer, demote=True)

    quads = label_quads(store, layer)
    report.labels = len(quads)
    quads += merge_quads(sorted([*merges, *found], key=lambda m: (m.canonical, m.member)), base, layer)
    quads += link_quads(store, base, layer)
    store.extend(quads)
    if index:  # the events' keys as resolved: their places are their clusters' IRIs
        entries |= key_lines({g: k for g, k in graph_keys(store).items() if not g.startswith(base + "graph/")})
    log.debug("resolve: %s", report)
    return report, entries


def refresh_entity_layer(store: KGStore, base: str = DEFAULT_BASE) -> int:
    """Kept for callers of the first version: resolve the store; return the number of labels."""
    return resolve_store(store, base).labels
