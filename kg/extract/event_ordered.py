"""Trigger token + mention -> the period of an act that an order or decree sets out, read forward.

An October decree "summoning 900 reservists for 3-15 December", or one "shutting the pass from 4 to
18 May", states what the order is to bring about: the days are
the coming ones, though the verb that issues the order is in the past. Dates written without a
year are read backwards by :mod:`kg.extract.timex` (news reports the past), so such a period lands
almost a year before the order. It is moved a year on only when that puts it nearer the day of
publication: a decree reported after its period ran ("a decree closing the border from 4 to 18
May", published on 20 May) keeps its days.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.event_time import TimeReader
from kg.extract.timex import Timex

__all__ = ["ordered", "ordered_ahead"]

#: Nouns of a written instruction whose content is still to be carried out.
_ORDER_NOUNS = frozenset(["order", "decree", "directive", "instruction", "ordinance", "resolution"])
#: Verbs that give such an instruction: "the cabinet ordered the pass's closure".
_ORDER_VERBS = frozenset(["order", "decree"])


def ordered(token: Token) -> bool:
    """Whether the act at ``token`` is the content of an order: "an order calling up", "signed a
    decree on Monday closing the border" (the parser hangs the participle on the verb), "ordered the
    call-up of"."""
    head = token.head
    if token.dep_ == "acl" and head.lemma_.lower() in _ORDER_NOUNS:
        return True
    if token.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in _ORDER_NOUNS for c in head.children):
        return True
    return token.dep_ in ("dobj", "xcomp") and head.pos_ == "VERB" and head.lemma_.lower() in _ORDER_VERBS


def ordered_ahead(m: Mention, t: Timex | None, published: date | None) -> None:
    """Move an ordered act's period a year on (:meth:`TimeReader.look_ahead`) when that brings it
    nearer to ``published`` than the period read backwards; otherwise leave it (in place)."""
    if t is None or published is None:
        return
    before = (m.date, m.start_date, m.end_date)
    TimeReader.look_ahead(m, t, published, weekdays=False)
    after = (m.date, m.start_date, m.end_date)
    if after != before and _distance(after, published) >= _distance(before, published):
        m.date, m.start_date, m.end_date = before


def _distance(values: tuple[str | None, ...], published: date) -> int:
    """Days between ``published`` and the nearest end of a period of ISO days (months count by
    their first day)."""
    days = [date.fromisoformat(v if len(v) == 10 else f"{v[:7]}-01") for v in values if v and len(v) >= 7]
    return min((abs((d - published).days) for d in days), default=0)
