"""Whether a token is a cardinal counting the noun it modifies.

The parser tags a capitalised number word that opens a sentence ("Eleven crew members were
rescued ...", "Twelve officers were sent") as an adjective (``amod``), or after a dateline as a
proper noun (``compound``), rather than a number modifier (``nummod``), so a head count read from
``nummod`` alone misses it. ``like_num`` is true for
ordinal words too ("first", "fifth"), which count nothing; English ordinals all end in -st, -nd,
-rd or -th, and no cardinal word does.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["counting_numeral"]

_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def counting_numeral(tok: Token) -> bool:
    """ "400 soldiers", "four fishermen", "Eleven crew members" (parsed as an adjective or a
    compound): a cardinal on its noun; "the first soldiers" is none."""
    if tok.dep_ == "nummod":
        return tok.like_num
    if tok.dep_ not in ("amod", "compound") or not (tok.is_alpha and tok.like_num):
        return False
    return not tok.lower_.endswith(_ORDINAL_ENDINGS)
