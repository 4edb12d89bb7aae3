"""(a police grade's mention, EntityIndex) -> the force its paragraph names before it, for a grade held alone.

"According to the X Police Service, Superintendent Jo Roe leads the search", "The Y
Constabulary closed the road. Speaking at the scene, Detective Sergeant Jo Roe ...": a grade alone
before a name is held in a force, and the one the paragraph has just named is the officer's, a surer post than
the state the story is about (often the other side of a border).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.nlp.doctext import doc_text
from kg.nlp.heads import FORCE_WORDS

__all__ = ["force_before"]

#: Words that make a body's name a force's: "police", "army", "guard", "constabulary", "force".
_FORCES = FORCE_WORDS | {"force"}


def force_before(span: SpacySpan, index: EntityIndex) -> str | None:
    """The key of the force (an agency named with a force's word) named last before ``span`` in its paragraph."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    found = None
    for _, entity in index.within(start, span.start_char):
        words = {w.casefold() for w in re.findall(r"[\w-]+", entity.name)}
        if entity.type == "Agency" and words & _FORCES:
            found = entity.key
    return found
