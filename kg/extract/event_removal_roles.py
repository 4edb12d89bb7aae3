"""Who leaves and where to, for a removal ("the X police deported 300 workers from Y"): the
reverse of a crossing's reading, apart from the trigger (kg.extract.event_removals) because it
needs the argument reader, which the triggers module feeds."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader, counted_group_origin, demonym_state
from kg.extract.event_merge import Mention

_PLACES = ("State", "Region", "Settlement")


def removal_roles(a: ArgReader, verb: Token, m: Mention, most_from: list[str]) -> None:
    """Set a removal's roles: where the people are sent is "to Y" on the verb, else their own
    country ("workers from X", "nationals of X", "most of them from X", given as ``most_from``); the
    state of whoever removes them ("X deported", "the X-ian police", "the X immigration service")
    is the one they leave. The crossing reader's roles are not used: it reads the people's own
    country as the place they left."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    sent_to = [
        k
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "into")
        for o in c.children
        if o.dep_ == "pobj"
        for k in a.np_entities(o, _PLACES)
    ]
    own = [
        k
        for p in people
        for c in p.children
        if c.dep_ == "prep" and c.lower_ in ("from", "of")  # "workers from X", "nationals of X"
        for o in c.children
        if o.dep_ == "pobj"
        for k in a.np_entities(o, _PLACES)
    ] or [k for p in people if (k := counted_group_origin(a, p))]
    m.destination = list(dict.fromkeys(sent_to or own or most_from))
    states: list[str] = []
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "agent")):
        words = list(subj.subtree)
        named = a.index.within(words[0].idx, words[-1].idx + len(words[-1]))
        states += [e.key for _, e in named if e.type == "State"]
        states += [k for t in words if (k := demonym_state(t.text))]
    m.origin = [k for k in dict.fromkeys(states) if k not in m.destination]
