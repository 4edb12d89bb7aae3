"""Vehicles counted across a border: "close to 700 trucks crossed at X on Sunday", "38,600
vehicles crossed into Y in the first quarter", "each day some 3,000 cars use the Z bridge".

Border services, customs offices and trade ministers count road traffic by the vehicle as often as
by the person, and such a figure is a flow across the border as a head count is. It is one only
when the vehicles themselves are what crosses, the subject of the flow's own verb, and no people are
counted beside them ("4,100 cars and 15,000 people crossed": the people are the figure). Lorries that
queue, wait, are stranded, are checked or are seized near a border cross nothing, and a number of
vehicles anywhere else in the clause is no figure of the flow.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_answers import asked_amount
from kg.extract.quantities import QuantityMatch

__all__ = ["VEHICLE_NOUNS", "counted_vehicles", "tallied", "vehicle_count"]

#: Road vehicles, the closed class traffic across a land border is counted in.
VEHICLE_NOUNS = frozenset(("vehicle", "car", "truck", "lorry", "bus", "coach", "van", "minibus", "motorcycle"))
#: Nouns a counted fleet or flow hangs on by "of": "an average of 950 trucks", "a total of 2,075 departures".
_TALLIES = frozenset(("average", "total", "mean", "number"))


def counted_vehicles(noun: Token) -> bool:
    """ "38,600 vehicles", "close to 700 trucks": a number on a noun of road vehicles."""
    return noun.lemma_.lower() in VEHICLE_NOUNS and any(c.dep_ == "nummod" for c in noun.children)


def vehicle_count(
    doc: Doc, q: QuantityMatch, clause: set[int], verb: Token, people: frozenset[str], post: bool = False
) -> Token | None:
    """The number of ``q`` when it counts the vehicles that are the subject of ``verb`` ("700 trucks
    crossed on Sunday"), within ``clause``, and no ``people`` are counted beside them; else None.

    ``post``: the verb's subject is the crossing itself ("the X crossing handles some 860
    trucks a day"), whose object is then its own traffic, not inspections officers made."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    nums = [t for t in span if t.like_num or asked_amount(t)] if span is not None else []  # "how many lorries"
    if not nums or nums[-1].i not in clause:
        return None
    noun = nums[-1].head
    while noun.like_num and noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i:
        noun = noun.head  # "nineteen hundred trucks": "nineteen" on "hundred", "hundred" on the trucks
    # the subject, also as a tally ("an average of 950 trucks a day crossed"), or the doer of a
    # passive ("the bridge is used by 3,850 vehicles a day")
    mover = tallied(noun)
    moved = (mover.head.i == verb.i and mover.dep_ == "nsubj") or (
        noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i
    )
    if not counted_vehicles(noun) or not (moved or (post and _object_of(noun, verb))):
        return None  # "checked 10,400 vehicles": vehicles handled, not traffic that moved
    beside = [c for c in noun.children if c.dep_ == "conj"]
    beside += [c for c in verb.children if c.dep_ == "nsubj"] if moved else []  # a post's subject is the post
    if any(c.lemma_.lower() in people for c in beside):
        return None  # "4,100 cars and 15,000 people crossed" (a conjunct or a second subject): the people
    return nums[-1]


def tallied(noun: Token) -> Token:
    """The tally ``noun`` is counted in ("an average of 940 trucks", "a total of 2,075 departures"),
    else ``noun``: the word a counting verb takes or a moving verb has as its subject."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _TALLIES:
        return noun.head.head
    return noun


def _object_of(noun: Token, verb: Token) -> bool:
    """ "handled 940 trucks", "handled an average of 940 trucks": ``noun`` is what ``verb`` takes."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "an average of", "a total of"
        noun = noun.head.head
    return noun.dep_ in ("dobj", "attr") and noun.head.i == verb.i  # "(traffic at X) was 900 vehicles": attr
