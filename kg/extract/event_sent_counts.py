"""The people an event sends, holds or saves -> the figure counting them.

A deployment, arrest or rescue is counted by the number on the noun of the people it acts on
("deployed 400 soldiers", "400 officers were sent"). News often puts that number one "of" phrase
further down: on a unit ("a battalion of 650 soldiers") or on an event noun ("ordered the
deployment of 650 additional troops"). The figure is then read from the "of" phrase, but only when
it counts people: a number of units ("the deployment of two battalions") is no head count, and
neither is a number of things ("the deployment of 80 vehicles").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_answers import asked_amount
from kg.extract.event_news_triggers import UNIT_NOUNS, lemma
from kg.extract.event_partitives import partitive_group
from kg.extract.event_sent_forces import count_numbers, people_noun
from kg.extract.quantities import QuantityMatch

__all__ = ["sent_count"]


def _counted(noun: Token, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure a number modifying ``noun`` starts ("400 soldiers": 400, "forty more officers": 40),
    a range too ("between 30 and 35 officers": 30 to 35)."""
    nums = {c.idx for c in count_numbers(noun)}
    nums |= {c.idx for c in noun.children if asked_amount(c)}  # "how many officers": the answer's figure
    return next((q for q in quants if any(q.start <= i < q.end for i in nums) and _counts(q)), None)


def _counts(q: QuantityMatch) -> bool:
    """Whether ``q`` gives a head count: a figure, or the bounds of a range."""
    return bool(q.quantity.count or (q.quantity.count_min and q.quantity.count_max))


def sent_count(obj: Token | None, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure counting the people ``obj`` names: its own number, unless it is a unit, else the
    number of the people in its "of" phrase ("a battalion of 650 soldiers", "the deployment of 800
    troops") or its apposition ("two battalions, about 900 soldiers", also when parsed as a conjunct),
    or, for a unit sent with a counted group ("a platoon and some 120 guards"), the group's;
    None when nothing counts people."""
    if obj is None:
        return None
    if partitive_group(obj) is not None:  # "44 of its members": the number is the head count
        return next((q for q in quants if q.start <= obj.idx < q.end and q.quantity.count), None)
    if lemma(obj) not in UNIT_NOUNS and (q := _counted(obj, quants)) is not None:
        return q
    of = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    of += [c for c in obj.children if c.dep_ == "appos"]  # "two battalions, about 900 soldiers"
    if lemma(obj) in UNIT_NOUNS and not any(c.dep_ == "cc" for c in obj.children):
        # "two more battalions, about 1,250 troops in total, were deployed": the restatement read as a
        # conjunct (with "and" it is a second group: kg.extract.event_joined_counts)
        of += [c for c in obj.children if c.dep_ == "conj"]
    for noun in of:
        if people_noun(noun) and (q := _counted(noun, quants)) is not None:
            return q
    if lemma(obj) in UNIT_NOUNS:  # "a further platoon and some 120 to 140 guards": the one head count
        joined = [c for c in obj.conjuncts if c.i > obj.i and people_noun(c)]
        return next((q for c in joined if (q := _counted(c, quants)) is not None), None)
    return None
