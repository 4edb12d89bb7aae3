"""(verb of clearing or having) -> whether it counts people at a place named by its bare name.

An official speaking of the post they run counts its traffic with the post's own name and no word
for a crossing: "our officers clear about 2,864 travellers a day at X", "we processed some 4,137
passengers a week at X", "for two weeks we had roughly 960 travellers a day at X". Such a figure
is a flow through X when X is a crossing point, or a town whose post the sentence speaks of ("staff
cleared ... at X after the new check post went into service"): the trigger only sees a proper name
after "at", and :func:`kg.extract.event_crossings.read_crossing` keeps the figure only when the
name is such a place (people checked at a market in a town are no flow). "Have" counts traffic
only with a rate ("a day"): "we had 40 officers at X" is a staff, not a flow.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["HAVING_VERBS", "counted_at_name", "names_at"]

#: Verbs of having or seeing, read as counting only with a rate: "we had 900 travellers a day at
#: X", "at the X post we see around 6,300 cars daily".
HAVING_VERBS = frozenset(("have", "see"))
#: Units of a rate, and the words that make them one ("a day", "per week", "each day").
_RATE_UNITS = frozenset(("day", "week", "month"))
_RATE_WORDS = frozenset(("a", "per", "each", "every"))


def counted_at_name(verb: Token, counting: frozenset[str], counted_nouns: frozenset[str]) -> bool:
    """Whether ``verb`` (a verb of ``counting``, or "have" with a rate) counts people
    (``counted_nouns``, with a number) "at" a proper name, on the verb or on what it counts."""
    lem = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or (lem not in counting and lem not in HAVING_VERBS):
        return False
    counted = [c for c in _objects(verb) if _counted(c, counted_nouns)]
    if not counted or (lem in HAVING_VERBS and not any(_rate(t) for t in verb.subtree)):
        return False
    return any(_named(o) for o in names_at(verb, counted))


def names_at(verb: Token, counted: list[Token] | None = None) -> list[Token]:
    """The objects of "at" or "through" on ``verb`` or on what it counts (its objects when
    ``counted`` is None): "900 travellers a day through X" is counted at X as well."""
    holders = (verb, *(_objects(verb) if counted is None else counted))
    return [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("at", "through")
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _named(place: Token) -> bool:
    """ "X", "the X border post": a proper name, or a noun a proper name is compounded on."""
    return place.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in place.children)


def _objects(verb: Token) -> list[Token]:
    """What a verb counts: its object, or the noun of "on average" the parser takes for one ("cleared
    on average 3,187 travellers")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        out += [o for o in prep.children if o.dep_ == "pobj" and any(a.lower_ == "average" for a in o.children)]
    return out


def _counted(noun: Token, nouns: frozenset[str]) -> bool:
    """ "2,864 people", "about 960 travellers", "some 4,137 more passengers": a number on a counted noun."""
    if noun.lemma_.lower() not in nouns:
        return False
    return any(c.like_num or any(g.like_num for g in c.children) for c in noun.children if c.dep_ in ("nummod", "amod"))


def _rate(tok: Token) -> bool:
    """ "a day", "per week", "each day": a unit of a rate."""
    if tok.lemma_.lower() not in _RATE_UNITS:
        return False
    return any(c.lower_ in _RATE_WORDS for c in tok.children) or (tok.dep_ == "pobj" and tok.head.lower_ == "per")
