"""The people an event sends, holds or saves -> the figure counting them.

A deployment, arrest or rescue is counted by the number on the noun of the people it acts on
("deployed 400 soldiers", "400 officers were sent"). News often puts that number one "of" phrase
further down: on a unit ("a battalion of 650 soldiers") or on an event noun ("ordered the
deployment of 800 additional troops"). The figure is then read from the "of" phrase, but only when
it counts people: a number of units ("the deployment of two battalions") is no head count, and
neither is a number of things ("the deployment of 80 vehicles").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_news_triggers import UNIT_NOUNS, lemma
from kg.extract.event_triggers import PEOPLE_NOUNS
from kg.extract.quantities import QuantityMatch

__all__ = ["sent_count"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


#: People sent or stationed by a force, beside the people nouns events count everywhere.
_FORCE_NOUNS = frozenset(
    _words("officer guard police policeman policewoman gendarme personnel peacekeeper agent staff marine ranger")
)
#: People nouns that are no people when counted here ("80 vehicles").
_THINGS = frozenset(("vehicle", "car", "entry", "crossing", "attempt", "arrival"))


def _counted(noun: Token, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure a number modifying ``noun`` starts ("400 soldiers": 400)."""
    nums = {c.idx for c in noun.children if c.dep_ == "nummod"}
    return next((q for q in quants if any(q.start <= i < q.end for i in nums) and q.quantity.count), None)


def _people(noun: Token) -> bool:
    lem = lemma(noun)
    return (lem in PEOPLE_NOUNS or lem in _FORCE_NOUNS) and lem not in _THINGS


def sent_count(obj: Token | None, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure counting the people ``obj`` names: its own number, unless it is a unit, else the
    number of the people in its "of" phrase ("a battalion of 650 soldiers", "the deployment of 800
    troops"); None when nothing counts people."""
    if obj is None:
        return None
    if lemma(obj) not in UNIT_NOUNS and (q := _counted(obj, quants)) is not None:
        return q
    of = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for noun in of:
        if _people(noun) and (q := _counted(noun, quants)) is not None:
            return q
    return None
