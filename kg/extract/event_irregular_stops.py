"""A body's stop of people the text calls irregular, or of people who had just crossed, is a
stopped crossing.

Border bodies report whom they stopped without always naming the border: "the rangers held 583
undocumented people near X", "officers stopped 40 undocumented migrants", "85 were held on Sunday
soon after entering from Y". A body counting its stops of people described by an
adjective of unlawful entry, or a clause saying the people had just crossed, makes the stop a
border fact as plainly as "at the border" does; the latter is no arrest of its own. Irregular
migrants held with no one named doing it ("were apprehended in a raid on a warehouse") may be a
smuggling case's arrest and stay one; "police detained 40 protesters" stays what it was.

Where no side of the border is named, the place the people were caught "in" (a province, a town)
lies inside the state they entered.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

__all__ = ["caught_in", "crossed_before", "irregular_people"]

#: Adjectives of entry or stay without leave on the people stopped: "irregular migrants".
_UNLAWFUL = frozenset(
    ("illegal", "irregular", "unlawful", "undocumented", "unauthorised", "unauthorized", "illicit", "clandestine")
)
#: Nouns of the papers or the leave a person needs to enter: what people stopped "without" lacked.
_LEAVE = frozenset(
    (
        "paper",
        "papers",
        "document",
        "documentation",
        "identification",
        "visa",
        "passport",
        "permit",
        "permission",
        "authorisation",
        "authorization",
        "right",
        "leave",
    )
)
#: Prepositions of a clause that tells what the people had just done: "after crossing from Y".
_AFTER = frozenset(("after", "upon", "on"))
#: Verbs of crossing into a country, as such a clause tells it.
_CROSSING = frozenset(("cross", "enter"))
#: Prepositions of where the people were caught: "in X province", "near X", "around the town of X".
_CAUGHT_IN = frozenset(("in", "near", "around", "outside"))


def irregular_people(stopped: Iterable[Token], verb: Token | None = None) -> bool:
    """Whether a stop's objects are people described by an adjective of unlawful entry ("held 583
    undocumented people", "40 undocumented migrants were stopped") or as lacking the papers or the
    leave to enter ("turned back 75 travellers without papers", "eight people without leave to
    land"); the parser may hang that "without" on the stopping ``verb``."""
    stopped = list(stopped)
    if verb is not None and stopped and any(_without_leave(c) for c in verb.children):
        return True
    return any(
        (c.dep_ == "amod" and c.lemma_.lower() in _UNLAWFUL) or _without_leave(c) for o in stopped for c in o.children
    )


def _without_leave(phrase: Token) -> bool:
    """ "without papers", "without an entry visa", "without leave to land": a "without" phrase
    whose noun is a paper of entry or a leave to enter."""
    if phrase.dep_ != "prep" or phrase.lower_ != "without":
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _LEAVE for g in phrase.children)


def crossed_before(verb: Token) -> list[Token]:
    """The crossing verbs of "after crossing from Y", "upon entering X" under a verb of stopping:
    the people stopped had crossed (their "from" and "into" phrases give the sides)."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _AFTER
        for g in c.children
        if g.dep_ == "pcomp" and g.pos_ == "VERB" and g.lemma_.lower() in _CROSSING
    ]


def caught_in(verb: Token) -> list[Token]:
    """The objects of the place phrases of a verb of stopping ("caught ... in X province")."""
    return [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in _CAUGHT_IN for g in c.children if g.dep_ == "pobj"
    ]
