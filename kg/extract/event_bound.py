"""People or boats + parse -> where they are "bound for": the destination a crossing names that way.

"45 migrants bound for X were stopped at sea", "left Y on boats bound for X", "intercepted two
X-bound boats carrying 70 people": "bound for X" (or "X-bound") on the people, or on the vessel
they travel in, names where they were going, which is the crossing's destination when no verb of
arrival names one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader

__all__ = ["bound_for", "headed_for"]

_PLACES = ("State", "Region", "Settlement", "Checkpoint")
#: Prepositions of the vessel people travel in: "on boats", "aboard a ship", "in dinghies".
_ABOARD = frozenset({"on", "aboard", "in", "onboard"})


def bound_for(a: ArgReader, noun: Token) -> list[str]:
    """Places ``noun`` is "bound for" ("migrants bound for X", "X-bound boats")."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ not in ("acl", "amod") or c.lower_ != "bound":
            continue
        for g in c.children:
            if g.dep_ == "prep" and g.lower_ in ("for", "to"):
                out += [k for o in g.children if o.dep_ == "pobj" for k in a.np_entities(o, _PLACES)]
            elif g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i:  # "X-bound"
                out += a.np_entities(g, _PLACES)
    return list(dict.fromkeys(out))


def headed_for(a: ArgReader, verb: Token) -> list[str]:
    """Where the people a verb of movement moves are bound: its subject or object, the noun the
    verb describes ("migrants who left ..."), or the vessel they travel in ("on boats bound for X")."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ in ("acl", "relcl"):
        nouns.append(verb.head)
    nouns += [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ in _ABOARD for o in c.children if o.dep_ == "pobj"
    ]
    return list(dict.fromkeys(k for n in nouns for k in bound_for(a, n)))
