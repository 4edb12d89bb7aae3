"""(a title read before a name) -> the offices it is joined to by "and" or "/": one holder, two offices.

"Prime Minister and Commander-in-Chief X", "Deputy Prime Minister/Foreign Minister Y": the words
before the conjunction end in an office's head word and make an office of their own, not a part
of the second one. A state that either office names is the other's too: one person holds the
offices of one government at once. The second office may open with a capitalised qualifier its
title leaves out ("Deputy Minister and Government Spokesman Z"): the conjunction is sought
before it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.index import EntityIndex
from kg.extract.titles import HEADS, TitleMatch, title_before

__all__ = ["joined_offices"]

#: How many capitalised qualifiers may stand between the conjunction and the second office's title.
_QUALIFIERS = 2

#: Words before a pair of offices that make the first one someone else's: "the President and
#: Prime Minister X met" names two people.
_ARTICLES = frozenset({"the", "a", "an"})


def joined_offices(match: TitleMatch, index: EntityIndex) -> list[TitleMatch]:
    """The office joined before ``match`` (if any) and ``match``, each with the state either names.

    The first office must end in a capitalised head word right before the conjunction and must
    not open with an article: "the president and Prime Minister X" is a list of two people.
    """
    doc = match.span.doc
    conj = _conjunction(match)
    if conj < 1 or not (doc[conj].lower_ == "and" or doc[conj].text == "/"):
        return [match]
    last = doc[conj - 1]
    if last.lower_ not in HEADS or not last.text[:1].isupper():
        return [match]
    first = title_before(doc, conj, index)
    if first is None or (first.span.start > 0 and doc[first.span.start - 1].lower_ in _ARTICLES):
        return [match]
    if first.span[0].lower_ in _ARTICLES:
        return [match]
    state = next((m.owner for m in (match, first) if m.owner and m.owner.startswith("state/")), None)
    return [replace(m, owner=m.owner or state, paired=True) for m in (first, match)]


def _conjunction(match: TitleMatch) -> int:
    """The token before the second office: right before its title, or before the capitalised
    qualifiers the title leaves out ("and Government Spokesman X": "Government" is no office)."""
    doc = match.span.doc
    i = match.span.start - 1
    while (
        i > 0
        and match.span.start - i <= _QUALIFIERS
        and doc[i].is_title
        and doc[i].lower_ not in HEADS
        and doc[i].pos_ in ("PROPN", "NOUN", "ADJ")
        and doc[i].ent_type_ not in ("PERSON", "GPE")
    ):
        i -= 1
    return i
