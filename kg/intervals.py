"""Offsets -> the intervals that may overlap them: keeps "is there one around this span" linear on long texts.

A rule that asks, for each of a document's spans, whether some other span holds it (or which
quote holds a figure) scans every candidate, and so costs the square of the text on a long one.
:class:`Intervals` keeps the candidates sorted by start and hands back only those whose start
lies within the widest candidate's width of the query: a small superset of the ones that overlap
it, which the caller filters with its own exact test, so results stay exactly what a full scan gave.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, TypeVar

__all__ = ["Intervals"]

T = TypeVar("T")


class Intervals(Generic[T]):
    """Intervals ``[start, end)``, each with an item, found by the offsets they may overlap."""

    def __init__(self, intervals: Iterable[tuple[int, int, T]] = ()) -> None:
        # a stable sort on the start only: items need no order, and equal starts keep input order
        self._items = sorted(intervals, key=lambda x: x[0])
        self._starts = [start for start, _, _ in self._items]
        self._width = max([0, *(end - start for start, end, _ in self._items)])

    def near(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Every interval that overlaps or touches ``[start, end]``, and perhaps a few that do not.

        An interval reaching ``start`` begins at most the widest width before it, and one
        reaching back to ``end`` begins at or before it: the rest cannot touch the query.
        """
        lo = bisect_left(self._starts, start - self._width)
        return self._items[lo : bisect_right(self._starts, end)]

    def add(self, start: int, end: int, item: T) -> None:
        """Add an interval (after those with the same start)."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._items.insert(i, (start, end, item))
        self._width = max(self._width, end - start)

    def remove(self, start: int, item: T) -> None:
        """Remove the interval of this very ``item`` (by identity) starting at ``start``."""
        i = bisect_left(self._starts, start)
        while self._items[i][2] is not item:
            i += 1
        del self._starts[i], self._items[i]
