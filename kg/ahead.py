"""Items -> (item, task(item)) in order, the next item's task run on a thread while the caller works.

What lets a one-process build keep a second core busy: while the caller annotates and extracts
one batch (Python, holding the GIL), a thread parses the next (spaCy's parser and the matrix
products of its layers run without the GIL), so the two overlap instead of taking turns. Each
task depends on its item alone and the caller sees the results in input order, so the thread
never changes a byte of what is built; it only changes when the work is done.

The thread runs only where it can help and cannot harm: with two or more cores allowed, and not
while the caller handles an item that ``alone`` marks (one whose handling forks helper
processes, which must not copy a process while another of its threads is inside spaCy).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from kg.cores import allowed_cores

__all__ = ["ahead"]

T = TypeVar("T")
R = TypeVar("R")


def ahead(items: Iterator[T], task: Callable[[T], R], alone: Callable[[T], bool]) -> Iterator[tuple[T, R]]:
    """``(item, task(item))`` for each item in order, ``task`` of the next item computed on a
    thread while the caller handles this one (unless ``alone(this one)``, or on one core).

    ``task`` should not raise (an exception it raises is raised here, where its result would
    be); the thread is joined before this generator ends, however it ends.
    """
    if allowed_cores() < 2:
        yield from ((item, task(item)) for item in items)
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-ahead") as thread:
        todo = next(items, None)
        running: Future[R] | None = None if todo is None else thread.submit(task, todo)
        while todo is not None and running is not None:
            current, result = todo, running.result()
            todo = next(items, None)
            running = None
            if todo is not None and not alone(current):
                running = thread.submit(task, todo)  # runs while the caller handles ``current``
            yield current, result
            if todo is not None and running is None:
                running = thread.submit(task, todo)
