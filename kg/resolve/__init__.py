"""Resolution: document graphs in the store -> one node per real-world thing, and the entity layer.

The stage runs after the documents of a build are written (:func:`resolve_store`). Its parts, in
the order the data flows:

- :mod:`~kg.resolve.metonymy`: capitals in agentive roles stand for their states;
- :mod:`~kg.resolve.blocking`: which entity nodes are worth comparing;
- :mod:`~kg.resolve.rules`: whether two entity nodes name one thing (add a merge rule here);
- :mod:`~kg.resolve.clustering`: scored pairs -> clusters, order-free, never within a document;
- :mod:`~kg.resolve.checkpoints`: a crossing documents give more than two states -> one node per crossing;
- :mod:`~kg.resolve.events`: events and statements several documents report;
- :mod:`~kg.resolve.rewriting`: reversible renames inside document graphs;
- :mod:`~kg.resolve.linking`: ``owl:sameAs`` to GeoNames and ISO 3166;
- :mod:`~kg.resolve.layer`: canonical nodes, labels and merge records of the entity layer;
- :mod:`~kg.resolve.index`: what the resolver knows of every entity, kept in the store;
- :mod:`~kg.resolve.stage`: the order of these steps over the whole store, then the
  reference-data layer (:mod:`kg.reference`), all in one transaction;
- :mod:`~kg.resolve.incremental`: the same for new documents only, reading what they touch
  (:mod:`~kg.resolve.delta` its state; :mod:`~kg.resolve.added_entities`,
  :mod:`~kg.resolve.added_events`, :mod:`~kg.resolve.added_layer` its steps);
- :mod:`~kg.resolve.explanation`: why a node is what it is (``kg explain``).
"""

from __future__ import annotations

from kg.resolve.stage import ResolveReport, feed_whole_resolve, preferred_label, refresh_entity_layer, resolve_store

__all__ = ["ResolveReport", "feed_whole_resolve", "preferred_label", "refresh_entity_layer", "resolve_store"]
