"""(the title set off after a name) -> the body named in the next comma's field, if that is all it holds.

Guest lines, attendance lists, signature lines and clip labels give an official as three fields
parted by commas: the name, the bare office, then the body ("Jo Roe, Deputy Director, Department
of Water Affairs"; "[CLIP - JO ROE, DIRECTOR, BUREAU OF MINES]"). The office names no body of its
own, so without this field its holder's post would be guessed from the state the text is about.
The field counts only when a body of the text is all it holds: "Jo Roe, Director, said the
Bureau ..." names nothing there.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.lexicon.names import strip_the
from kg.model import Entity

__all__ = ["body_field_after"]

#: Entity types of bodies an office is held in (a state in the field is the owner rules' business).
_BODIES = frozenset({"Organization", "Agency"})


def body_field_after(title: SpacySpan, index: EntityIndex) -> str | None:
    """The key of the body that fills the comma-parted field right after ``title``, or None."""
    doc = title.doc
    if title.end + 1 >= len(doc) or doc[title.end].text != ",":
        return None
    field = _field(doc, title.end + 1)
    if not len(field) or not field[0].text[:1].isupper():
        return None
    start, end = field[0].idx, field[-1].idx + len(field[-1])
    entity = index.at(start, end)
    if entity is not None and entity.type in _BODIES and _covers(entity, index, start, end):
        return entity.key
    named = index.body_named(strip_the(field.text))  # a label in capitals the tagger did not mark
    return named.key if named is not None else None


def _field(doc: Doc, start: int) -> SpacySpan:
    """The words from ``start`` up to the next punctuation or line break: one comma-parted field."""
    i = start
    while i < len(doc) and not (doc[i].is_punct and doc[i].text not in {"-", "'", "’"}) and "\n" not in doc[i].text:
        i += 1
    return doc[start:i]


def _covers(entity: Entity, index: EntityIndex, start: int, end: int) -> bool:
    """One mention of ``entity`` spans the field, a leading "the" aside."""
    return any(e is entity and span.end >= end and span.start <= start + 4 for span, e in index.within(start, end))
