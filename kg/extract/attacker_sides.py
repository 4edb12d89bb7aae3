"""Token -> whether a demonym names the side that attacks, not the text's own state.

A region's update on an attack writes the attacker's demonym on its weapons and troops ("a
Varnian drone hit a car", "Varnian troops shelled the village") and never names its own state:
such a demonym says who struck, not whose bodies the text speaks of, just as "the border with
Y" says where the other side is.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["attacker_demonym"]

#: Weapons that strike by themselves: "a Varnian drone", "Varnian missiles".
_WEAPONS = frozenset({"drone", "missile", "rocket", "bomb", "shell", "projectile", "munition", "warplane"})
#: Armed actions named by a noun: "a Varnian airstrike", "Varnian shelling".
_STRIKES = frozenset({"airstrike", "strike", "shelling", "bombardment", "bombing", "attack", "assault", "raid"})
#: Those who fight, who attack only when an attack verb says so ("Varnian troops shelled X").
_FIGHTERS = frozenset({"troop", "force", "soldier", "army", "unit", "artillery", "aircraft", "jet"})
#: Verbs of striking at a place or people.
_ATTACK_VERBS = frozenset({"shell", "attack", "strike", "bomb", "hit", "target", "fire", "pound", "raid", "storm"})


def attacker_demonym(token: Token) -> bool:
    """True when ``token`` (a demonym) modifies a weapon or armed action, or fighters that are the
    subject of an attack verb: "a Varnian drone struck", "Varnian troops shelled 11 villages"."""
    if token.dep_ not in {"amod", "compound", "nmod"}:
        return False
    noun = token.head
    lemma = noun.lemma_.lower()
    if lemma in _WEAPONS or lemma in _STRIKES:
        return True
    return (
        lemma in _FIGHTERS
        and noun.dep_ == "nsubj"
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in _ATTACK_VERBS
    )
