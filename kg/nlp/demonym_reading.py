"""Doc -> a context in which shared demonyms read as the document means them (:mod:`kg.lexicon.shared_demonyms`).

The choice is made once per Doc (kept in ``doc.user_data``) and reused by the components and the
extractors, so a long text is scanned once.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from spacy.tokens import Doc

from kg.lexicon.shared_demonyms import choose, reading
from kg.nlp.doctext import doc_text

__all__ = ["doc_reading"]

_KEY = "kg_shared_demonyms"


def doc_reading(doc: Doc) -> AbstractContextManager[None]:
    """Read the demonyms states share as ``doc``'s text means them while the block runs."""
    choice = doc.user_data.get(_KEY)
    if choice is None:
        choice = doc.user_data[_KEY] = choose(doc_text(doc))
    return reading(choice)
