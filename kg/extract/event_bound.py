"""People or boats + parse -> where they are "bound for": the destination a crossing names that way.

"45 migrants bound for X were stopped at sea", "left Y on boats bound for X", "intercepted two
X-bound boats carrying 70 people", "stopped 230 people trying to leave for X": "bound for X" (or
"X-bound", or a clause of setting out "for X") on the people, or on the vessel they travel in,
names where they were going, which is the crossing's destination when no verb of
arrival names one.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader

__all__ = ["bound_for", "headed_for"]

_PLACES = ("State", "Region", "Settlement", "Checkpoint")
#: Prepositions of the vessel people travel in: "on boats", "aboard a ship", "in dinghies".
_ABOARD = frozenset({"on", "aboard", "in", "onboard"})


#: Verbs of setting out whose "for" names where to: "leave for X", "heading for X", "set sail for X".
_SETTING_OUT = frozenset({"leave", "head", "depart", "sail", "set"})
#: Verbs of trying that carry the setting out ("trying to leave for X", "attempting to sail for X").
_TRYING = frozenset({"try", "attempt", "seek", "plan"})


def _set_out_for(a: ArgReader, verb: Token) -> list[str]:
    """Places a clause on the people sets out for: "(who were) leaving for X", "trying to leave for X"."""
    verbs = [verb]
    if verb.lemma_.lower() in _TRYING:
        verbs += [c for c in verb.children if c.dep_ == "xcomp"]
    return [
        k
        for v in verbs
        if v.lemma_.lower() in _SETTING_OUT
        for g in v.children
        if g.dep_ == "prep" and g.lower_ == "for"
        for o in g.children
        if o.dep_ == "pobj"
        for k in a.np_entities(o, _PLACES)
    ]


def bound_for(a: ArgReader, noun: Token) -> list[str]:
    """Places ``noun`` is "bound for" ("migrants bound for X", "X-bound boats") or, as a clause on
    it says, sets out for ("people trying to leave for X", "migrants who were heading for X")."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            out += _set_out_for(a, c)
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
