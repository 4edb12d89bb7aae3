"""(executive office span, linked places) -> the state whose office heads the release, by its address.

A release opens with the office that issues it and its address on the next line: "Office of the
Prime Minister" / "Government House, Capital". The text then deals with a visiting state, which
it may name far more often than its own; the address says whose office it is. The address is
the first non-empty line after the office's own, and its town must lie in one state the text
names (GeoNames: :func:`kg.reference.tables.city_countries`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.nlp.doctext import doc_text
from kg.nlp.executive_offices import executive_office
from kg.reference.tables import city_countries

__all__ = ["masthead_home"]


def masthead_home(span: SpacySpan, links: list[Linked]) -> str | None:
    """Key of the state of the town on the address line under an executive office's masthead, else None."""
    if not executive_office(span):
        return None
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if text[line_start : span.start_char].strip():
        return None  # the office opens no line: it is named in running text
    line_end = text.find("\n", span.end_char)
    if line_end < 0:
        return None
    address_start = len(text) - len(text[line_end:].lstrip())
    address_end = text.find("\n", address_start)
    address_end = len(text) if address_end < 0 else address_end
    states = {lk.key for lk in links if lk.type == "State"}
    for lk in links:
        if address_start <= lk.start < address_end and lk.type == "Settlement":
            owners = sorted(key for code in city_countries(lk.name) if (key := f"state/{code}") in states)
            if len(owners) == 1:
                return owners[0]  # "Government House, Capital": the building is no town, the capital is
    return None
