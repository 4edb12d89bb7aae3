"""Worker processes that answer queries with a hard time limit: (SPARQL, Accept) -> Answer.

Oxigraph evaluates a query inside native code that a Python thread cannot interrupt, so each query
runs in a worker process holding its own read-only handle on the store; a worker that runs past
the limit is killed and a fresh one takes its place. Read-only handles take no lock, so several
workers (and ``kg query``) can read the same store at once.

A worker never reads the folder a build writes (a read-only handle there can lose table files to
the build's compactions): it answers from the newest checkpoint the store's builds published
(:mod:`kg.checkpoints`), held by a lease, and before each question takes a newer one if a build
finished meanwhile. While a build writes, answers come from the last finished one. A store no
build has published into yet (made before checkpoints) is read as it is until one does.
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

from kg.checkpoints import lease_newest, newest
from kg.errors import InputError, OutputError
from kg.serve.protocol import Answer

if TYPE_CHECKING:
    from kg.store import KGStore

__all__ = ["QueryPool"]

log = logging.getLogger("kg.serve")
_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the server's threads and handles stay out


def _work(store_path: str, conn: Connection) -> None:
    """Worker loop: open the store read-only, then answer one request at a time until EOF."""
    from kg.serve.protocol import answer

    try:
        reader = _Reader(Path(store_path))
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
            result = answer(reader.store(), sparql, accept)
        except Exception as exc:  # a bug must cost one answer, not the worker
            log.error("a query failed: %s", " ".join(sparql.split())[:200], exc_info=True)
            message = f"the query failed: {type(exc).__name__}: {exc}\n"
            result = Answer(500, "text/plain; charset=utf-8", message.encode())
        conn.send(result)


class _Reader:
    """A worker's store: the newest published checkpoint, held by a lease (or the store's own
    folder while none is published)."""

    def __init__(self, path: Path) -> None:
        from kg.store import KGStore

        self.path = path
        self._lease = lease_newest(path)
        try:
            self._store = KGStore(self._lease.folder if self._lease else path, read_only=True)
        except Exception:
            if self._lease is not None:
                self._lease.release()
            raise

    def store(self) -> KGStore:
        """The state of the last finished build: the checkpoint held, unless a newer one is published."""
        from kg.store import KGStore

        name = newest(self.path)
        if name is None or (self._lease is not None and name == self._lease.name):
            return self._store
        lease = lease_newest(self.path)
        if lease is None:
            return self._store
        try:
            store = KGStore(lease.folder, read_only=True)
        except (InputError, OutputError, OSError, RuntimeError) as exc:
            lease.release()
            log.warning("%s did not open (%s); answering from the state opened before", lease.folder, exc)
            return self._store
        held, self._lease, self._store = self._lease, lease, store  # the old handle closes here
        if held is not None:
            held.release()
        return store


class _Worker:
    def __init__(self, store_path: Path, start_timeout: float) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process: BaseProcess = _CONTEXT.Process(target=_work, args=(str(store_path), child), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(start_timeout):
            self.kill()
            raise InputError(str(store_path), "the store did not open in time")
        try:
            problem = self.conn.recv()
        except EOFError:  # the worker died opening the store (out of memory, killed)
            problem = "the query worker stopped while opening it"
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
