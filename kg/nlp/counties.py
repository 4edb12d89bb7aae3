"""Doc -> "County X" names the NER left out, as Region spans.

Irish and some British usage writes a county with its level word first and capitalised ("County
Rathmoy"); the model often tags no entity there, or runs the county into the next name. The words
themselves say what it is (:func:`kg.nlp.heads.county_named`), so they are read without it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.doctext import with_lower
from kg.nlp.heads import county_named

__all__ = ["county_spans"]


def county_spans(doc: Doc) -> list[Span]:
    """Every "County" followed by one or two capitalised name words, as a Region span (``kb_id`` "kind")."""
    out: list[Span] = []
    for tok in with_lower(doc, frozenset({"county"})):
        if tok.i and doc[tok.i - 1].pos_ == "PROPN":
            continue  # "Orange County Sheriff": the county is named before its word
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        span = doc[tok.i : end]
        if county_named(list(span)):
            out.append(Span(doc, tok.i, end, label="Region", kb_id="kind"))
    return out
