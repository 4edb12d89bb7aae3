"""Items of one task -> their results, computed here and in helper processes that share them.

What a one-process build uses to run the sections of a long text (:mod:`kg.sections`) on every
core the process may use. Each item's result depends on the item alone, so who computes it never
changes a byte of the output.

Where the system allows it (Linux), a helper is a fork of this process taken after the model is
loaded and the task has run once on a small warm-up item: it starts at once, with the model and
every table the task loads on first use, instead of spending seconds importing and loading them
again (a spawned helper of a million-character text spent about a sixth of its time so). A
forked helper only ever runs the task: it touches none of the store's files or threads it
inherits, and stops claiming items as soon as this process is gone.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
from collections.abc import Callable
from multiprocessing.pool import Pool
from typing import Any, Generic, TypeVar

from spacy.language import Language

from kg.cores import allowed_cores

__all__ = ["Helpers", "allowed_cores"]

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

_HELPER_NLP: Language | None = None
_CLAIMS: Any = None  # [run number, next item], shared with the process that started the helpers
_PARENT: int | None = None  # the process that started this helper


def _claim(claims: Any, run: int, count: int) -> int | None:
    """The next unclaimed item of run ``run``; None when all are taken or the run is over."""
    with claims.get_lock():
        if claims[0] != run or claims[1] >= count:
            return None
        claims[1] += 1
        return int(claims[1] - 1)


def _start_method() -> str:
    """fork where the system has it (the helper inherits the loaded model), else spawn."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _start_helper(model: str, claims: Any, parent: int, nlp: Language | None = None) -> None:
    """In a new helper: the model (``nlp`` itself when forked, else loaded by name) and the claims."""
    global _HELPER_NLP, _CLAIMS, _PARENT
    if nlp is None:
        from kg.pipeline import load_model

        nlp = load_model(model)
    _HELPER_NLP, _CLAIMS, _PARENT = nlp, claims, parent


def _help(task: Callable[[Language, T], R], run: int, items: list[T]) -> tuple[int, list[tuple[int, R]]]:
    """In a helper: compute items of run ``run`` as long as there are some left to claim."""
    assert _HELPER_NLP is not None, "helper used before _start_helper"
    done = []
    while os.getppid() == _PARENT and (i := _claim(_CLAIMS, run, len(items))) is not None:
        done.append((i, task(_HELPER_NLP, items[i])))
    return run, done


class Helpers(Generic[T, R]):
    """Run ``task(nlp, item)`` over items here and in helper processes that take them as they go.

    ``task`` must be a module-level function (the helpers import it by name) whose result
    pickles. The helpers, one per further core allowed, are started at the first call and live
    until :meth:`close`; before it starts them, this process runs ``task`` on ``warm(items)``
    when given (a small item whose result is thrown away), so that forked helpers inherit what
    the task loads on first use. This process and each helper claim the next item from a shared counter,
    so a helper still loading the model, or slowed by other work on the machine, takes fewer;
    this process never waits for a helper that has claimed nothing. A helper that fails or dies
    leaves its items to this process.
    """

    def __init__(
        self,
        nlp: Language,
        model: str,
        task: Callable[[Language, T], R],
        cores: int | None = None,
        warm: Callable[[list[T]], T] | None = None,
    ) -> None:
        self.nlp, self.model, self.task, self.warm = nlp, model, task, warm
        self.count = max(0, (allowed_cores() if cores is None else cores) - 1)
        self._pool: Pool | None = None
        self._pids: set[int] = set()
        self._claims: Any = None
        self._run = 0
        self.helped = 0  # items computed in the helpers so far
        self._done: queue.SimpleQueue[tuple[int, list[tuple[int, R]] | None]] = queue.SimpleQueue()

    def _start(self, items: list[T]) -> Pool:
        if self._pool is None:
            method = _start_method()
            if method == "fork" and self.warm is not None:
                self._here(self.warm(items))
            context = multiprocessing.get_context(method)
            before = {p.pid for p in multiprocessing.active_children()}
            self._claims = context.Array("q", [0, 0])
            nlp = self.nlp if method == "fork" else None  # a spawned helper loads its own
            initargs = (self.model, self._claims, os.getpid(), nlp)
            self._pool = context.Pool(self.count, initializer=_start_helper, initargs=initargs)
            self._pids = {p.pid for p in multiprocessing.active_children() if p.pid is not None} - before
        return self._pool

    def __call__(self, items: list[T]) -> list[R]:
        """The results of ``items``, in order (here alone for one item, or where no helper may run)."""
        if self.count == 0 or len(items) < 2 or multiprocessing.current_process().daemon:
            return [self._here(item) for item in items]
        pool = self._start(items)
        self._run += 1
        run = self._run
        with self._claims.get_lock():
            self._claims[0], self._claims[1] = run, 0
        for _ in range(self.count):
            failed = lambda _: self._done.put((run, None))  # noqa: E731
            pool.apply_async(_help, (self.task, run, items), callback=self._done.put, error_callback=failed)
        results: dict[int, R] = {}
        while (i := _claim(self._claims, run, len(items))) is not None:
            results[i] = self._here(items[i])
        here = len(results)
        while len(results) < len(items):  # the items the helpers claimed
            try:
                number, done = self._done.get(timeout=1.0)
            except queue.Empty:
                number, done = (run, None) if self._lost_helper() else (0, [])
            if number != run:
                continue
            if done is None:  # a helper failed: compute what is still missing here
                results.update((i, self._here(items[i])) for i in range(len(items)) if i not in results)
            else:
                results.update(done)
                self.helped += len(done)
        log.debug("%d items, %d here", len(items), here)
        return [results[i] for i in range(len(items))]

    def _here(self, item: T) -> R:
        return self.task(self.nlp, item)

    def _lost_helper(self) -> bool:
        return not self._pids <= {p.pid for p in multiprocessing.active_children()}

    def close(self) -> None:
        """Stop the helpers (a helper still computing an item no one waits for is terminated)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
