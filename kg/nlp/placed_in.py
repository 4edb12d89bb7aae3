"""NER spans -> the same spans with "Town in Region" cut in two: a town and the region it lies in.

The model reads "Lassenby in County Rathmoy" or "Port Veyra in Sabah" as one name of a body or a
town, since "in" inside a capitalised run looks like a firm's or a title's ("Bank in Norland").
Where the part after "in" is a region the tables know, a county written "County X", or a state,
the whole is a place placed in a larger one: the part before "in" is a town there.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.gazetteer import known_body, region_for, state_key
from kg.nlp.heads import AGENCY_CUES, BODY_HEADS, ORG_HEADS, county_named

__all__ = ["split_at_in"]


def split_at_in(ents: list[Span]) -> list[Span]:
    """Each span "A in B", B a known region, a "County X" or a state and A one to three capitalised
    words that name no body, as two GPE spans; every other span as it was."""
    out: list[Span] = []
    for ent in ents:
        cut = _cut(ent)
        if cut is None:
            out.append(ent)
            continue
        doc = ent.doc
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        out += [Span(doc, start, cut, label="GPE"), Span(doc, cut + 1, ent.end, label="GPE")]
    return out


def _cut(ent: Span) -> int | None:
    """The index of the "in" that parts a town from its region in ``ent``, or None."""
    if ent.label_ not in {"ORG", "PERSON", "GPE", "FAC"} or known_body(ent.text):
        return None
    at = [t.i for t in ent[1:-1] if t.text == "in"]
    if len(at) != 1:
        return None
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    town, region = doc[start : at[0]], doc[at[0] + 1 : ent.end]
    body_words = AGENCY_CUES | BODY_HEADS | ORG_HEADS
    if not 1 <= len(town) <= 3 or not all(t.is_title and t.lower_ not in body_words for t in town):
        return None
    known = region_for(region.text)
    placed = county_named(list(region)) or bool(state_key(region.text)) or (known is not None and known.country)
    return at[0] if placed else None
