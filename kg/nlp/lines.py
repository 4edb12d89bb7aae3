"""Doc -> Doc with a sentence start after every line break, set before the parser runs.

News text puts headlines, datelines and "Read also" lines on lines of their own, often without a
full stop; the parser would glue them to the next sentence and mis-parse both. The parser keeps
sentence starts that are already set, so marking them here is enough.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doctext import doc_text

__all__ = ["caps_line", "mark_line_starts"]


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


def caps_line(doc: Doc, i: int) -> bool:
    """The line holding token ``i`` has letters and none of them lower case (a title or speaker label)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    line = text[start : end if end >= 0 else len(text)]
    head = line.split(":", 1)[0] if ":" in line else line  # "JOHN DOE: Thank you." labels its line
    head = head.split("(", 1)[0]
    return any(c.isalpha() for c in head) and not any(c.islower() for c in head) and doc[i].idx < start + len(head)
