"""NER span -> is it a name, where does it end, which place class: helpers of ``kg_retype``.

The statistical NER over-reaches on real text: it tags a capitalised common noun ("the Union",
"the Assembly"), a phrase with lower-case words in it, or a number; and it stops a name before
its head ("Sandia" for "the Sandia Mountains"). These helpers read only the span and its
neighbouring tokens.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.gazetteer import known_body, region_for, settlement_for, state_code, state_key
from kg.nlp.heads import NOT_ENTITY_HEADS, ORG_HEADS, PLACE_HEADS, REGION_HEADS, STATE_HEADS, junk_words

__all__ = ["not_a_name", "place_class", "with_head"]

_HEADS = PLACE_HEADS | REGION_HEADS | STATE_HEADS | ORG_HEADS | NOT_ENTITY_HEADS
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her"})


def with_head(ent: Span) -> Span:
    """The span with a capitalised head noun that directly follows it ("Sandia" + "Mountains")."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].is_title and doc[end].lower_ in _HEADS:
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def not_a_name(span: Span, nouns: frozenset[str]) -> bool:
    """A phrase, a number, or a capitalised common noun after a determiner ("the Union") that does not act."""
    if junk_words(span) or not any(c.isalpha() for c in span.text):
        return True
    if len(span) != 1:
        return False
    tok = span[0]
    prev = span.doc[tok.i - 1] if tok.i else None
    return (
        prev is not None
        and prev.lower_ in _DETERMINERS
        and tok.lower_ in nouns
        and not tok.is_upper
        and tok.dep_ != "nsubj"  # "the Council appointed him": a body acting is named, if briefly
        and not (state_key(tok.text) or known_body(tok.text) or region_for(tok.text))
        and not settlement_for(tok.text, primary_only=True)  # "the Berlin critic": a city, not a noun
    )


def place_class(text: str) -> str:
    """The most specific place class the gazetteers give a name: State, Settlement, Region or Place."""
    if state_code(text):
        return "State"
    if settlement_for(text, primary_only=True):
        return "Settlement"
    if region_for(text):
        return "Region"
    return "Place"
