"""Doc -> Doc with a sentence start after every line break and dateline, set before the parser runs.

News text puts headlines, datelines and "Read also" lines on lines of their own, often without a
full stop; the parser would glue them to the next sentence and mis-parse both. A dateline that
opens the story's first line ("OSLO, May 3 (Wire) - The minister ...") glues the same way: its
place becomes the subject of the story's first verb. The parser keeps sentence starts that are
already set, so marking them here is enough.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, IS_SPACE, LENGTH
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
    for i in _after_breaks(doc):
        doc[i].is_sent_start = True
    _mark_dateline_ends(doc)
    return doc


def _after_breaks(doc: Doc) -> list[int]:
    """The tokens that follow a run of whitespace tokens holding a line break, in order.

    A line break is always in a whitespace token of its own (a token's trailing whitespace is
    one blank at most), so the tokens that hold one are found from the text's breaks, a few per
    document, by their offsets: no token is built but those marked.
    """
    text = doc_text(doc)
    if "\n" not in text:
        return []
    offsets, lengths, spaces = doc.to_array([IDX, LENGTH, IS_SPACE]).T.tolist()
    held = dict.fromkeys(
        j
        for brk in re.finditer("\n", text)
        if (j := bisect_right(offsets, brk.start()) - 1) >= 0 and spaces[j] and brk.start() < offsets[j] + lengths[j]
    )
    return [j + 1 for j in held if j + 1 < len(doc) and j + 1 not in held]


def _mark_dateline_ends(doc: Doc) -> None:
    """Start a sentence after the dash of a dateline that opens a line."""
    text = doc_text(doc)
    starts: dict[int, int] | None = None  # token offset -> index, read only for a text with a dateline
    for line in re.finditer(r"^[^\n]+", text, re.M):
        m = _DATELINE.match(line.group())
        if m is None or ("," not in m.group() and "(" not in m.group()):
            continue
        if starts is None:
            starts = {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}
        at = starts.get(line.start() + m.end())
        if at is None or at == 0:
            continue
        token = doc[at]
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
