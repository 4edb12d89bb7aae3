"""(figure, clause of a call-up) -> whether it counts the members called up ("summoned 900 members
of the territorial reserve").

A call-up counts people, and the people are often named as members of the body they serve in:
the figure before "members of the reserve" or "members of the armed forces" is the call-up's head count, as it
is a deployment's (:func:`kg.extract.event_news_triggers.sent_members`). Members of other bodies
("12 members of parliament") count no one called up.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.event_news_triggers import sent_members
from kg.extract.quantities import QuantityMatch

__all__ = ["counts_members"]


def counts_members(doc: Doc, q: QuantityMatch, clause: set[int]) -> bool:
    """Whether the figure ``q`` (in a call-up's ``clause``) counts members of an armed body."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    nums = [t for t in span if t.like_num and t.i in clause]
    return bool(nums) and nums[-1].dep_ == "nummod" and sent_members(nums[-1].head)
