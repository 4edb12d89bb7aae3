"""Reinforcing a place with a force: "decided to reinforce the X region with N more members of
the Armed Forces", "we have reinforced the bridge with N officers", "the garrison was
strengthened with two companies". A deployment told the other way round: the verb's object is where the force
goes, its "with" phrase the force sent. The force may also be the verb's own subject, when the
text counts it ("another 150 soldiers will reinforce the X province", "90 officers reinforced the
post"): counted people who reinforce a place are sent there, while "the police reinforced the
post" with no figure is a body acting, not a force counted.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_news_triggers import NewsTrigger, lemma, sent_force
from kg.extract.event_sent_forces import counted_force

__all__ = ["reinforced_place", "reinforcement_triggers", "reinforcing_force"]

#: Verbs of adding a force to a place.
_REINFORCE_VERBS = frozenset(("reinforce", "strengthen", "bolster"))


def reinforcing_force(verb: Token) -> Token | None:
    """The force of "reinforced X with <force>", or the counted force that is its subject ("120
    soldiers will reinforce X"); None for any other word ("reinforced its position",
    "strengthened ties with X")."""
    if verb.pos_ != "VERB" or lemma(verb) not in _REINFORCE_VERBS:
        return None
    with_force = (
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj" and sent_force(g)
    )
    subject_force = (c for c in verb.children if c.dep_ == "nsubj" and sent_force(c) and counted_force(c))
    return next(with_force, None) or next(subject_force, None)


def reinforced_place(verb: Token) -> Token | None:
    """What is reinforced: the object, or the passive subject ("the post was reinforced with ...")."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def reinforcement_triggers(sent: Span) -> list[NewsTrigger]:
    """The deployments one sentence tells as a place reinforced with a force."""
    return [NewsTrigger("Deployment", tok, "deploy") for tok in sent if reinforcing_force(tok) is not None]
