"""How many cores this process may use, and a map over them for work that leaves the GIL.

What spreads work over the machine without a process of its own: helper processes for a long
text's sections (:mod:`kg.helpers`), threads for the store's own queries (:mod:`kg.shacl.engine`),
which Oxigraph evaluates without holding the GIL.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["allowed_cores", "threaded_map"]

T = TypeVar("T")
R = TypeVar("R")


def allowed_cores() -> int:
    """How many cores this process may run on (its CPU affinity where the system tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def threaded_map(task: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[task(item) for item in items]``, in that order, on a thread per allowed core.

    Worth it only where ``task`` spends its time outside the GIL (a query Oxigraph evaluates);
    on one core, or for fewer than two items, it is the plain loop.
    """
    todo = list(items)
    threads = min(allowed_cores(), len(todo))
    if threads < 2:
        return [task(item) for item in todo]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(task, todo))
