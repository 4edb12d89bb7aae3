"""(verb) -> whether it reports its passive subject fired on: "a customs launch was fired upon",
"a police jeep was shot at near X".

Releases of armed forces and border services tell an attack on their own people from the side
of those hit, with a passive verb of firing and its preposition left stranded: the jeep "was
shot at", the post "was fired on". The subject is what the attack hit; the verb is one armed
action, read like "was struck" (the frame places it where its clause says). "Shot" with an
object ("was shot dead", "shot in the leg") and "fired" without a stranded preposition ("was
fired by the board") are no such report.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["FIRING_VERBS", "fired_upon"]

#: Verbs of firing a weapon (lemmas).
FIRING_VERBS = frozenset(("fire", "shoot"))
#: The prepositions that name what is fired on.
_AT = frozenset(("at", "upon", "on"))


def fired_upon(token: Token) -> bool:
    """True for a passive verb of firing whose "at" / "upon" / "on" has no object of its own."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in FIRING_VERBS:
        return False
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    return any(
        c.dep_ in ("prep", "prt") and c.lower_ in _AT and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in token.children
    )
