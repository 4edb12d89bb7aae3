"""Arrest verb -> the people it holds when a release names them one by one: "the driver and his
passenger were arrested" (two), "two men and a woman were detained" (three).

Releases of customs and police often count those held by naming them with no figure, each
described in apposition ("The driver, a man aged 40, and his passenger, a woman aged 35, were
arrested"). Each noun for people joined by "and" is one person, or as many as its own numeral
says; a noun the lexicons do not know as a person ("the skipper") is one when its apposition
is ("the skipper, a man of 40"). The parser may read the first apposition as a second subject ("The driver, a man aged
40, and ...": "man" beside "driver"); it restates the noun before it and counts no one, though
the nouns joined to it do. A plural without a numeral ("and several passengers") leaves the
count unknown, and a single noun is no such list (the other arrest rules read it).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_news_triggers import person_noun
from kg.extract.event_sent_counts import sent_count
from kg.extract.quantities import QuantityMatch

__all__ = ["held_count", "held_people"]

#: Tags of a noun that names one person: "the driver", "a woman".
_SINGULAR = frozenset(("NN", "NNP"))


def _restates(noun: Token) -> bool:
    """ "The driver, a man aged 40, ...": an indefinite noun set off by a comma after another
    subject, read by the parser as a subject of its own."""
    edge = noun.left_edge
    return (
        edge.i > 0
        and noun.doc[edge.i - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def held_people(verb: Token) -> list[Token]:
    """The nouns for people joined as the object (or passive subject) of the arrest ``verb``, in
    order; empty unless there are two or more, each names people and each is counted."""
    out: list[Token] = []
    described: set[int] = set()  # nouns an apposition calls a person: "the skipper, a man of 40"
    for head in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if out and _restates(head):
            described |= {out[-1].i} if person_noun(head) else set()
        else:
            out.append(head)
        # "the skipper, a man aged 47, and three deckhands": the parser may join the next noun to the apposition
        for noun in (head, *(c for c in head.children if c.dep_ == "appos")):
            out += [c for c in noun.conjuncts if c.i > noun.i and c not in out]
    described |= {n.i for n in out if any(c.dep_ == "appos" and person_noun(c) for c in n.children)}
    people = all((person_noun(n) or n.i in described) and _counted(n) for n in out)
    return out if len(out) > 1 and people else []


def _counted(noun: Token) -> bool:
    """One person ("the driver"), or a plural with its own numeral ("two passengers")."""
    return noun.tag_ in _SINGULAR or any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def held_count(nouns: list[Token], quants: list[QuantityMatch]) -> int | None:
    """How many people ``nouns`` name: one for each singular noun, its numeral's figure for a
    counted one ("two men"); None when a plural has no figure or there is no list."""
    if not nouns:
        return None
    total = 0
    for noun in nouns:
        q = sent_count(noun, quants)
        if q is not None and q.quantity.count:
            total += q.quantity.count
        elif noun.tag_ in _SINGULAR:
            total += 1
        else:
            return None
    return total
