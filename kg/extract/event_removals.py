"""People sent out of a country by its authorities: "the police deported 1,200 migrants", "X
expelled 300 foreign workers to Y". A removal is a flow like "we returned 9,400 people": the people
are the verb's counted object, and they leave the state whose authorities act."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of sending people out of the country by authority (not "returned", read as a crossing).
REMOVING_VERBS = frozenset({"deport", "expel", "repatriate"})


def removed_people(token: Token) -> bool:
    """True for "deported 1,200 migrants" or "1,200 workers were deported": a removal verb whose
    object (or passive subject) is counted; "deported the opposition leader" counts no flow."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in REMOVING_VERBS:
        return False
    people = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.like_num or any(g.dep_ == "nummod" for g in c.children) for c in people)
