"""What a text's statements say and who says them, for tests of speaker attribution.

The whole extraction runs (entities included), so a test sees the speaker as a user would.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 3, 3)


def said(nlp: Language, text: str) -> dict[str, str]:
    """Each statement's quote -> the name of its speaker."""
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    return {s.quote: names[s.speaker] for s in out.statements}
