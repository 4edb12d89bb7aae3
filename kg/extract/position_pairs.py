"""Offices shared out between leaders: "their foreign ministers, X and Y" after two leaders.

When two leaders of different states are named and then "their foreign ministers, X and Y",
each minister serves the leader in the same place of the pair: X the first-named leader's
state, Y the second's. Read alone, both would take one state of the context. Nothing is
guessed unless the list and the leaders are as many and each leader's state is known.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span as SpacySpan

from kg.extract.position_offices import Found
from kg.extract.titles import TitleMatch

__all__ = ["share_out"]

#: Offices that lead a state's side: the leaders a shared-out office is paired with.
_LEADERS = frozenset({"President", "Prime Minister", "Premier", "King", "Queen", "Chancellor", "Emir", "Sultan"})


def share_out(
    stated: list[tuple[str, TitleMatch, SpacySpan]],
    found: Found,
    wordings: dict[tuple[str, str, str | None], set[str]],
    guessed: set[tuple[str, str, str | None]],
) -> None:
    """Move each holder of a "their OFFICEs, X and Y" title to the state of the leader in its place.

    ``found``, ``wordings`` and ``guessed`` are updated in place: the office found for the holder
    with the context's state is re-keyed with the leader's state (no longer a guess).
    """
    # title start -> the holders it lists, with the start of each holder's mention
    listed: dict[int, dict[str, int]] = defaultdict(dict)
    titles: dict[int, str] = {}
    for holder, match, span in stated:
        start = match.span.start
        if match.owner is None and start > 0 and match.span.doc[start - 1].lower_ == "their":
            listed[start].setdefault(holder, span.start)
            titles[start] = match.title
    if not listed:
        return
    states_of: dict[str, set[str]] = defaultdict(set)
    for holder, title, post in found:
        if title in _LEADERS and post is not None and post.startswith("state/"):
            states_of[holder].add(post)
    first: dict[str, int] = {}
    for holder, _, span in stated:
        if holder in states_of:
            first[holder] = min(first.get(holder, span.start), span.start)
    for start in sorted(listed):
        holders = sorted(listed[start], key=lambda h: (listed[start][h], h))
        leaders = sorted((h for h in first if first[h] < start), key=lambda h: (first[h], h))
        if len(holders) < 2 or len(leaders) != len(holders) or any(len(states_of[h]) != 1 for h in leaders):
            continue
        states = [next(iter(states_of[h])) for h in leaders]
        if len(set(states)) != len(states):
            continue
        for holder, state in zip(holders, states, strict=True):
            _rekey(holder, titles[start], state, found, wordings, guessed)


def _rekey(
    holder: str,
    title: str,
    state: str,
    found: Found,
    wordings: dict[tuple[str, str, str | None], set[str]],
    guessed: set[tuple[str, str, str | None]],
) -> None:
    """Give the holder's office ``title`` the post ``state``, keeping its evidence and wordings."""
    olds = sorted((k for k in found if k[0] == holder and k[1] == title), key=lambda k: k[2] or "")
    if len(olds) != 1 or olds[0][2] == state:
        return
    old = olds[0]
    new = (holder, title, state)
    found.setdefault(new, []).extend(found.pop(old))
    wordings[new].update(wordings.pop(old, set()))
    guessed.discard(old)
