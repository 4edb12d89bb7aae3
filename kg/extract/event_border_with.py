"""Event mentions + sentences -> the origin "the crossing with Y" gives a flow into the other side.

"Z recorded 7,700 entries at the X checkpoint with Y", "Across the southern frontier with Y, guards
logged 4,480 entries into Z": a counted flow that goes somewhere but
names no origin came across the border its sentence names the far side of, so from Y, when that
sentence names one such state, the flow does not go into it (a flow into Y left the other side,
which the sentence does not name) and the sentence counts entries or arrivals (traffic a post
"handled" went both ways).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_args import ArgReader, is_route, with_objects
from kg.extract.event_merge import Mention

__all__ = ["border_with_origins"]


def _way_across(tok: Token) -> bool:
    """ "the border", "the crossing", "the X crossing point": a way across, by its noun or its compound."""
    return is_route(tok) or any(c.dep_ == "compound" and is_route(c) for c in tok.children)


def _far_sides(args: ArgReader, sent: SpacySpan) -> list[str]:
    """The states "with" names after a way across in ``sent``: "the border with Y", "the X post with Y"."""
    out: list[str] = []
    for tok in sent:
        if not _way_across(tok):
            continue
        for o in with_objects(tok):
            out += [k for k in args.np_entities(o, ("State",)) if k.startswith("state/") and k not in out]
    return out


#: Words of coming in: a sentence of entries or arrivals counts one way; one of traffic "handled"
#: or "passing through" a post counts both, and has no far side to come from.
_ENTERING = frozenset({"entry", "enter", "arrival", "arrive", "inflow"})


def _of_entries(sent: SpacySpan) -> bool:
    """True when ``sent`` speaks of entries or arrivals."""
    return any(t.lemma_.lower() in _ENTERING for t in sent)


def border_with_origins(mentions: list[Mention], sents: list[SpacySpan], args: ArgReader) -> None:
    """Give a counted entry with a destination and no origin the one far side its sentence names."""
    for m in mentions:
        if m.type != "BorderCrossing" or m.origin or not m.destination:
            continue
        if (m.count is None and m.count_min is None) or not _of_entries(sents[m.sentence]):
            continue
        sides = _far_sides(args, sents[m.sentence])
        if len(sides) == 1 and sides[0] not in m.destination:
            m.origin = sides
