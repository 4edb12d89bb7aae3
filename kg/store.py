"""The embedded store (Oxigraph): the only place where graphs are read or written.

An on-disk store keeps corpora larger than memory and answers SPARQL fast; an in-memory one
serves a build that only writes a file. Files are written atomically (temp file + rename) and
deterministically (quads sorted), so the same store gives the same bytes.

Each document's statements live in its own named graph, so a fact several documents state is
stored several times. Queried over the union of named graphs, a pattern would match once per
graph holding it (Oxigraph's union default graph keeps duplicates), and a sum or a count would
depend on how many documents repeat a fact. So the default graph of the store holds the
*knowledge graph*: the set of distinct triples of all named graphs (the RDF merge), written as
one transaction at the end of every change (:meth:`KGStore.flush`) and dropped before the first
write, so it is never stale: a store is either being written (no view) or consistent. Questions
run over that view; ``GRAPH ?g`` still reaches each document's graph. A store holding the graphs
but no view (a build is writing, was interrupted, or predates the view) is read through a copy in
memory that has it.

Every change to the store is one Oxigraph transaction (one SPARQL Update or one load: all of it
is written or none). A build writes its document graphs a batch at a time, each batch in one
transaction with the journal's entries naming its documents; the cross-document step then applies all of its changes and
empties the journal in one more. A build killed in between leaves complete document graphs and a
journal naming them: :meth:`KGStore.pending` reports it, and the next build completes it. The
journal is bookkeeping, not knowledge: it is in no view, export or question's default graph; so is
the resolver's index (:data:`INDEX`: what it knows of every entity, so that a build resolves only
what its documents touch). Both are graphs named ``urn:newskg:...``.

On disk, the writes that say exactly what they change (:meth:`KGStore.replace_graph`,
:meth:`KGStore.remove_graph`, :meth:`KGStore.commit`) update the view in their own transaction, at
a cost proportional to the change, so adding documents to a large store never rewrites its view;
any other write drops the view and :meth:`KGStore.flush` rebuilds it whole (an in-memory store,
written once and then read, always takes that way).
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    parse,
    serialize,
)

from kg.atomic import atomic_write
from kg.checkpoints import FolderLock, lock_for_writing, publish
from kg.errors import InputError, OutputError
from kg.rdf.formats import PREFIXED, PREFIXES, declared, declared_triple, format_for, quad_order
from kg.rdf.graph_scope import keep_graphs_off

if TYPE_CHECKING:
    import rdflib

log = logging.getLogger(__name__)

__all__ = ["INDEX", "JOURNAL", "KGStore", "is_store"]

#: The graph naming documents written since the cross-document step last completed (bookkeeping,
#: not knowledge: left out of :meth:`KGStore.quads`, of the view and so of every export).
JOURNAL = "urn:newskg:journal"
_PENDING = NamedNode(JOURNAL + "#pending")
#: The resolver's index of entities (bookkeeping, like the journal: see :mod:`kg.resolve.index`).
INDEX = "urn:newskg:index"
_BOOKKEEPING = "urn:newskg:"
#: A question that names graphs: it must see the documents' and layers' graphs, never bookkeeping.
_GRAPH_CLAUSE = re.compile(r"\bGRAPH\b", re.IGNORECASE)
_NOT_BOOKKEEPING = f'!STRSTARTS(STR(?h), "{_BOOKKEEPING}")'
#: Quads a part of a copy (:meth:`KGStore.dataset_copy`) or of a difference (:meth:`KGStore.commit_from`) holds.
_PART = 20_000
#: Bytes written between two flushes of an on-disk store's memory tables (:meth:`KGStore._settle`).
_FLUSH_BYTES = 8 << 20
#: What a quad is counted as, written without its text.
_QUAD_BYTES = 120


class KGStore:
    """A dataset of one named graph per document, the derived entity layer, and their union."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        """Open (or create) an on-disk store at ``path``, or an in-memory one when None.

        ``read_only`` opens an existing store without writing anything to its folder (a build
        may be writing it at the same time); a folder that holds no store is an InputError. A
        read-only open of a store a build is writing reads it through a copy in memory.
        """
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._writing = False  # True between the first change and flush(): no view meanwhile
        self._unflushed = 0  # bytes written since the memory tables were last flushed (see _settle)
        #: of a :meth:`dataset_copy`: each graph's digest (:func:`_digest`) as it was copied
        self._copied: dict[str, bytes] = {}
        #: a copy (:meth:`dataset_copy`, :meth:`feed_copy`): it keeps no journal (see :meth:`_journal_entry`)
        self._scratch = False
        #: the copy :meth:`feed_copy` writes alongside this store, the graphs it holds, what waits for it
        self._feed: KGStore | None = None
        self._fed: set[str] = set()
        self._feeding: list[str] = []
        #: the lock on the folder this store reads or writes, held as long as the store is open
        self._lock: FolderLock | None = None
        try:
            if self.path is None:
                self._store = Store()
            elif read_only:
                if not is_store(self.path):
                    raise InputError(str(self.path), "not a newskg store; run `kg build --store` to create one")
                self._store = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._lock = lock_for_writing(self.path)
                self._store = Store(str(self.path))
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot open the store ({exc})") from exc
        if self.path is not None and self._view_missing():
            self._restore_view()

    def hold(self, lock: FolderLock) -> None:
        """Keep ``lock`` (a reader's, on the folder or checkpoint this store reads) while the store is open."""
        self._lock = lock

    # ------------------------------------------------------------------ the knowledge-graph view

    def _view_missing(self) -> bool:
        """Document graphs without their union: a build is writing, was killed, or predates the view."""
        has_view = next(iter(self._store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None
        return not has_view and self._has_named_graphs()

    def _restore_view(self) -> None:
        if not self.read_only:
            self._refresh_view()
            return
        log.warning(
            "%s: the store has no up-to-date union (a build is writing it or was interrupted); "
            "reading a copy in memory",
            self.path,
        )
        copy = Store()
        copy.bulk_extend(self._store.quads_for_pattern(None, None, None, None))
        self._store = copy
        self._refresh_view()

    def _refresh_view(self) -> None:
        """Write the union of the named graphs into the default graph, as one transaction."""
        self._store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?h {{ ?s ?p ?o }} FILTER({_NOT_BOOKKEEPING}) }}")
        self._writing = False

    def _begin_write(self) -> str:
        """The Update that drops the view, for the first change to run in its own transaction.

        No reader ever sees a stale view, and dropping it costs no transaction of its own: a
        build killed at its first write leaves the store as it was. A store read from a file
        without named graphs (Turtle) keeps its triples: they are the data, not a view of it.
        """
        self._check_writable()
        if self._writing:
            return ""
        self._writing = True
        return "CLEAR SILENT DEFAULT ;\n" if self._has_named_graphs() else ""

    def _check_writable(self) -> None:
        if self.read_only:
            raise OutputError(f"{self.path}: the store is open read-only")

    def _unview(self, graph: str) -> str:
        """The Update to run before ``graph`` is dropped: keeps the view right, or drops it.

        Kept right (see the module doc): what only ``graph`` holds leaves the view.
        """
        if self.path is None or self._writing:
            return self._begin_write()
        self._check_writable()
        if not self._store.contains_named_graph(NamedNode(graph)):
            return ""
        return (
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ "
            f"GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph}> && {_NOT_BOOKKEEPING}) }} }} ;\n"
        )

    def _drop_view(self) -> None:
        """Drop the view now, before a change that is no SPARQL Update (a load or an extend)."""
        drop = self._begin_write()
        if drop:
            self._store.update(drop)

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` and journal it, in one transaction.

        Re-processing a document replaces only its graph; the journal entry says that the
        cross-document step has yet to see it.
        """
        self.stop_feed()
        name = NamedNode(graph)
        quads = list(quads)
        before = self._unview(graph)
        after = "" if self._writing else _view_change((), quads)
        data = _data([*quads, *self._journal_entry(name)])
        update = f"{before}DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ {data} }}" + (f" ;\n{after}" if after else "")
        self._store.update(update)
        self._settle(len(update))

    def replace_graph_data(self, graph: str, triples: str) -> None:
        """:meth:`replace_graph` with the graph's triples already written by :func:`kg.rdf.formats.graph_data`.

        The main process of a build hands the text to Oxigraph as it is: no RDF term is rebuilt.
        """
        self.stop_feed()
        before = self._unview(graph)
        after = "" if self._writing or not triples else f"INSERT DATA {{ {triples} }}"
        data = (f"GRAPH <{graph}> {{ {triples} }} " if triples else "") + _data(self._journal_entry(NamedNode(graph)))
        update = f"{before}DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ {data} }}" + (f" ;\n{after}" if after else "")
        self._store.update(update)
        self._settle(len(update))

    def replace_graphs_data(self, graphs: Sequence[tuple[str, str]]) -> None:
        """:meth:`replace_graph_data` for several graphs (name, triples) in one transaction: a build
        writes each batch of documents so, at a fraction of the cost of one Update per document.

        Graphs new to the store go in as one TriG load, which Oxigraph reads about twice as fast
        as the same triples in an Update. A batch that replaces a graph already there (that has
        to be dropped first), names one twice, or holds blank nodes (scoped otherwise by a load)
        is written graph by graph as before.
        """
        names = [graph for graph, _ in graphs]
        if not names:
            return
        if (
            self.read_only
            or len(set(names)) < len(names)
            or any("_:" in triples or self._store.contains_named_graph(NamedNode(g)) for g, triples in graphs)
        ):
            for graph, triples in graphs:
                self.replace_graph_data(graph, triples)
            return
        self._feed_graphs(graphs)
        keep_view = self.path is not None and not self._writing  # as _unview: on disk, kept right
        if not keep_view:
            self._drop_view()
        parts = [f"<{graph}> {{ {triples} }}" for graph, triples in graphs if triples]
        parts += [f"{{ {triples} }}" for _, triples in graphs if triples and keep_view]
        parts.append(_data([entry for graph in names for entry in self._journal_entry(NamedNode(graph))]))
        text = "\n".join(parts)
        self._store.load(text, format=RdfFormat.TRIG)
        self._settle(len(text))

    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; True when it existed."""
        self.stop_feed()
        name = NamedNode(graph)
        if not self._store.contains_named_graph(name):
            return False
        before = self._unview(graph)
        data = _data(self._journal_entry(name))
        self._store.update(f"{before}DROP GRAPH <{graph}>" + (f" ; INSERT DATA {{ {data} }}" if data else ""))
        return True

    def _journal_entry(self, graph: NamedNode) -> list[Quad]:
        """The journal's note that ``graph`` changed; on-disk stores only.

        A crash outlives the process only on disk: an in-memory store dies with it, and keeping
        the journal out of it keeps its questions on Oxigraph's fast union of graphs. So does a
        copy (:meth:`dataset_copy`): a killed build removes it, and :meth:`commit_from` empties
        the store's own journal. A journal there (the reference graphs a whole resolve drops from
        it) would make every question of the resolve name each document graph as a default graph
        (:meth:`query`), whose joins cost a lookup per graph: minutes on a store of 1,000 documents.
        """
        if self.path is None or self._scratch:
            return []
        return [Quad(graph, _PENDING, graph, NamedNode(JOURNAL))]

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update, one transaction (on the named graphs: the view is rebuilt by flush)."""
        self.stop_feed()
        self._store.update(self._begin_write() + sparql)
        self._settle(len(sparql))

    def extend(self, quads: Iterable[Quad]) -> None:
        """Add quads (one transaction)."""
        self.stop_feed()
        self._drop_view()
        quads = list(quads)
        self._store.extend(quads)
        self._settle(_QUAD_BYTES * len(quads))

    def copy_graphs(self, source: KGStore, graphs: Iterable[str]) -> None:
        """Add the named ``graphs`` of ``source`` as they are stored there, read and written as
        N-Quads text: no Python quad each. A graph holding blank nodes is copied quad by quad (a
        load would give them new labels)."""
        lines: list[bytes] = []
        for graph in graphs:
            name = NamedNode(graph)
            found = source._lines(name)
            if any(b"_:" in line for line in found):
                self.extend(source.graph_quads(graph))
                continue
            tail = f" {name} .".encode()
            lines += [line[:-2] + tail for line in found]  # N-Triples -> N-Quads
        if lines:
            self.stop_feed()
            self._drop_view()
            self._store.load(b"\n".join(lines), format=RdfFormat.N_QUADS)
            self._settle(_QUAD_BYTES * len(lines))

    def _settle(self, size: int) -> None:
        """Count ``size`` bytes written; past :data:`_FLUSH_BYTES`, flush an on-disk store's memory tables.

        RocksDB keeps what it is written in a memory table per index until that one fills (64 MB
        each, a dozen indexes): left alone, a build's process grows by about a kilobyte a quad
        written up to more than a gigabyte. Flushed every few megabytes, it stays flat, and
        writes cost no more (fewer, smaller tables to search).
        """
        if self.path is None or self.read_only:
            return
        self._unflushed += size
        if self._unflushed >= _FLUSH_BYTES:
            self._store.flush()
            self._unflushed = 0

    def commit(
        self,
        removed: Iterable[Quad],
        added: Iterable[Quad],
        dropped: Iterable[str] = (),
        index: list[Quad] | None = None,
        *,
        final: bool = True,
    ) -> None:
        """Remove and add quads, drop named graphs (``<iri>``), empty the journal: one transaction.

        ``index``, when given, replaces the whole of the resolver's index in the same transaction.
        ``final`` False leaves the journal as it is (a part of :meth:`commit_from`).
        """
        self.stop_feed()
        removed, added = list(removed), list(added)
        parts = [f"DELETE DATA {{ {data} }}" for data in [_data(removed)] if data]
        parts += [f"INSERT DATA {{ {data} }}" for data in [_data(added)] if data]
        parts += [f"DROP SILENT GRAPH {graph}" for graph in dropped]
        if index is not None:
            parts.append(f"DROP SILENT GRAPH <{INDEX}>")
            parts += [f"INSERT DATA {{ {data} }}" for data in [_data(index)] if data]
        if final:
            parts.append(f"DROP SILENT GRAPH <{JOURNAL}>")
        if self.path is None or self._writing:  # the view is dropped first, and rebuilt by flush
            update = self._begin_write() + " ;\n".join(parts)
        else:
            self._check_writable()
            view = _view_change(removed, added)
            update = " ;\n".join([*parts, *([view] if view else [])])
        self._store.update(update)
        self._settle(len(update))

    def dataset_copy(self, path: Path) -> KGStore:
        """An on-disk copy of the dataset at ``path`` (a new folder): the named graphs but bookkeeping, no view.

        The copy :meth:`feed_copy` wrote at ``path``, when it holds every graph of the store, is
        returned as it is; otherwise the store is read.

        The whole-store resolve changes the copy as it likes, then :meth:`commit_from` brings the
        difference back: no copy of the store is held in memory, so the memory of a resolve does
        not follow the size of the store. Read a graph at a time, written a part at a time without
        transactions (a copy nobody reads needs none).
        """
        if self._feed is not None and self._feed.path == path and self._fed == set(self.graphs()):
            copy, self._feed = self._feed, None  # written as the build wrote this store: nothing to read
            copy._load_part(self._feeding)
            self._feeding, self._fed = [], set()
            return copy
        self.stop_feed()
        shutil.rmtree(path, ignore_errors=True)  # what a killed build left
        copy = KGStore(path)
        copy._writing = copy._scratch = True  # written, then changed and read: it keeps no view, no journal
        part: list[bytes] = []
        for graph in self._store.named_graphs():
            if isinstance(graph, NamedNode) and not _bookkeeping(graph):
                tail = f" {graph} .".encode()
                lines = self._lines(graph)
                copy._copied[graph.value] = _digest(lines)
                part += [line[:-2] + tail for line in lines]  # N-Triples -> N-Quads
            if len(part) >= _PART:
                copy._store.bulk_load(b"\n".join(part), format=RdfFormat.N_QUADS)
                part = []
        if part:
            copy._store.bulk_load(b"\n".join(part), format=RdfFormat.N_QUADS)
        return copy

    def feed_copy(self, path: Path) -> None:
        """Write the document graphs that :meth:`replace_graphs_data` adds from now on into a copy
        at ``path`` (a new folder) as well, for :meth:`dataset_copy` to return.

        A first build resolves the whole store on such a copy: fed as the batches come (while
        ``--jobs`` workers parse the next ones), it is ready when the last document is stored,
        and the store is not read back to make it. Any other write to this store stops the feed
        (and :meth:`dataset_copy` reads the store as before); so does a batch holding blank nodes.
        """
        self.stop_feed()
        shutil.rmtree(path, ignore_errors=True)  # what a killed build left
        self._feed = KGStore(path)
        self._feed._writing = self._feed._scratch = True  # as a dataset_copy: written, changed and read, no view

    def stop_feed(self) -> None:
        """Stop :meth:`feed_copy`, if it runs, and remove what it wrote."""
        if self._feed is None:
            return
        path, self._feed = self._feed.path, None
        self._fed, self._feeding = set(), []
        if path is not None:
            shutil.rmtree(path, ignore_errors=True)

    def _feed_graphs(self, graphs: Sequence[tuple[str, str]]) -> None:
        if self._feed is None:
            return
        if any(graph in self._fed or "_:" in triples for graph, triples in graphs):
            self.stop_feed()  # replaced or blank-noded: only a read of the store copies it right
            return
        self._fed.update(graph for graph, _ in graphs)
        self._feeding += [f"<{graph}> {{ {triples} }}" for graph, triples in graphs if triples]
        if sum(map(len, self._feeding)) >= _FLUSH_BYTES:  # loaded in parts of a few MB, as a copy is
            self._feed._load_part(self._feeding)
            self._feeding = []

    def _load_part(self, blocks: list[str]) -> None:
        if blocks:
            self._store.bulk_load("\n".join(blocks).encode(), format=RdfFormat.TRIG)

    def _lines(self, graph: NamedNode) -> set[bytes]:
        """The quads of one named graph as N-Triples lines: read, hashed and compared far faster than quads."""
        dump = self._store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph) or b""
        return set(dump.split(b"\n")) - {b""}

    def commit_from(self, copy: KGStore, index: set[bytes], layers: str, part: int | None = None) -> None:
        """Make this store's dataset that of ``copy`` (see :meth:`dataset_copy`) and its index
        ``index`` (its N-Triples lines, as Oxigraph writes them), and empty the journal.

        A graph ``copy`` still holds as :meth:`dataset_copy` read it (same digest) is taken to be
        unchanged here too, and is not read again: nothing but the copy may change in between.

        The difference is read graph by graph and written in parts of about ``part`` quads, one
        transaction each: Oxigraph holds what a transaction writes in memory (about 2 kB a quad),
        so one transaction for a large store's resolution would cost more than the store's copy
        did. A difference smaller than a part (any small build) is one transaction, as before. A
        document graph's change is never split (its renames and their records go together); that
        of a graph named under ``layers`` (the entity and reference layers, which every whole
        resolve drops and writes anew) or of the index may be.

        The first part takes out the index's statements about itself (its version, the documents
        it covers) and the last writes them and empties the journal, so a build killed in between
        leaves the journal naming its documents and no index: the next build resolves the whole
        store again, from the documents as extracted (it undoes every recorded rename first), and
        gives what an uninterrupted build gives.
        """
        size = part or _PART
        book = NamedNode(INDEX)
        stored = self._lines(book)  # lines, not quads: a large store's index is large (see index_lines)
        own = f"{book} ".encode()  # the index's statements about itself
        removed = _quads({line for line in stored if line.startswith(own)}, book)
        added: list[Quad] = []
        dropped: list[str] = []

        def write(final: bool = False) -> None:
            self.commit(removed, added, dropped, final=final)
            for written in (removed, added, dropped):
                written.clear()

        def change(gone: list[Quad], new: list[Quad], split: bool) -> None:
            if (removed or added) and len(removed) + len(added) + len(gone) + len(new) > size:
                write()
            while split and len(gone) + len(new) > size:
                cut = min(len(gone), size)
                removed.extend(gone[:cut])
                added.extend(new[: size - cut])
                del gone[:cut], new[: size - cut]
                write()
            removed.extend(gone)
            added.extend(new)

        for graph in sorted(set(self.graphs()) | set(copy.graphs())):
            name = NamedNode(graph)
            after = copy._lines(name)
            if copy._copied.get(graph) == _digest(after):
                continue  # as it was copied: this store still holds it so (most document graphs)
            before = self._lines(name)
            change(_quads(before - after, name), _quads(after - before, name), graph.startswith(layers))
            if before and not after:
                dropped.append(f"<{graph}>")
        gone = sorted(line for line in stored - index if not line.startswith(own))
        new = sorted(line for line in index - stored if not line.startswith(own))
        for start in range(0, max(len(gone), len(new)), size):  # as quads a part at a time
            change(_quads(set(gone[start : start + size]), book), _quads(set(new[start : start + size]), book), True)
        added.extend(_quads({line for line in index if line.startswith(own)}, book))
        write(final=True)

    def graph_quads(self, graph: str) -> list[Quad]:
        """The quads of one named graph as stored (datatypes as Oxigraph keeps them): to copy or compare."""
        return list(self._store.quads_for_pattern(None, None, None, NamedNode(graph)))

    def pending(self) -> list[str]:
        """Documents (graph IRIs) written or removed since the cross-document step last completed."""
        rows = self._store.quads_for_pattern(None, _PENDING, None, NamedNode(JOURNAL))
        return sorted({q.subject.value for q in rows if isinstance(q.subject, NamedNode)})

    def flush(self) -> None:
        """Rebuild the view after changes, persist pending writes and publish the result (on-disk stores).

        What a flush leaves is a finished state: long-lived readers (``kg serve``) answer from
        its published checkpoint (:mod:`kg.checkpoints`), never from the folder a build writes.
        """
        if self._writing:
            self._refresh_view()
        if self.path is not None and not self.read_only:
            self._store.flush()
            try:
                publish(self._store, self.path)
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot publish the store's finished state ({exc})") from exc

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, *, every_graph: bool = False) -> QuerySolutions | QueryBoolean | QueryTriples:
        """Run SPARQL over the knowledge graph: each distinct statement once; ``GRAPH`` reaches documents.

        While the store is being written (before :meth:`flush`), the default graph is the plain
        union of the named graphs, which repeats a statement once per graph that holds it.

        ``GRAPH ?g`` is kept off the bookkeeping graphs by a filter on ``?g`` after each ``GRAPH``
        group (:func:`kg.rdf.graph_scope.keep_graphs_off`; naming every other graph to Oxigraph
        would cost a lookup per document). ``every_graph`` lets ``GRAPH`` reach every named graph,
        bookkeeping included: for internal questions that name their graphs or filter ``?g``
        themselves (the resolver, the scoped validation of a build).
        """
        if self._writing and self._has_bookkeeping():  # the journal and the index are no knowledge
            documents: list[NamedNode | BlankNode | DefaultGraph] = [*self._knowledge_graphs()]
            return self._store.query(sparql, default_graph=documents, prefixes=PREFIXES)
        if not every_graph and _GRAPH_CLAUSE.search(sparql) and _BOOKKEEPING not in sparql and self._has_bookkeeping():
            # GRAPH ?g ranges over what an export holds; only a question naming a bookkeeping graph reaches it
            sparql = keep_graphs_off(sparql, _BOOKKEEPING)
        return self._store.query(sparql, use_default_graph_as_union=self._writing, prefixes=PREFIXES)

    def _knowledge_graphs(self) -> list[NamedNode | BlankNode]:
        return [g for g in self._store.named_graphs() if not _bookkeeping(g)]

    def graphs(self) -> list[str]:
        """Names of every named graph, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, NamedNode) and not _bookkeeping(g))

    def has_graph(self, graph: str) -> bool:
        """Whether the named graph ``graph`` is in the store: one lookup, where :meth:`graphs` lists them all."""
        return self._store.contains_named_graph(NamedNode(graph))

    def graph_count(self, at_most: int) -> int:
        """The number of named graphs (bookkeeping aside), counted no further than ``at_most``:
        whether a store is empty, or holds more graphs than some, costs no listing of a large one."""
        named = (g for g in self._store.named_graphs() if isinstance(g, NamedNode) and not _bookkeeping(g))
        return sum(1 for _ in islice(named, at_most))

    def quad_count(self, at_most: int) -> int:
        """The number of statements of the named graphs (bookkeeping aside), counted no further
        than ``at_most``: whether some graphs are most of the store costs no scan of a large one."""
        rows = self._store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT ?h WHERE {{ GRAPH ?h {{ ?s ?p ?o }}"
            f" FILTER({_NOT_BOOKKEEPING}) }} LIMIT {int(at_most)} }} }}"
        )
        return int(next(iter(rows))["n"].value)  # type: ignore[arg-type,index]

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        """The quads of the dataset (not its derived view), or those of one named graph.

        Datatypes are those the ontology declares. Statements of the default graph that no named
        graph holds (a Turtle file read in) are part of the dataset.
        """
        if graph is not None:
            found = self._store.quads_for_pattern(None, None, None, NamedNode(graph))
            return (declared(q) for q in found)
        return (declared(q) for q in self._dataset())

    def _dataset(self) -> Iterator[Quad]:
        for quad in self._store.quads_for_pattern(None, None, None, None):
            if not isinstance(quad.graph_name, DefaultGraph) and not _bookkeeping(quad.graph_name):
                yield quad
        if self._writing or not self._has_named_graphs():  # the default graph holds no view
            yield from self._store.quads_for_pattern(None, None, None, DefaultGraph())
            return
        own = self._store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
        for row in own:  # type: ignore[union-attr]
            yield Quad(row["s"], row["p"], row["o"], DefaultGraph())

    def _has_named_graphs(self) -> bool:
        return next(iter(self._store.named_graphs()), None) is not None

    def _has_bookkeeping(self) -> bool:
        return any(self._store.contains_named_graph(NamedNode(g)) for g in (JOURNAL, INDEX))

    def triples(self) -> Iterator[Triple]:
        """The knowledge graph: every distinct statement once, in no particular order."""
        if self._writing:
            everything = self._store.quads_for_pattern(None, None, None, None)
            yield from {q.triple for q in everything if not _bookkeeping(q.graph_name)}
            return
        for quad in self._store.quads_for_pattern(None, None, None, DefaultGraph()):
            yield quad.triple

    def load_file(self, path: str | Path) -> None:
        """Add the statements of an RDF file (format by suffix); a bad file raises InputError."""
        self.stop_feed()
        path = Path(path)
        if not path.is_file():
            raise InputError(str(path), "no such file")
        was_writing = self._writing
        self._drop_view()
        try:
            self._store.bulk_load(path=str(path), format=format_for(path))
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(str(path), f"not readable as RDF: {exc}") from exc
        except OutputError as exc:
            raise InputError(str(path), str(exc).split(": ", 1)[-1]) from exc
        if not was_writing:
            self._refresh_view()

    def to_rdflib(self) -> rdflib.Graph:
        """The knowledge graph as an rdflib Graph, for pyshacl and the Gephi exporters."""
        import rdflib

        triples = sorted((declared_triple(t) for t in self.triples()), key=str)
        graph = rdflib.Graph()
        graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
        return graph

    def __len__(self) -> int:
        """The number of statements of the knowledge graph (each distinct triple once)."""
        if self._writing:
            return sum(1 for _ in self.triples())
        rows = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(rows))["n"].value)  # type: ignore[arg-type,index]

    # ------------------------------------------------------------------ files

    def write(self, path: str | Path, fmt: RdfFormat | None = None) -> int:
        """Write the store to ``path`` atomically; return the number of statements written.

        Turtle and N-Triples get the knowledge graph (one triple per statement); TriG, N-Quads
        and JSON-LD keep the named graphs. Output is sorted, so it is byte-for-byte reproducible.
        """
        path = Path(path)
        fmt = fmt or format_for(path)
        if fmt in (RdfFormat.TURTLE, RdfFormat.N_TRIPLES):
            items: list[Triple] | list[Quad] = sorted((declared_triple(t) for t in self.triples()), key=str)
        else:
            items = sorted(self.quads(), key=quad_order)
        # kgr: is left out: its local names hold "/", which Turtle would have to escape
        prefixes = {k: v for k, v in PREFIXES.items() if k != "kgr"} if fmt in PREFIXED else None
        try:
            atomic_write(path, lambda handle: serialize(items, handle, fmt, prefixes=prefixes))
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        return len(items)


def _open_read_only(path: Path, attempts: int = 5) -> Store:
    """Open a store read-only, again when a writer's compaction removed a file it was listing.

    A read-only open reads the database's file list, then the files; a build compacting at that
    moment may delete one in between (RocksDB reports "Corruption ... No such file"). The files
    on disk are sound: opening again reads the new list.
    """
    for attempt in range(attempts):
        try:
            return Store.read_only(str(path))
        except RuntimeError as exc:
            if "No such file" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a folder holding a store (a RocksDB database: its CURRENT file)."""
    return (Path(path) / "CURRENT").is_file()


def _data(quads: Iterable[Quad]) -> str:
    """Quads as the body of ``INSERT DATA`` / ``DELETE DATA`` (terms print in N-Triples syntax)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        graph = "" if isinstance(q.graph_name, DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(graph, []).append(f"{q.subject} {q.predicate} {q.object} .")
    return " ".join(f"GRAPH {g} {{ {' '.join(t)} }}" if g else " ".join(t) for g, t in by_graph.items())


def _triples(quads: Iterable[Quad]) -> list[Quad]:
    """The statements of ``quads`` that the view holds, as quads of the default graph."""
    return [Quad(q.subject, q.predicate, q.object) for q in quads if not _bookkeeping(q.graph_name)]


def _view_change(removed: Iterable[Quad], added: Iterable[Quad]) -> str:
    """Updates, run after a change, that take out of the view what no named graph holds any more
    (of ``removed``) and put in it what ``added`` brought."""
    parts = []
    gone = " ".join(sorted({f"({q.subject} {q.predicate} {q.object})" for q in _triples(removed)}))
    if gone:
        parts.append(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {gone} }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER({_NOT_BOOKKEEPING}) }} }}"
        )
    new = _data(_triples(added))
    if new:
        parts.append(f"INSERT DATA {{ {new} }}")
    return " ;\n".join(parts)


def _digest(lines: set[bytes]) -> bytes:
    """A graph's N-Triples lines (any order) -> 16 bytes that differ when the graph does."""
    return hashlib.blake2b(b"\n".join(sorted(lines)), digest_size=16).digest()


def _quads(lines: set[bytes], graph: NamedNode) -> list[Quad]:
    """N-Triples lines of ``graph`` as its quads, in the lines' order."""
    triples = parse(b"\n".join(sorted(lines)), format=RdfFormat.N_TRIPLES) if lines else ()
    return [Quad(t.subject, t.predicate, t.object, graph) for t in triples]


def _bookkeeping(graph: object) -> bool:
    return isinstance(graph, NamedNode) and graph.value.startswith(_BOOKKEEPING)
