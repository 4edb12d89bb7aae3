"""Doc -> the places a road or railway is named after: "the Tarvo-Melnik road" names Tarvo and Melnik.

News names a route by its two ends joined with a hyphen or a spaced dash and followed by a
lower-case route noun ("the A-B highway", "the A - B road", "the A – B railway"). The NER
reads the joined pair as one body, or misses it; each end is a place: what the tables know it
as, else a town (a route runs between towns).
Combining forms ("the Indo-Nepal road") and compass words ("the East-West highway") name no end.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.demonyms import COMBINING_FORMS
from kg.lexicon.gazetteer import region_for, settlement_for, state_key
from kg.nlp.doctext import with_orth

__all__ = ["route_end_spans"]

#: Lower-case nouns of a route named after its ends.
_ROUTE_NOUNS = frozenset(
    {"road", "highway", "motorway", "railway", "railroad", "rail", "route", "corridor", "expressway", "freeway"}
)
#: Compass words that name a route's direction, not a place at its end.
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
#: Most capitalised words one end may have ("Addis Ababa").
_END_WORDS = 3


def route_end_spans(doc: Doc) -> list[Span]:
    """A place span for each end of every "A-B <route noun>" in ``doc``."""
    out: list[Span] = []
    for tok in with_orth(doc, ("-", "–")):
        if tok.i == 0 or bool(tok.whitespace_) != bool(doc[tok.i - 1].whitespace_):
            continue  # "A-B" or "A - B" (also with an en dash) joins two ends; "A -B" is no pair
        first_end = tok.i
        first_start = _name_start(doc, first_end)
        second_start = tok.i + 1
        second_end = _name_end(doc, second_start)
        if first_start == first_end or second_end == second_start or second_end >= len(doc):
            continue
        noun = doc[second_end]
        if not (noun.is_lower and noun.lower_ in _ROUTE_NOUNS):
            continue
        ends = [Span(doc, first_start, first_end), Span(doc, second_start, second_end)]
        if any(_no_place(end) for end in ends):
            continue
        out.extend(Span(doc, end.start, end.end, label=_place_label(end.text)) for end in ends)
    return out


def _name_start(doc: Doc, end: int) -> int:
    start = end
    while start > 0 and end - start < _END_WORDS and _name_word(doc[start - 1]):
        start -= 1
        if doc[start].is_sent_start:
            break
    return start


def _name_end(doc: Doc, start: int) -> int:
    end = start
    while end < len(doc) and end - start < _END_WORDS and _name_word(doc[end]):
        end += 1
    return end


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.is_title and not tok.is_stop


def _no_place(end: Span) -> bool:
    low = end.text.lower()
    return end.text in COMBINING_FORMS or low in _COMPASS


def _place_label(text: str) -> str:
    """The class the tables give ``text``, else a town."""
    if state_key(text):
        return "State"
    if settlement_for(text, primary_only=True):
        return "Settlement"
    if region_for(text):
        return "Region"
    return "Settlement"
