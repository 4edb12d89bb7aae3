"""A call-up's period stated in a sentence after it -> the call-up's start and end.

A defence release or a decree summary announces a call-up and then says, in a sentence of its own,
when it runs: "The reservists are to train from 3 to 14 May", "The courses are scheduled between
5 and 23 October". A call-up with no time of its own takes the closed period of days (both ends
written) that one of the next few sentences states when that sentence's subject is a noun of the
call-up's own sentence (its "reservists", its "courses") or names the called-up people as it does in
other words ("640 reserve soldiers ... the reservists are to train"): the sentence goes on telling
of the same call-up. The first later sentence stating any time ends the search, so a period is never taken
past a time that may be the call-up's own.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.event_merge import Mention
from kg.extract.timex import Timex

__all__ = ["call_up_periods"]

#: How many sentences after a call-up its period may be stated.
_REACH = 2
#: Nouns for the people a call-up calls (a closed class): two of them name the same people.
_CALLED = frozenset(
    ("reservist", "conscript", "recruit", "draftee", "soldier", "troop", "serviceman", "servicewoman", "guardsman")
)


def _closed_days(t: Timex) -> bool:
    """A period with both ends written as days ("7 to 18 September"), not a day or a month."""
    s, e = t.start_date, t.end_date
    return s is not None and e is not None and len(s) == len(e) == 10 and s < e


def _subjects(sent: Span) -> set[str]:
    """The lemmas of the subjects of a sentence's main verb."""
    return {c.lemma_.lower() for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")}


def call_up_periods(mentions: list[Mention], sents: list[Span], stated: dict[int, Timex]) -> None:
    """Give each undated call-up the period a following sentence about it states (in place)."""
    for m in mentions:
        if m.type != "Mobilization" or m.date or m.start_date or m.end_date:
            continue
        own = {t.lemma_.lower() for t in sents[m.sentence] if t.pos_ == "NOUN"}
        for si in range(m.sentence + 1, min(len(sents), m.sentence + 1 + _REACH)):
            t = stated.get(si)
            if t is None:
                continue
            subjects = _subjects(sents[si])
            if _closed_days(t) and (subjects & own or (subjects & _CALLED and own & _CALLED)):
                m.start_date, m.end_date = t.start_date, t.end_date
            break
