"""A way across written as a definite description: "the bridge", "this crossing", "the post", or
as the adverb "there".

News names a crossing once ("the X International Bridge, between A and B") and then calls it "the
bridge": that description is the checkpoint named just before it, when one was named close enough
for a reader to take it so. A figure told right after the crossing is named often points back with
"there" or "here" ("Lorries keep using the X gate. Roughly 740 people cross there daily.") or "it" ("X is a
busy post. Some 900 people pass through it each day."): that checkpoint.
Flows read both for their way in (:mod:`kg.extract.event_crossings`), closures the description for
what was closed (:mod:`kg.extract.event_frames`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.index import EntityIndex
from kg.extract.quantities import parse_number
from kg.model import Entity

__all__ = ["ROUTE_ANAPHORS", "counted_routes", "named_route", "route_it", "route_there"]

#: Head nouns that describe a checkpoint without naming it.
ROUTE_ANAPHORS = frozenset(("crossing", "checkpoint", "bridge", "post", "crossing-point"))
#: How far back (characters) the checkpoint's last mention may lie: about a paragraph.
_WINDOW = 600
#: How far back the checkpoints a counted plural ("the three posts") points to may lie: a release
#: names its posts once, at the top, and counts "the two crossings" a few paragraphs later.
_COUNTED_WINDOW = 1500
#: The most crossings a counted plural is read for: "the two crossings" ... "the five posts".
_MOST_COUNTED = 5


def named_route(index: EntityIndex, tok: Token) -> str | None:
    """The key of the checkpoint a definite ``tok`` ("the bridge", "this crossing") points back to:
    the one mentioned last before it, at most a paragraph earlier (or a place named as a bridge, which
    the entity layer may leave a place); None for an indefinite or plural noun ("a bridge", "the
    crossings") or when no checkpoint was named close before."""
    if tok.tag_ == "NNS" or not any(c.lower_ in ("the", "this", "that") for c in tok.children):
        return None  # "all the border crossings with X" are no one crossing
    found = index.before(tok.idx, ("Checkpoint", "Place"), within=_WINDOW)
    if found is None or (found.type == "Place" and not _named_as_way(found.name)):
        return None  # a river or a square named last is no way across
    return found.key


def counted_routes(index: EntityIndex, tok: Token) -> list[str]:
    """The checkpoints a counted plural description points back to: "the three posts", "the two
    crossings", "both crossings" are the last so many different checkpoints named before it, in the
    order they were named; [] when fewer were named, or for an uncounted plural ("the crossings")."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ROUTE_ANAPHORS:
        return []
    kids = {c.lower_: c for c in tok.children}
    count = 2 if "both" in kids else None
    if count is None and any(d in kids for d in ("the", "these", "those")):
        count = next((parse_number(c.text) for c in tok.children if c.dep_ == "nummod"), None)
    if count is None or not 1 < count <= _MOST_COUNTED:
        return []
    keys: list[str] = []
    for _span, entity in reversed(index.within(max(0, tok.idx - _COUNTED_WINDOW), tok.idx)):
        if entity.type == "Checkpoint" and entity.key not in keys:
            keys.append(entity.key)
            if len(keys) == count:
                return keys[::-1]
    return []


def route_there(index: EntityIndex, tok: Token) -> str | None:
    """The key of the checkpoint an adverb "there" points back to in a flow ("4,815 people cross
    there"): the one mentioned last before it, at most a paragraph earlier (the towns and states
    named after it are usually its sides: "the X bridge between A and B"); None for any other word.
    A reporter or official speaking at the crossing says "here" for it ("The X bridge links A and
    B. Some 300 people a day cross here.")."""
    if tok.lower_ not in ("there", "here") or tok.dep_ != "advmod":
        return None  # "there were 300 arrivals": an expletive, no place
    found = index.before(tok.idx, ("Checkpoint",), within=_WINDOW)
    return found.key if found is not None else None


def route_it(index: EntityIndex, tok: Token) -> str | None:
    """The key of the checkpoint a pronoun "it" points back to in a flow ("X is a busy post. Some 900
    people pass through it each day."): the checkpoint named last before it, at most a paragraph
    earlier, unless a town was named after it (then "it" may be the town: "the road runs into Y; 900
    drivers pass through it"); None for any other word."""
    if tok.lower_ != "it":
        return None
    found = index.last_before(tok.idx, _town_or_way, within=_WINDOW)
    return found.key if found is not None and found.type != "Settlement" else None


def _town_or_way(entity: Entity) -> bool:
    """A checkpoint, a place named as a way across, or a town (which a later "it" may stand for)."""
    return entity.type in ("Checkpoint", "Settlement") or (entity.type == "Place" and _named_as_way(entity.name))


def _named_as_way(name: str) -> bool:
    """ "the X Bridge", "the Y Crossing": a place whose name says it is a way across, which the
    entity layer may leave a place."""
    return name.split()[-1].lower() in ROUTE_ANAPHORS
