"""Linked mentions of a sentence -> the token spans, neighbours and lists the relation patterns read.

Shared by :mod:`kg.extract.relations`, :mod:`kg.extract.borders` and :mod:`kg.extract.memberships`:
each pattern looks at a few tokens around a linked mention, and these helpers say which mention
sits at a token, whether names form one list ("A, B and C"), and record a found relation with the
text span that evidences it.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.model import Span

__all__ = ["Found", "add", "between_pair", "link_at", "listed_after", "listed_before", "start_of", "tokens"]

#: (subject key, property, object key) -> evidence spans.
Found = dict[tuple[str, str, str], list[Span]]

_JOINERS = frozenset({",", "and", "&"})


def add(found: Found, s: str, p: str, o: str, evidence: SpacySpan | None) -> None:
    """Record ``s p o`` with ``evidence`` (a span of the document), once per triple."""
    spans = found.setdefault((s, p, o), [])
    if evidence is not None:
        spans.append(Span(evidence.start_char, evidence.end_char, evidence.text))


def tokens(doc: Doc, lk: Linked) -> SpacySpan | None:
    """The tokens of a linked mention."""
    return doc.char_span(lk.start, lk.end, alignment_mode="expand")


def start_of(doc: Doc, lk: Linked, default: int) -> int:
    """Index of the first token of a linked mention (``default`` if it does not align)."""
    span = tokens(doc, lk)
    return span.start if span is not None else default


def link_at(doc: Doc, links: list[Linked], i: int) -> Linked | None:
    """The linked mention covering token ``i``, if any."""
    if not 0 <= i < len(doc):
        return None
    start = doc[i].idx
    return next((lk for lk in links if lk.start <= start < lk.end), None)


def listed_after(doc: Doc, first: Linked, links: list[Linked], types: set[str]) -> list[Linked]:
    """``first`` and the mentions of ``types`` listed right after it: "Serbia, Romania and Croatia"."""
    out = [first]
    for lk in links:
        if lk.start <= out[-1].start or lk.type not in types:
            continue
        prev, span = tokens(doc, out[-1]), tokens(doc, lk)
        if prev is None or span is None:
            break
        gap = [t.lower_ for t in doc[prev.end : span.start]]
        if not gap or not set(gap) <= _JOINERS or len(gap) > 2:
            break
        out.append(lk)
    return out


def listed_before(doc: Doc, end: int, links: list[Linked], types: set[str]) -> list[Linked]:
    """The mentions of ``types`` listed right before token ``end``: "Sweden and Norway" in "Sweden and Norway, ..."."""
    out: list[Linked] = []
    boundary = end
    for lk in sorted((lk for lk in links if lk.type in types), key=lambda lk: -lk.start):
        span = tokens(doc, lk)
        if span is None or span.end > boundary:
            continue
        gap = [t.lower_ for t in doc[span.end : boundary]]
        if gap and (not set(gap) <= _JOINERS or len(gap) > 2):
            break
        if not out and gap:
            break  # the list must end right at ``end``
        out.append(lk)
        boundary = span.start
    return out[::-1]


def between_pair(doc: Doc, i: int, links: list[Linked], types: set[str]) -> list[Linked]:
    """The two places named after "between" at token ``i``: "between X and Y", "between the X
    Republic and the Republic of Y" (an article may open either name)."""
    j = i + 1 + int(i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    first = link_at(doc, links, j)
    if first is None or first.type not in types or first.kind != "name":
        return []
    span = tokens(doc, first)
    if span is None:
        return []
    k = span.end
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1 + int(k + 1 < len(doc) and doc[k + 1].lower_ == "the")
        second = link_at(doc, links, k)
        if second is not None and second.type in types and second.kind == "name" and second.key != first.key:
            return [first, second]
    return []
