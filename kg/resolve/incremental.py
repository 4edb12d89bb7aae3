"""New document graphs + a resolved store -> the store resolved with them, reading only what they touch.

A full resolve (:mod:`kg.resolve.stage`) undoes every rename and decides again over the whole
store: its cost grows with the store. Yet new documents change only the clusters their nodes join,
and everything else stays as it was. So, when the journal names only documents the store has
never resolved, this module resolves them alone, on an in-memory copy of their graphs
(:class:`~kg.resolve.delta.Delta`):

1. metonymy, then the entity nodes they can merge with and the clusters those were in
   (:mod:`~kg.resolve.added_entities`); older documents whose nodes now resolve otherwise are
   taken back and redone;
2. positions, then the events and statements they report with the stored ones those meet, a
   story reported again included (:mod:`~kg.resolve.added_events`);
3. labels, merge records, links and reference relations of the nodes they name
   (:mod:`~kg.resolve.added_layer`), the index entries of the nodes they touch and the event
   keys of the documents written (:mod:`~kg.resolve.event_index`);

and writes the difference, with the emptying of the journal, in one transaction. The result is
the one a full resolve would give, byte for byte. In the few cases where that would take more
than what the new documents touch (two stored clusters of one label status turned, a new
``partOf`` under a stored event's place, an event of a redone document that a stored cluster
named, a checkpoint to split or split before: :mod:`~kg.resolve.checkpoints`), it gives up and
the caller resolves the whole store.
"""

from __future__ import annotations

import logging

from pyoxigraph import Quad

from kg.resolve.added_entities import resolve_entities
from kg.resolve.added_events import resolve_events
from kg.resolve.added_layer import demote_labels, entity_labels, entity_links, reference_relations
from kg.resolve.checkpoints import check_added
from kg.resolve.delta import Delta, Whole
from kg.resolve.event_index import graph_keys, key_quads, stored_keys
from kg.resolve.index import covered, has_index
from kg.resolve.layer import ResolveReport, position_renames, relabel
from kg.resolve.metonymy import point_roles_to_states
from kg.resolve.rewriting import apply_renames
from kg.store import KGStore

__all__ = ["resolve_added"]

log = logging.getLogger(__name__)


def resolve_added(store: KGStore, base: str, reference: bool) -> ResolveReport | None:
    """Resolve the documents of the journal into ``store`` (one transaction), or None when only a
    full resolve can (a document replaced or removed, no index yet, or see the module doc)."""
    pending = store.pending()
    if not pending or not has_index(store):
        return None
    if not all(store.has_graph(g) for g in pending) or covered(store, pending):
        return None  # a document removed or replaced: what it said is gone from the graphs
    try:
        return _run(Delta(store, base, pending), reference)
    except Whole as why:
        log.info("resolving the whole store: %s", why)
        return None


def _run(delta: Delta, reference: bool) -> ResolveReport:
    relabel(delta.scratch, delta.layer, demote=False)
    delta.report.metonyms = point_roles_to_states(delta.scratch, delta.base)
    resolve_entities(delta)
    check_added(delta)
    delta.report.positions = apply_renames(delta.scratch, position_renames(delta.scratch, delta.base))
    resolve_events(delta)
    demote_labels(delta)
    entity_labels(delta)
    entity_links(delta)
    added = reference_relations(delta) if reference else []
    written = delta.pending | delta.redo.keys()
    delta.old_index |= set(stored_keys(delta.store, written))
    delta.new_index |= set(key_quads(graph_keys(delta.scratch, written)))
    removed: list[Quad] = []
    for graph in sorted(written):
        raw, final = set(delta.raw.get(graph) or delta.redo[graph]), set(delta.scratch.graph_quads(graph))
        removed += raw - final
        added += final - raw
    for old, new in ((delta.old_layer, delta.new_layer), (delta.old_index, delta.new_index)):
        removed += old - new
        added += new - old
    delta.store.commit(removed, added)
    log.debug("resolve (incremental): %s", delta.report)
    return delta.report
