"""(mentions, sentences, the time each sentence states) -> "for the same period" resolved.

Decrees and communiqués list measures one after another and date the later ones by pointing back:
"1. Night traffic is banned from 12 April to 9 May. ... 4. The crossing points between X and Y
stay shut to all vehicles for the same period." An event with no time of its own whose sentence
says it lasts "for", "during" or "throughout" "the same period" covers the period (both ends
stated) that the nearest sentence before it states, within a few sentences (a list's numbers
split off as sentences of their own do not count). "Compared with the
same period of 2025" or "in the same period last year" is a comparison's base, not an anaphor,
and is left alone; so is a sentence before that states a single day or month, which stops the
search.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.event_merge import Mention
from kg.extract.timex import Timex

__all__ = ["same_period"]

#: How many sentences back "the same period" still finds the period it repeats.
_REACH = 4
#: Prepositions of a duration: "closed for the same period", "suspended during the same period".
_LASTING = frozenset(("for", "during", "throughout"))


def _points_back(sent: Span) -> bool:
    """True when the sentence has "for / during / throughout the same period" with nothing after
    "period" that names another time ("of last year")."""
    for tok in sent:
        if tok.lemma_.lower() != "period" or tok.dep_ != "pobj" or tok.head.lower_ not in _LASTING:
            continue
        kids = list(tok.children)
        if any(c.lower_ == "same" for c in kids) and all(c.dep_ in ("det", "amod") for c in kids):
            return True
    return False


def same_period(mentions: list[Mention], sents: list[Span], stated: dict[int, Timex]) -> None:
    """Give each undated mention that lasts "for the same period" the period stated before it (in place)."""
    for m in mentions:
        if m.date or m.start_date or m.end_date or m.per_time_unit or not _points_back(sents[m.sentence]):
            continue
        reach = _REACH
        for si in range(m.sentence - 1, -1, -1):
            if not any(t.is_alpha for t in sents[si]):
                continue  # "4." split off as a sentence of its own: a list's number, no sentence
            t = stated.get(si)
            if t is not None:
                if t.start_date and t.end_date:
                    m.start_date, m.end_date = t.start_date, t.end_date
                break
            reach -= 1
            if not reach:
                break
