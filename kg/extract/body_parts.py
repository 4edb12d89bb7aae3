"""A sentence's linked mentions -> ``kg:partOf`` between two bodies the text nests by its wording.

Official texts name a body by its place in the state's tree: "the Frontier Department of the State
Security Council", "the Bureau of the Asylum Commissioner in the Ministry of Internal
Affairs", and, in a release's "About us", "the Korps is a corps of the Ministry of Defence". The
inner body is part of the outer one. Only two named bodies count, and only when the outer one
follows the inner one's name (or its bracketed short form) at once, or after "is a/the NOUN of":
"a meeting of the Council in the Ministry" names no part, since a Council is no ministry's.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, link_at, tokens

__all__ = ["find_body_parts"]

#: Words that put a body inside the next one: "of", "under", "within"; "in" only before a ministry.
_INSIDE = frozenset({"of", "under", "within"})

#: Heads of bodies that house others, the only ones "in" may nest a body in.
_HOUSES = frozenset({"ministry", "department"})

#: Copulas of "X is a corps of Y"; the noun between is any lower-case one ("body", "unit", "corps").
_COPULAS = frozenset({"is", "was", "remains"})


def find_body_parts(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """Add ``inner partOf outer`` for each named body nested in the next one by "of", "under" ..."""
    for lk in links:
        span = tokens(doc, lk)
        if lk.type != "Agency" or lk.kind != "name" or span is None:
            continue
        i = _after_short_form(doc, sent, span.end)
        outer = _nested_in(doc, sent, links, i) or _copula_of(doc, sent, links, i)
        if outer is not None and outer.key != lk.key:
            end = tokens(doc, outer)
            add(found, lk.key, "partOf", outer.key, doc[span.start : end.end if end is not None else span.end])


def _after_short_form(doc: Doc, sent: SpacySpan, i: int) -> int:
    """The token after a bracketed short form or native name right after a body's name: "(DGME)"."""
    if i < sent.end and doc[i].text == "(":
        close = next((t.i for t in doc[i : min(sent.end, i + 8)] if t.text == ")"), None)
        return close + 1 if close is not None else i
    return i


def _nested_in(doc: Doc, sent: SpacySpan, links: list[Linked], i: int) -> Linked | None:
    """The named body after "of/under/within (the)" at token ``i``, or after "in (the)" a ministry."""
    if i >= sent.end or doc[i].lower_ not in _INSIDE | {"in"}:
        return None
    j = i + 1 + int(i + 1 < sent.end and doc[i + 1].lower_ == "the")
    outer = _body_at(doc, links, j)
    if outer is None or (doc[i].lower_ == "in" and not set(outer.text.lower().split()) & _HOUSES):
        return None
    return outer


def _copula_of(doc: Doc, sent: SpacySpan, links: list[Linked], i: int) -> Linked | None:
    """ "X is a corps of Y", "X is the body of Y responsible for ...": the named body Y."""
    if i + 2 >= sent.end or doc[i].lower_ not in _COPULAS or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return None
    for k in range(i + 2, min(sent.end, i + 6)):
        if doc[k].lower_ in _INSIDE:
            return _nested_in(doc, sent, links, k)
        if not doc[k].is_lower or doc[k].is_punct:
            return None
    return None


def _body_at(doc: Doc, links: list[Linked], i: int) -> Linked | None:
    """The named body whose mention starts at token ``i``."""
    lk = link_at(doc, links, i)
    if lk is None or lk.type != "Agency" or lk.kind != "name" or lk.start != doc[i].idx:
        return None
    return lk
