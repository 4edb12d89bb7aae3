"""(Doc, linked mentions, found relations) -> ``kg:connects`` from the two places a crossing is said to join.

News often gives a crossing's sides by the places at its two ends rather than by "the border with
Y": "the X Checkpoint, which links A to the town of B in R", "the X bridge connects A with B",
"travellers crossed between A and R through the X and Y checkpoints". Each end is a state, or a
region or town the text places in one; the crossing connects those states. This matters most
where GeoNames lists no land border to fall back on (a causeway to an island state), and it reads
what the text says before any guess from context.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, link_at, tokens

__all__ = ["joined_sides"]

#: Verbs of a crossing joining two places: "X links A to B", "X, which connects A with B".
_JOIN_VERBS = frozenset({"link", "connect", "join"})
#: Prepositions that name the second end after such a verb, or both after "between".
_END_PREPS = frozenset({"to", "with", "between"})
#: Prepositions a flow of people passes a crossing by: "crossed between A and B through X".
_THROUGH = frozenset({"through", "via"})
#: Dependencies from a crossing's name up to the verb or preposition that governs it.
_UP = frozenset({"pobj", "conj", "compound", "appos", "nmod"})


def joined_sides(doc: Doc, links: list[Linked], found: Found) -> None:
    """Every crossing said to join two places connects the states those places lie in."""
    placed = _placements(found)
    for lk in links:
        span = tokens(doc, lk) if lk.type == "Checkpoint" and lk.kind == "name" else None
        if span is None:
            continue
        head = span.root
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "the X Checkpoint": the name hangs on its noun
        ends = _joined_ends(head) or _flow_ends(head)
        states = [s for s in dict.fromkeys(_end_state(doc, links, placed, t) for t in ends) if s is not None]
        if not states:
            continue
        sent = span.sent if doc.has_annotation("SENT_START") else span
        for state in states[:2]:
            add(found, lk.key, "connects", state, sent)


def _joined_ends(root: Token) -> list[Token]:
    """The places after the verb the crossing is the subject of, or the relative clause on it:
    "X links A to B", "X, which connects A with B", "X joins A and B"."""
    verbs = [c for c in root.children if c.dep_ == "relcl"]
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    for verb in verbs:
        if verb.lemma_.lower() not in _JOIN_VERBS:
            continue
        ends: list[Token] = []
        for child in verb.children:
            if child.dep_ == "dobj":
                ends += [child, *child.conjuncts]
                ends += _prep_objects(child)  # the parser may hang "to B" on A
            elif child.dep_ == "prep" and child.lower_ in _END_PREPS:
                ends += _prep_objects(verb, child)
        return ends
    return []


def _flow_ends(root: Token) -> list[Token]:
    """ "crossed between A and B through X (and Y)": the two places after the verb's "between"."""
    node = root
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ in _THROUGH:
            verb = node.head.head
            return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "between" for t in _objects(c)]
        if node.dep_ not in _UP | {"prep"} or node.head.i == node.i:
            return []
        node = node.head
    return []


def _prep_objects(head: Token, prep: Token | None = None) -> list[Token]:
    """Objects (and their conjuncts) of ``prep``, or of every end preposition under ``head``."""
    preps = [prep] if prep is not None else [c for c in head.children if c.dep_ == "prep" and c.lower_ in _END_PREPS]
    return [t for p in preps for t in _objects(p)]


def _objects(prep: Token) -> list[Token]:
    return [t for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]


def _end_state(doc: Doc, links: list[Linked], placed: dict[str, str], tok: Token) -> str | None:
    """The state an end names or lies in: a state itself, a place the text puts in one, else the
    place after its own "in" ("B in R")."""
    lk = link_at(doc, links, tok.i)
    if lk is not None and lk.type == "State":
        return lk.key
    if lk is not None and lk.key in placed:
        return placed[lk.key]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                inner = link_at(doc, links, obj.i) if obj.dep_ == "pobj" else None
                if inner is not None and inner.type == "State":
                    return inner.key
                if inner is not None and inner.key in placed:
                    return placed[inner.key]
    return None


def _placements(found: Found) -> dict[str, str]:
    """Place key -> the one state the found relations put it in, directly or through its region."""
    up: dict[str, set[str]] = {}
    for s, p, o in found:
        if p in {"partOf", "locatedIn"} and not s.startswith(("agency/", "state/")):
            up.setdefault(s, set()).add(o)
    out: dict[str, str] = {}
    for place, parents in up.items():
        states = {o for o in parents if o.startswith("state/")}
        states |= {g for o in parents if not o.startswith("state/") for g in up.get(o, ()) if g.startswith("state/")}
        if len(states) == 1:
            out[place] = states.pop()
    return out
