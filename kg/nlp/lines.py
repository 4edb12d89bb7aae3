"""Doc -> Doc with a sentence start after every line break and dateline, set before the parser runs.

News text puts headlines, datelines and "Read also" lines on lines of their own, often without a
full stop; the parser would glue them to the next sentence and mis-parse both. A dateline that
opens the story's first line ("OSLO, May 3 (Wire) - The minister ...") glues the same way: its
place becomes the subject of the story's first verb. The parser keeps sentence starts that are
already set, so marking them here is enough.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doctext import doc_text

__all__ = ["caps_line", "mark_line_starts"]

#: A dateline at the start of a line, up to its dash: a capitalized place, then a date (a digit) or
#: an agency in brackets, each after a comma or bracket, and a dash before a capitalized word.
_DATELINE = re.compile(
    r"[A-Z][^\n,(]{1,40}"  # the place
    r"(?:,[^\n()]{0,30}\d[^\n()]{0,12})?"  # ", May 3", ", 12 June 2023"
    r"(?:\([^\n()]{1,40}\))?"  # "(Reuters)"
    r"\s*(?:-{1,2}|\u2013|\u2014)\s+(?=[A-Z\"\u201c])"  # the dash, then the story
)


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
    _mark_dateline_ends(doc)
    return doc


def _mark_dateline_ends(doc: Doc) -> None:
    """Start a sentence after the dash of a dateline that opens a line."""
    text = doc_text(doc)
    starts = {t.idx: t for t in doc}
    for line in re.finditer(r"^[^\n]+", text, re.M):
        m = _DATELINE.match(line.group())
        if m is None or ("," not in m.group() and "(" not in m.group()):
            continue
        token = starts.get(line.start() + m.end())
        if token is None or token.i == 0:
            continue
        token.is_sent_start = True
        for later in doc[token.i + 1 :]:  # the story's first sentence runs to its first full stop
            if later.is_sent_start or later.is_space or later.idx >= line.end() or later.nbor(-1).text in ".!?":
                break
            later.is_sent_start = False


def caps_line(doc: Doc, i: int) -> bool:
    """The line holding token ``i`` has letters and none of them lower case (a title or speaker label)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    line = text[start : end if end >= 0 else len(text)]
    head = line.split(":", 1)[0] if ":" in line else line  # "JOHN DOE: Thank you." labels its line
    head = head.split("(", 1)[0]
    return any(c.isalpha() for c in head) and not any(c.islower() for c in head) and doc[i].idx < start + len(head)
