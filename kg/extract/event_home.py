"""The state a text is plainly about, read from how often its entities name each state.

A bulletin about one state names its votes bare ("Voters in nine provinces go to the polls today in
the Senate elections") and its state only in other stories of the same text. When no dateline gives
the text's state, the one state named at least twice and more often than any other is whose vote it
is. Only elections fall back to it: a flow or an arrest has sides, and the home state is as often
the wrong one. A referendum, which texts about other states' votes often mention in passing, falls
back only to the sole state of a text that names no other.
"""

from __future__ import annotations

from kg.extract.index import EntityIndex

__all__ = ["sole_state", "story_state"]

#: How often the story's state must be named, at the least.
_MIN_NAMED = 2


def story_state(index: EntityIndex) -> str | None:
    """The key of the one state the text names most often, at least twice; None on a tie or below."""
    counts = sorted(
        ((len(e.mentions), key) for key, e in index.by_key.items() if e.type == "State"),
        key=lambda p: (-p[0], p[1]),
    )
    if not counts or counts[0][0] < _MIN_NAMED or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def sole_state(index: EntityIndex) -> str | None:
    """The key of the one state the text names, when it names exactly one (at least twice)."""
    states = [(len(e.mentions), key) for key, e in index.by_key.items() if e.type == "State"]
    if len(states) != 1 or states[0][0] < _MIN_NAMED:
        return None
    return states[0][1]
