"""Noun -> whether it counts people by what they seek: "4,310 candidates for clandestine emigration".

Official texts, often translated, name migrants by the move they mean to make ("candidates for
emigration", "applicants for asylum", "applicants for international protection"): the head noun
alone ("candidate", "applicant") counts people only with that "for" phrase, never in an election
("candidates for the Senate"). Read by ``people_count`` in :mod:`kg.extract.events`.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["seeks_to_move"]

#: What such people seek: a move across a border or protection after one.
_SOUGHT = frozenset(("migration", "emigration", "immigration", "asylum", "protection", "resettlement", "departure"))


def seeks_to_move(noun: Token) -> bool:
    """True when ``noun`` is qualified by "for" + a move or protection it seeks (the parser may hang
    the phrase on the verb the noun is the object of, right after the noun)."""
    after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1] if noun.head.i != noun.i else []
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _SOUGHT for o in prep.children)
        for prep in [*noun.children, *after]
    )
