"""The state a text is plainly about, read from how often its entities name each state.

A bulletin about one state names its votes bare ("Voters in nine provinces go to the polls today in
the Senate elections") and its state only in other stories of the same text. When no dateline gives
the text's state, the one state named at least twice and more often than any other is whose vote it
is. Only elections and counted call-ups with no caller named ("N conscripts will be called up") fall
back to it: a flow or an arrest has sides, and the home state is as often the wrong one. A
referendum, which texts about other states' votes often mention in passing, falls back only to the
sole state of a text that names no other.
"""

from __future__ import annotations

from kg.extract.index import EntityIndex
from kg.lexicon.gazetteer import state_for_demonym, state_key

__all__ = ["publisher_state", "sole_state", "story_state"]

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


def publisher_state(publisher: str | None, index: EntityIndex) -> str | None:
    """The key of the state the publisher's name names ("Government of Tarnia", "the Tarnian
    Presidency"), when the text names that state too: whose text it is, however often it names
    the other side."""
    words = (publisher or "").replace(",", " ").replace("(", " ").replace(")", " ").split()
    for n in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            key = state_key(phrase) or (state_for_demonym(phrase) if n == 1 else None)
            if key is not None and key in index.by_key:
                return key
    return None


def sole_state(index: EntityIndex) -> str | None:
    """The key of the one state the text names, when it names exactly one (at least twice)."""
    states = [(len(e.mentions), key) for key, e in index.by_key.items() if e.type == "State"]
    if len(states) != 1 or states[0][0] < _MIN_NAMED:
        return None
    return states[0][1]
