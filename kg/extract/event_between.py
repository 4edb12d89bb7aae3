"""A flow counted "between" two named places, its direction unsaid: "some 9,000 trips a month are
made between X and Y", "64,000 people crossed between the towns of X and Y".

Such a figure counts movement both ways across one border, so neither side is its only end: the
crossing ends in either, and both are its destinations (kg:destination of a two-way flow), labelled
"Crossings between X and Y" rather than arrivals. A "between" naming one place, or days ("between 1
and 14 June"), is no pair of sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from kg.extract.event_args import ArgReader

__all__ = ["TWO_WAY", "between_sides"]

#: The mark of a two-way flow on its mention (kg.extract.event_labels names it "Crossings between").
TWO_WAY = "two-way"

_SIDES = ("State", "Region", "Settlement")
#: Verbs a flow noun "takes place" by: "crossings take place between X and Y", "trips occur between".
_HAPPEN_VERBS = frozenset(("take", "occur", "happen"))


def between_sides(args: ArgReader, noun: Token | None, verb: Token | None) -> list[str]:
    """The two or more named sides of a "between" phrase on the flow's verb, on its noun, or on the
    verb its noun takes place by; empty when the phrase names fewer than two places."""
    holders = [h for h in (noun, verb) if h is not None]
    if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _HAPPEN_VERBS:
        holders.append(noun.head)
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "between":
                continue
            sides = [k for o in c.children if o.dep_ == "pobj" for k in args.np_entities(o, _SIDES)]
            if len(dict.fromkeys(sides)) >= 2:
                return list(dict.fromkeys(sides))
    return []
