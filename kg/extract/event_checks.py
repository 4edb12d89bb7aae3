"""Border checks stated as a noun: "officers carried out checks on 84,000 passengers at the crossings".

A border service's report often counts the people it checked with a light verb and a noun of
checking rather than the verb "checked" itself. People counted through a border are a flow across
it (as for "officers checked 9,000 travellers at the border"), so the light verb is read as the verb
of checking: its counted people are the figure, "at the crossings of X" the way in.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["CHECKING_LIGHT_VERBS", "checked_people"]

#: Verbs that carry a noun of checking: "carried out checks", "conducted controls", "performed screenings".
CHECKING_LIGHT_VERBS = frozenset({"carry", "conduct", "perform"})
#: Nouns of checking people at a border.
_CHECK_NOUNS = frozenset({"check", "control", "inspection", "screening"})


def checked_people(verb: Token, people_nouns: frozenset[str]) -> Token | None:
    """The counted people of "carried out checks on N passengers" (the "on" on the verb or the
    noun), or None when ``verb`` carries no noun of checking or the checks count no people."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHECKING_LIGHT_VERBS:
        return None
    checks = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHECK_NOUNS]
    if not checks:
        return None
    for holder in (verb, *checks):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "of")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in people_nouns and any(g.like_num and g.dep_ == "nummod" for g in obj.children):
                    return obj
    return None
