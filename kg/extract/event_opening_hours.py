"""Parsed sentence -> border posts whose opening hours are extended for a period.

Interior ministries and border agencies announce longer hours at their posts for holidays and
peaks: "the two ministries decided to lengthen the daily opening hours at three posts from 15
December to 10 January", "the X and Y border posts will stay open day and night from 11
December until 17 January". Each is an event of the bodies that extend the hours, at the
posts they name, over the period the clause states. Hours are extended by a verb of extending
("extend", "lengthen", "prolong") taking "hours" with "opening" or an "of" phrase; a post that
"remains open" is kept open all day only when the clause says so ("round the clock", "24 hours",
"day and night") and gives days ("from 11 December"): "remained open during the storm" and
"which remain open 24 hours each day" announce nothing new. "Keep X open" keeps its object open.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["HOURS_LABEL", "hours_verb", "opening_hours"]

#: The label of the event.
HOURS_LABEL = "Extended opening hours"
#: Verbs of making hours longer: "lengthen the daily opening hours", "the hours will be extended".
_EXTENDING = frozenset(("extend", "lengthen", "prolong"))
#: Verbs that keep a post open: "will remain open", "stays open", "will be open".
_KEEPING = frozenset(("remain", "stay", "be", "keep"))
#: Nouns of the whole day in "round the clock", "day and night", "24 hours".
_WHOLE_DAY = frozenset(("clock", "night", "hour", "hours"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def opening_hours(tok: Token) -> bool:
    """True for "hours" that a verb of extending takes, told as a post's opening hours ("the opening
    hours", "the hours at three posts"), or for "open" kept all day ("remain open round the clock")."""
    if tok.lower_ == "hours" and tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in _EXTENDING:
        return any(_lemma(c) == "opening" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
    if tok.lower_ == "open" and _lemma(hours_verb(tok)) in _KEEPING:
        return _all_day(hours_verb(tok))
    return False


def _all_day(verb: Token) -> bool:
    """ "round the clock", "day and night", "24 hours" in ``verb``'s clause."""
    words = {t.lower_ for t in verb.subtree}
    if "clock" in words and words & {"around", "round"}:
        return True
    if {"day", "night"} <= words:
        return True
    return "24" in words and bool(words & _WHOLE_DAY)


def hours_verb(tok: Token) -> Token:
    """The verb whose clause names who extends the hours and when: "extend", or "remain" of "open"
    (also when the parser reads "open day and night" as a noun phrase of time on the verb)."""
    if tok.dep_ == "amod" and tok.head.dep_ == "npadvmod":
        return tok.head.head
    return tok.head
