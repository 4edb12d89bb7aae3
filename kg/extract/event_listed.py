"""Counted flow + its sentence -> the flows of the places a list after it gives a figure each.

Border guards rank their crossing points in one sentence: "The busiest crossing was X, where
4,100 people entered Y, followed by Z with 2,650 and W with 1,020", "... through X, followed by Z
with 2,650". Each "<place> with <figure>" after the flow is the same movement through that place:
its own event with the flow's destination, origin and time, and the place as the way across (a
checkpoint) or as where the people arrived. The parser hangs such lists anywhere, so the items are
read on the surface: a named place, "with", then a figure of people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.quantities import QuantityMatch

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["listed_flows"]

#: What a listed item may name: a way across, or a place the people reached.
_ITEM_TYPES = ("Checkpoint", "Settlement", "Place", "Region")


def _item_place(reader: _Reader, with_: Token) -> str | None:
    """The key of the place named right before "with" ("Z with 2,650"), or None."""
    if with_.i == 0:
        return None
    entity = reader.args.entity_at(with_.doc[with_.i - 1])
    return entity.key if entity is not None and entity.type in _ITEM_TYPES else None


def listed_flows(
    reader: _Reader, head: Token, sent: SpacySpan, template: Mention, made: list[Mention], quants: list[QuantityMatch]
) -> list[Mention]:
    """One flow per "<place> with <figure>" after ``head`` in ``sent``, shaped on ``template``
    (the flow before quantities) and timed like ``made[0]``; figures already read are skipped."""
    if not made:
        return []
    used = {(m.count, m.count_min, m.count_max) for m in made}
    by_start = {q.start: q for q in quants}
    out: list[Mention] = []
    for tok in sent:
        if tok.i <= head.i or tok.lower_ != "with" or tok.i + 1 >= sent.end:
            continue
        num = tok.doc[tok.i + 1]
        q = by_start.get(num.idx)
        place = _item_place(reader, tok)
        if q is None or place is None or not num.like_num or reader.people_count(q) is None:
            continue
        if (q.quantity.count, q.quantity.count_min, q.quantity.count_max) in used:
            continue
        one = reader._copy(template)
        reader.set_quantity(one, q)
        first = made[0]
        one.date, one.start_date, one.end_date = first.date, first.start_date, first.end_date
        one.per_time_unit = one.per_time_unit or first.per_time_unit
        one.reported_by = list(first.reported_by)
        # the item replaces the flow's own way across or town: its state or region stays
        index = reader.args.index.by_key
        one.destination = [d for d in template.destination if index[d].type in ("State", "Region")]
        if index[place].type == "Checkpoint":
            one.via = [place]
        else:  # "Z with 2,650": arrivals in Z
            one.destination.insert(0, place)
        out.append(one)
    return out
