"""Span -> whether a world region's name only qualifies a common noun: "a single Gulf tourist visa".

A region larger than a state, written as a modifier of a lower-case noun ("the Sahel security
strategy", "Gulf tourist visas"), classifies the noun and names no place the text speaks of. A
noun of land or of the states in it keeps the region ("the Sahel region", "the Gulf states").
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["region_modifier"]

#: Nouns after a region's name that speak of the region itself or of the states in it.
_OF_THE_LAND = frozenset(
    {
        *("region", "regions", "area", "areas", "zone", "zones", "coast", "coasts", "belt", "basin"),
        *("state", "states", "country", "countries", "nation", "nations", "capital", "capitals", "border"),
        *("borders", "waters", "sea", "seas", "island", "islands"),
    }
)


def region_modifier(span: Span) -> bool:
    """``span`` (a one-word region) modifies a later lower-case common noun of its phrase."""
    if len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    if tok.dep_ not in {"compound", "amod", "nmod"} or head.i <= tok.i or head.pos_ != "NOUN":
        return False
    if not head.is_lower or head.lower_ in _OF_THE_LAND:
        return False
    return all(t.is_lower or t.is_punct for t in span.doc[tok.i + 1 : head.i])
