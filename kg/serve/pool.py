"""Worker processes that answer queries with a hard time limit: (SPARQL, Accept) -> Answer.

Oxigraph evaluates a query inside native code that a Python thread cannot interrupt, so each query
runs in a worker process holding its own read-only handle on the store; a worker that runs past
the limit is killed and a fresh one takes its place. Read-only handles take no lock, so several
workers (and ``kg query``) can read the same store at once.

A read-only handle sees the store as it was when opened, so a worker looks at the store's files
before each question and opens the store again when a build has changed them since; while a
build is still writing, it keeps answering from the last finished state.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.serve.protocol import Answer

if TYPE_CHECKING:
    from kg.store import FolderState, KGStore

__all__ = ["QueryPool"]

log = logging.getLogger("kg.serve")
_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the server's threads and handles stay out


def _work(store_path: str, conn: Connection) -> None:
    """Worker loop: open the store read-only, then answer one request at a time until EOF."""
    from kg.serve.protocol import answer
    from kg.store import KGStore, folder_state

    try:
        seen = folder_state(store_path)
        store = KGStore(store_path, read_only=True)
    except Exception as exc:  # reported to the parent, which fails with this message
        conn.send(str(exc))
        return
    conn.send(None)
    while True:
        try:
            sparql, accept = conn.recv()
        except (EOFError, OSError):
            return
        try:
            store, seen = _latest(store, store_path, seen)
            result = answer(store, sparql, accept)
        except Exception as exc:  # a bug must cost one answer, not the worker
            result = Answer(500, "text/plain; charset=utf-8", f"the query failed: {exc}\n".encode())
        conn.send(result)


def _latest(store: KGStore, store_path: str, seen: FolderState) -> tuple[KGStore, FolderState]:
    """The store as its last finished build left it: ``store`` itself unless its files changed."""
    from kg.store import KGStore, StoreBusy, folder_state

    now = folder_state(store_path)
    if now == seen:
        return store, seen
    try:
        return KGStore(store_path, read_only=True, copy_unfinished=False), now
    except StoreBusy:
        return store, seen  # a build is writing: answer from the last finished state meanwhile
    except (RuntimeError, OSError) as exc:  # a writer compacting under the open: try at the next question
        log.debug("the store did not open again (%s); answering from the state opened before", exc)
        return store, seen


class _Worker:
    def __init__(self, store_path: Path, start_timeout: float) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process: BaseProcess = _CONTEXT.Process(target=_work, args=(str(store_path), child), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(start_timeout):
            self.kill()
            raise InputError(str(store_path), "the store did not open in time")
        problem = self.conn.recv()
        if problem is not None:
            self.kill()
            raise InputError(str(store_path), f"cannot open the store read-only ({problem})")

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class QueryPool:
    """A fixed number of workers over one store; ``answer`` blocks until a worker is free."""

    def __init__(self, store_path: Path, *, workers: int = 2, timeout: float = 10.0) -> None:
        self.store_path = store_path
        self.timeout = timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        for _ in range(max(1, workers)):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.store_path, start_timeout=max(30.0, self.timeout))
        with self._lock:
            self._all.append(worker)
        self._idle.put(worker)

    def _drop(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.remove(worker)

    def answer(self, sparql: str, accept: str | None) -> Answer:
        """Run ``sparql`` on a free worker; 503 when it runs past the time limit."""
        worker = self._idle.get()
        try:
            worker.conn.send((sparql, accept))
            if worker.conn.poll(self.timeout):
                result: Answer = worker.conn.recv()
                self._idle.put(worker)
                return result
        except (EOFError, OSError) as exc:
            log.error("a query worker died (%s); starting another", exc)
            self._drop(worker)
            self._add()
            return Answer(500, "text/plain; charset=utf-8", b"the query worker died; try again\n")
        log.warning("query stopped after %.1f s: %s", self.timeout, " ".join(sparql.split())[:200])
        self._drop(worker)
        self._add()
        message = f"the query ran past the time limit of {self.timeout:g} s and was stopped\n"
        return Answer(503, "text/plain; charset=utf-8", message.encode())

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            workers, self._all = self._all, []
        for worker in workers:
            worker.kill()
