"""(people sent or called up, entities) -> the state body they serve in, named in their own phrase.

A deployment or a call-up often names the body whose people move in the phrase that counts them:
"sixty more officers of the X Border Guard", "140 extra X Police officers", "500 reservists of the
Y Guard". When nobody but a person is said to act ("We are sending sixty more officers of the X
Border Guard", said by a minister; "a decree orders the call-up of 650 reservists of the Y Guard"),
that body is who acts as well: the speaker gives the order, the body carries it out. Only a
state's body (an agency) counts: a firm or a charity named there is most often a place or a
sponsor misread.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_args import ArgReader
from kg.extract.event_sent_forces import ADDED_WORDS, force_owner_phrases
from kg.extract.quantities import QuantityMatch

__all__ = ["counted_people", "force_bodies", "needs_body"]

#: Key prefix of a state's bodies, the only owners of a force read here.
_BODY = "agency/"


def force_bodies(args: ArgReader, people: Token | None) -> list[str]:
    """The agencies ``people`` belong to: a name in the noun's compound ("X Police officers") or
    its "of" / "from" phrase ("officers of the X Police")."""
    if people is None:
        return []
    named = [c for c in people.children if c.dep_ in ("compound", "nmod") and c.i < people.i]
    out: list[str] = []
    for h in named + force_owner_phrases(people):
        out += [k for k in args.np_entities(h, ("Agency",), agentive=True) if k.startswith(_BODY) and k not in out]
    return out


def needs_body(agents: list[str]) -> bool:
    """Whether an event's agents leave the acting body unnamed: none, or only persons."""
    return all(k.startswith("person/") for k in agents)


def counted_people(doc: Doc, q: QuantityMatch) -> Token | None:
    """The noun the figure ``q`` counts ("500 reservists", "300 more reservists"), or None."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    nums = [t for t in span if t.like_num] if span is not None else []
    if not nums or nums[-1].dep_ not in ("nummod", "quantmod", "amod"):
        return None
    head = nums[-1].head
    if head.lower_ in ADDED_WORDS and head.head.i != head.i:  # "300 more reservists": on "more"
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None
