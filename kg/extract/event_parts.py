"""A number set after a total as its part: "prevented 4,155 attempts, 263 of them in May alone".

News gives a total and then a share of it in apposition, with its own time or place: the share is a
figure of the same event kind, counted by the same verb ("263 of them in May" were prevented too).
The parser hangs such a number on the verb as a bare noun phrase, where a count of days or a sum
of money also stands; "of them" (or "of whom", "of these") pointing back at the people just counted
is what makes it a head count.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["part_of_whole"]

#: Words that point back at the counted whole: "263 of them", "of whom 90", "300 of these".
_WHOLE_WORDS = frozenset(("them", "whom", "these", "those"))


def part_of_whole(num: Token) -> bool:
    """True when ``num`` is followed by "of them" (or "of whom", "of these"): a part of a total."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in _WHOLE_WORDS for g in c.children)
        for c in num.children
    )
