"""Who was rescued and where, when the release tells it beside another verb or by a bearing.

Coast guard and police releases often tell a rescue as a participle on the people saved, hung on
some other verb ("a launch carried six passengers rescued near X to Y"), and place it by a
compass bearing from an island or town rather than "in" it ("south of X", "some 9 km east of
Y"): open water has no names. The people the participle describes are the rescued group, and a
bearing "of X" names where the rescue was.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["bearing_objects", "rescued_group"]

#: Compass bearings, as a reporter places something at sea or in open country from a known place.
_BEARINGS = frozenset(
    (
        *("north", "south", "east", "west"),
        *("northeast", "northwest", "southeast", "southwest"),
        *("north-east", "north-west", "south-east", "south-west"),
    )
)


def rescued_group(verb: Token) -> Token | None:
    """Who a verb of saving acts on: its object ("saved 30 hikers"), its passive subject ("30 hikers
    were saved"), or the noun a participle describes ("took in six passengers rescued near X"); of
    the noun "rescue", its "of" phrase ("the rescue of fourteen fishermen")."""
    if verb.pos_ == "NOUN":
        return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return obj


def bearing_objects(head: Token) -> list[Token]:
    """The places a compass bearing on ``head`` is measured from ("saved south of X", "found the raft
    9 km east of Y" -> X, Y), at any depth of the verb's own phrases."""
    out: list[Token] = []
    todo = [head]
    while todo:
        tok = todo.pop()
        todo += [c for c in tok.children if c.dep_ not in _OTHER_CLAUSES]
        if tok.lower_ in _BEARINGS and tok.dep_ in ("npadvmod", "advmod", "dobj", "pobj"):
            of = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
            out += [g for p in of for g in p.children if g.dep_ == "pobj"]
    return sorted(out, key=lambda t: t.i)


#: Clauses joined to a verb that tell of something else ("..., and the crew returned to X").
_OTHER_CLAUSES = frozenset(("conj", "ccomp", "advcl", "parataxis"))
