"""Batches of texts -> their parsed Docs, parsed in a forked process one batch ahead of the build.

What a one-process build uses to keep a second core busy on news-sized documents. The statistical
components (parse) take about half of a document's time, and annotate, extract and store the
other half; a thread cannot overlap them (the GIL serialises spaCy's Python glue with the
extractors, measured slower), a process can. So, where the system can fork and more than one core
is allowed, a child of this process, forked after the model is loaded, parses the next batches
while this process annotates and extracts the current one, and sends each batch back as bytes
(``Doc.to_bytes``: tokens, tags, morphology, lemmas, dependencies, entities, sentence starts).
The Docs read back carry the same annotations, so the graph is the same to the byte; the text
kept in ``user_data`` (:func:`kg.nlp.doctext.known_text`) is set again here rather than sent.

At most :data:`AHEAD` batches wait parsed or in the child, so memory does not grow with the
corpus. A batch the child fails on raises here, and the build parses its texts here one by one,
as it does when a batch fails in this process; a child that dies (killed, out of memory) is
noticed within a second, and every later batch is parsed here. The child only ever parses: it
touches none of the store's files or threads it inherits.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from kg.cores import allowed_cores
from kg.nlp.doctext import known_text

__all__ = ["AHEAD", "ParseAhead", "can_parse_ahead"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Batches parsed ahead at most (waiting here or being parsed in the child).
AHEAD = 2
#: What a Doc sent back leaves out: no reader uses the tensor, and ``user_data`` holds only caches.
_EXCLUDE = ["tensor", "user_data"]

_PARSE: Callable[[list[str]], list[Doc]] | None = None  # set in this process before the fork


def can_parse_ahead() -> bool:
    """A process may be forked here: the system has fork, two cores or more are allowed, and this
    process is no pool's worker (a daemon may not have children)."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and allowed_cores() > 1
        and not multiprocessing.current_process().daemon
    )


def _parse_to_bytes(texts: list[str]) -> tuple[list[bytes], float, float]:
    """In the child: the texts' Docs as bytes, with the wall and CPU seconds the parse took."""
    assert _PARSE is not None, "parse-ahead child started without its parser"
    wall, cpu = time.perf_counter(), time.process_time()
    docs = [doc.to_bytes(exclude=_EXCLUDE) for doc in _PARSE(texts)]
    return docs, time.perf_counter() - wall, time.process_time() - cpu


class ParseAhead:
    """Parse the texts of coming batches in a forked child while this process works on the current one.

    ``parse(texts)`` is the build's parse of a batch (:func:`kg.pipeline._parse` with its model):
    the child, a fork taken at the first batch, runs it as this process would. ``texts_of(batch)``
    says which texts of a batch are parsed in one call. The child's seconds are added to
    :attr:`wall` and :attr:`cpu` as each batch comes back.
    """

    def __init__(self, nlp: Language, parse: Callable[[list[str]], list[Doc]]) -> None:
        self.nlp, self.parse = nlp, parse
        self._pool: Pool | None = None
        self._pid: int | None = None
        self.wall = 0.0
        self.cpu = 0.0

    def run(
        self, batches: Iterator[T], texts_of: Callable[[T], list[str]]
    ) -> Iterator[tuple[T, Callable[[], list[Doc]] | None]]:
        """Each batch with what gives its Docs (waiting for the child; raises when the child
        failed on it), or None when it has no text to parse; the child works :data:`AHEAD` batches on."""
        waiting: deque[tuple[T, AsyncResult[tuple[list[bytes], float, float]] | None, list[str]]] = deque()
        for batch in batches:
            texts = texts_of(batch)
            waiting.append((batch, self._submit(texts) if texts else None, texts))
            if len(waiting) > AHEAD:
                yield self._handed(*waiting.popleft())
        while waiting:
            yield self._handed(*waiting.popleft())

    def _submit(self, texts: list[str]) -> AsyncResult[tuple[list[bytes], float, float]] | None:
        global _PARSE
        if self._pool is None and self._pid is None:
            _PARSE = self.parse
            before = {p.pid for p in multiprocessing.active_children()}
            self._pool = multiprocessing.get_context("fork").Pool(1)
            started = {p.pid for p in multiprocessing.active_children()} - before
            self._pid = next(iter(started), -1)
        return None if self._pool is None else self._pool.apply_async(_parse_to_bytes, (texts,))

    def _handed(
        self, batch: T, pending: AsyncResult[tuple[list[bytes], float, float]] | None, texts: list[str]
    ) -> tuple[T, Callable[[], list[Doc]] | None]:
        if not texts:
            return batch, None
        return batch, lambda: self._docs(pending, texts)

    def _docs(self, pending: AsyncResult[tuple[list[bytes], float, float]] | None, texts: list[str]) -> list[Doc]:
        """The Docs of ``texts``: from the child, or parsed here when the child is gone."""
        while pending is not None and not pending.ready():
            pending.wait(1.0)
            if not pending.ready() and not self._alive():
                log.warning("the parse-ahead process died: parsing here from now on")
                self.close()
                pending = None
        if pending is None:
            return self.parse(texts)
        blobs, wall, cpu = pending.get()  # re-raises what the child raised on this batch
        self.wall += wall
        self.cpu += cpu
        return [
            known_text(Doc(self.nlp.vocab).from_bytes(b, exclude=_EXCLUDE), t)
            for b, t in zip(blobs, texts, strict=True)
        ]

    def _alive(self) -> bool:
        return any(p.pid == self._pid for p in multiprocessing.active_children())

    def close(self) -> None:
        """Stop the child (batches it still parses are not waited for)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
