"""The state of one incremental resolve: new documents in memory, the store around them, what changes.

:mod:`kg.resolve.incremental` resolves new documents on an in-memory copy of their graphs (the
scratch store) and writes only the difference. Its steps (:mod:`~kg.resolve.added_entities`,
:mod:`~kg.resolve.added_events`, :mod:`~kg.resolve.added_layer`) share this state: the scratch
store, the older documents taken back into it because what they resolved to changes (*redone*),
the quads of the entity layer and of the index before and after, and questions over the older
documents only (the stored ones neither new nor redone).
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad

from kg.rdf.iri import entity_layer_iri
from kg.resolve.layer import ResolveReport, relabel
from kg.resolve.places import Containment
from kg.resolve.rewriting import Rename, read_records, undo_records, undo_renames
from kg.store import INDEX, JOURNAL, KGStore

__all__ = ["KG", "Delta", "Whole", "values"]

KG = "https://w3id.org/newskg/ontology#"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class Whole(Exception):
    """The new documents change what an older one resolved to in a way only a full resolve redoes exactly."""


def values(iris: Iterable[str]) -> str:
    """IRIs as the body of a SPARQL VALUES list, sorted."""
    return " ".join(f"<{i}>" for i in sorted(iris))


class Delta:
    """One incremental resolve: the store, its new documents, and what is to change."""

    def __init__(self, store: KGStore, base: str, pending: list[str]) -> None:
        self.store, self.base, self.pending = store, base, set(pending)
        self.layer = entity_layer_iri(base)
        self.scratch = KGStore()
        self.scratch.copy_graphs(store, sorted(self.pending))
        self.raw = {graph: self.scratch.graph_quads(graph) for graph in pending}  # as stored: read in memory
        self.redo: dict[str, list[Quad]] = {}  # older documents resolved again: their graphs as stored
        self.not_documents = {g for g in store.graphs() if not self.older(g)} | {INDEX, JOURNAL}
        self.places = Containment(self.rows, self.scratch)
        self.report = ResolveReport(incremental=True)
        self.records: list[Rename] = []  # renames the redone documents had (graph, extracted, resolved)
        self.old_layer: set[Quad] = set()
        self.new_layer: set[Quad] = set()
        self.old_index: set[Quad] = set()
        self.new_index: set[Quad] = set()

    def older(self, graph: str) -> bool:
        """A document graph resolved before (not new, not redone, not a layer, not bookkeeping)."""
        return not (
            graph in self.pending or graph in self.redo or graph.startswith((self.base + "graph/", "urn:newskg:"))
        )

    def older_only(self, where: str) -> str:
        """``where`` (which binds ``?g``) kept to the older document graphs (:meth:`older`), for Oxigraph.

        A MINUS of the graphs to leave out: far cheaper than a FILTER on ``?g``, row by row.
        """
        skip = self.pending | self.redo.keys() | self.not_documents
        return f"{{ {where} }} MINUS {{ VALUES ?g {{ {values(skip)} }} }}"

    def rows(self, variables: str, where: str) -> list[dict[str, str]]:
        """The distinct ``variables`` of ``where`` (which binds ``?g``) in the older document graphs, as plain strings.

        A stored node many documents name (a state) is read once per document: the choice of
        graphs and the distinct rows are left to Oxigraph, so Python sees only what differs.
        """
        query = f"SELECT DISTINCT {variables} WHERE {{ {self.older_only(where)} }}"
        solutions = self.store.query(query, every_graph=True)
        names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
        # a row's terms in the order of its variables: twice as fast as looking each up by name
        return [{n: t.value for n, t in zip(names, row, strict=True) if t is not None} for row in solutions]  # type: ignore[union-attr]

    def take_back(self, graphs: Iterable[str], *, entities: bool) -> None:
        """Copy older documents into the scratch store, to be resolved again.

        ``entities``: back to the IRIs their extraction minted (their entities resolve otherwise,
        and so may everything else in them); otherwise as stored, only their events and
        statements to be renamed (:func:`undo_event_renames`).
        """
        todo = sorted(set(graphs) - self.redo.keys() - self.pending)
        if not todo:
            return
        for graph in todo:
            self.redo[graph] = self.store.graph_quads(graph)
            self.scratch.extend(self.redo[graph])
        if entities:
            self.records = read_records(self.scratch, self.base)
            undo_renames(self.scratch, self.base)
        relabel(self.scratch, self.layer, demote=False)

    def undo_event_renames(self, rows: Iterable[Rename]) -> None:
        """(graph, extracted, resolved): events and statements of redone documents back to their own IRIs."""
        undo_records(self.scratch, [row for row in rows if row[1] != row[2]])

    def before(self, types: Iterable[str]) -> set[str]:
        """Nodes of those types in the older documents redone, as they were stored."""
        wanted = {NamedNode(KG + t) for t in types}
        return {
            str(q.subject)[1:-1]
            for qs in self.redo.values()
            for q in qs
            if q.predicate.value == _TYPE and q.object in wanted
        }

    def layer_quads(self, subjects: set[str], predicate: str) -> set[Quad]:
        """The stored entity-layer quads of ``subjects`` with ``predicate`` (prefixed name)."""
        if not subjects:
            return set()
        rows = self.store.query(
            f"""SELECT ?e ?p ?o WHERE {{ VALUES ?e {{ {values(subjects)} }}
              GRAPH <{self.layer}> {{ ?e ?p ?o FILTER(?p = {predicate}) }} }}""",
            every_graph=True,
        )
        return {Quad(r["e"], r["p"], r["o"], NamedNode(self.layer)) for r in rows}  # type: ignore[union-attr]

    def activities(self, canonicals: set[str]) -> set[Quad]:
        """The stored merge records of the clusters named by ``canonicals`` (all of the clusters redone)."""
        if not canonicals:
            return set()
        rows = self.store.query(
            f"""SELECT ?a ?p ?o WHERE {{ VALUES ?c {{ {values(canonicals)} }}
              GRAPH <{self.layer}> {{ ?a prov:generated ?c ; ?p ?o }} }}""",
            every_graph=True,
        )
        return {Quad(r["a"], r["p"], r["o"], NamedNode(self.layer)) for r in rows}  # type: ignore[union-attr]
