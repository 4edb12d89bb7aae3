"""The state whose ways across a phrase names: "at the border crossings of X", "at the checkpoints
of the country".

Border services report their checks at all of their state's crossings at once: "units of the X
Border Service checked 48,000 persons at the international checkpoints of the country". No one
crossing is named, so no crossing entity places the flow; the "of" phrase says whose ways across
they are, and a flow counted at a state's own checkpoints is counted into that state. "The
country" is the state the story is filed from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.event_args import is_route

if TYPE_CHECKING:
    from kg.extract.event_args import ArgReader

__all__ = ["state_of_ways"]

#: Common nouns a story uses for its own state: "the checkpoints of the country".
_OWN_STATE = frozenset(("country", "nation", "republic", "kingdom", "state"))


def state_of_ways(args: ArgReader, way: Token) -> list[str]:
    """The state of "the border crossings of X" (X), or of "the checkpoints of the country" (the
    story's home state); [] for a way with no "of" phrase or a named crossing."""
    if not is_route(way) or way.tag_ not in ("NNS", "NNPS"):
        return []  # one crossing ("the X crossing") places the flow by its own entity
    out: list[str] = []
    for prep in (c for c in way.children if c.dep_ == "prep" and c.lower_ == "of"):
        for owner in (g for g in prep.children if g.dep_ == "pobj"):
            if owner.lower_ in _OWN_STATE and args.home and not any(c.dep_ == "compound" for c in owner.children):
                out.append(args.home)
            else:
                out += [k for k in args.np_entities(owner, ("State",)) if k not in out]
    return out
