"""A force put where it is needed, told with a verb of putting: "the service has posted 35 more
guards at X", "a dozen extra inspectors will be placed at the bridge", "officers were put at Y by
the ministry", "the army is positioning two hundred soldiers along the river". Such verbs are
ordinary words ("placed an order", "posted a video", "added a lane"), so they report a deployment
only when what is put is a counted force, and not when it is put in a state or a roster ("placed 3
officers on leave", "put two guards under investigation", "added 45 officers to its ranks"): a body
or a place there is named, a state or a roster is a common noun (a common noun a named place locates,
"posted 65 extra staff to the booths at X", is a post there).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_news_triggers import NewsTrigger, lemma, verb_object
from kg.extract.event_sent_forces import counted_force

__all__ = ["placed_force", "placement_triggers"]

#: Verbs of putting something somewhere.
_PUTTING_VERBS = frozenset(("place", "post", "put", "add", "position"))
#: Prepositions that put people in a state or a roster when their object names nothing.
_STATE_PREPS = frozenset(("on", "under", "to"))


def placed_force(verb: Token) -> Token | None:
    """The counted force a verb of putting places ("posted 35 more guards at X"), also after
    the things put with it ("will add a second scanner and 25 inspectors"), else None."""
    if verb.pos_ != "VERB" or lemma(verb) not in _PUTTING_VERBS:
        return None
    put = verb_object(verb)
    force = next((t for t in (put, *put.conjuncts) if counted_force(t)), None) if put is not None else None
    if force is None:
        return None
    preps = [c for h in (verb, force) for c in h.children if c.dep_ == "prep" and c.lower_ in _STATE_PREPS]
    placed = [g for c in preps if c.lower_ == "to" for g in c.children if _placed_noun(g)]  # "to the booths at X"
    if any(not g.ent_type_ and g not in placed for c in preps for g in c.children if g.dep_ == "pobj"):
        return None  # "on leave", "under arrest", "to the payroll": no place
    return force


def _placed_noun(noun: Token) -> bool:
    """ "to the booths at X", "to the desks at Y": a common noun that "at" a named place locates
    is a post, not a state or a roster ("to its ranks in Y" stays a roster)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )


def placement_triggers(sent: Span) -> list[NewsTrigger]:
    """The deployments one sentence tells with a verb of putting."""
    return [NewsTrigger("Deployment", tok, "deploy") for tok in sent if placed_force(tok) is not None]
