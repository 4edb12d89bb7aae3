"""A refusal of entry + parsed sentence -> where it was made: the named place or the side it names.

A refusal is made by the side that refuses, at the point where people present themselves: "since
March the post at X has refused entry to 62", "entry was refused to 40 travellers at Y", "300 were
denied entry on the Xian side". Border bodies count refusals where they are made, so the post,
town or district named "at", "on" or "in" the refusal is where the event took place (and, when no
other sentence part says which state was entered, that place's side is the one entered: the states
of named places are added later, :mod:`kg.extract.event_places`). The place is read on the verb, on
its "entry", on the people refused and on those refusing ("guards at X"), wherever the parser
hangs it; a refusal told by its noun ("guards at X recorded 31 entry refusals") is placed through the
verb counting it and that verb's subject as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.event_args import demonym_state

if TYPE_CHECKING:
    from kg.extract.event_args import ArgReader

__all__ = ["own_places", "refusal_places"]

#: Prepositions that place a refusal: "at the X post", "on the Xian side", "in the X district".
_WHERE = frozenset(["at", "on", "in"])
#: What a refusal can take place at: a post, a town, a district, or a whole state's side.
_PLACES = ("Checkpoint", "Settlement", "Region", "State")


def refusal_places(args: ArgReader, verb: Token, entry: Token, figures: list[Token]) -> list[tuple[str, int]]:
    """(key, character offset) of the places a refusal of entry (``verb`` refusing ``entry``) names,
    in text order; ``figures``, the numbers it counts, may carry a place of their own ("..., against
    120 on the Yian side")."""
    refused = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i != entry.i]  # "85 people were refused"
    refused += [
        g for c in (verb, entry) for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
    ]  # "refused entry to 300 people", "entry was refused to 63 travellers"
    # "... and 40 on the Yian side": a second figure the parser joins to the first
    refused += [c for h in (verb, entry, *refused) for c in h.children if c.dep_ == "conj" and c.like_num]
    refusers = [c for c in verb.children if c.dep_ == "nsubj"]  # "guards at X have refused entry"
    # a refusal noun: the verb that counts it ("At X, refusals fell to 31") and its counters ("guards at X
    # recorded 31 entry refusals")
    governors = [verb.head] if verb.pos_ == "NOUN" and verb.dep_ in ("nsubj", "dobj") else []
    refusers += [c for g in governors for c in g.children if c.dep_ == "nsubj" and c.i != verb.i]
    out: list[tuple[str, int]] = []
    for holder in (verb, entry, *refused, *refusers, *governors, *figures):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _WHERE):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                keys = args.np_entities(obj, _PLACES) or _side(obj)
                out += [(k, obj.idx) for k in keys if k not in {k for k, _ in out}]
    return sorted(out, key=lambda p: p[1])


def own_places(places: list[tuple[str, int]], starts: list[int], i: int) -> list[str]:
    """The places of figure ``i`` of several a refusal counts ("officers turned away 300 on the Xian
    side and 120 on the Yian side"): those named after it and before the next figure (``starts``:
    the figures' character offsets). Empty when the places do not fall between the figures that
    way, so that all the figures keep all the places."""
    bounds = [(s, starts[j + 1] if j + 1 < len(starts) else None) for j, s in enumerate(starts)]
    owned = [[k for k, at in places if at > lo and (hi is None or at < hi)] for lo, hi in bounds]
    return owned[i] if all(owned) else []


def _side(obj: Token) -> list[str]:
    """ "on the Xian side": the state the nationality word before "side" names."""
    if obj.lemma_.lower() != "side":
        return []
    return [k for c in obj.children if c.dep_ in ("amod", "compound") and (k := demonym_state(c.text))]
