"""Doc -> Doc with a sentence start after every line break, set before the parser runs.

News text puts headlines, datelines and "Read also" lines on lines of their own, often without a
full stop; the parser would glue them to the next sentence and mis-parse both. The parser keeps
sentence starts that are already set, so marking them here is enough.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_line_starts"]


@Language.component("kg_line_breaks", assigns=["token.is_sent_start"])
def mark_line_starts(doc: Doc) -> Doc:
    """Make the first token after a newline start a sentence."""
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
        elif after_break:
            token.is_sent_start = True
            after_break = False
        elif "\n" in token.whitespace_:
            after_break = True
    return doc
