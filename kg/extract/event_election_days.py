"""(an event's clause, the story's dated elections) -> the day "on election day" or "on the eve of the
election" names.

Election stories date what happens around the vote by the vote itself: "the crossing points,
which the ministry shut on the eve of the election", "the blocking of the crossing at X on
election day", "the day after the vote". When the story dates its election (one day for all its
election mentions), such a phrase in an event's own clause dates the event: the eve is the day
before, "the day after" the day after.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Token

from kg.extract.event_merge import Mention

__all__ = ["election_day_offset", "shifted", "story_election_day"]

#: Nouns of a vote: "the eve of the election", "polling day", "the day of the vote".
_VOTES = frozenset(("election", "vote", "poll", "polls", "ballot", "referendum", "voting", "polling"))
#: Nouns of a day relative to the vote, and how many days from it.
_EVE, _DAY, _AFTER = -1, 0, 1


def _of_vote(noun: Token) -> bool:
    """True for "the election" after "of" under ``noun`` ("the eve of the election")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _VOTES for g in c.children)
        for c in noun.children
    )


def election_day_offset(tokens: Iterable[Token]) -> int | None:
    """Days from the vote that a phrase among ``tokens`` names: -1 for "on the eve of the election",
    0 for "on election day" / "polling day" / "the day of the vote", 1 for "the day after the
    election"; None when there is no such phrase."""
    for tok in tokens:
        lem = tok.lemma_.lower()
        if lem == "eve" and _of_vote(tok):
            return _EVE
        if lem != "day":
            continue
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _VOTES for c in tok.children):
            return _DAY
        if _of_vote(tok) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return _DAY
        after = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "after"]
        if after and any(g.lemma_.lower() in _VOTES for c in after for g in c.children):
            return _AFTER
    return None


def story_election_day(elections: list[Mention]) -> str | None:
    """The one day the story's election mentions give, or None when none or several."""
    days = {m.date for m in elections if m.date and len(m.date) == 10}
    return days.pop() if len(days) == 1 else None


def shifted(day: str, offset: int) -> str:
    """``day`` (ISO) moved by ``offset`` days."""
    return (date.fromisoformat(day) + timedelta(days=offset)).isoformat()
