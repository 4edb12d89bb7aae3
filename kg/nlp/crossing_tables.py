"""Doc -> checkpoint spans for the rows of a table of crossings ("Crossing | Opens | Closes").

Notices and releases give each crossing's hours or figures as rows of a plain-text table under a
header whose first column is a crossing's kind ("Checkpoint", "Control point", "Border posts").
Each row's first cell is then a crossing's name, though it stands alone, with no kind word that
would type it, and the NER reads it as a town or a person. Read once per document.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.doctext import doc_text
from kg.nlp.patterns import CHECKPOINT_WORDS

__all__ = ["table_checkpoints"]

#: The first cell of a table's row, up to its column bar, and the bar.
_ROW = re.compile(r"[ \t]*([^|\n]*?)[ \t]*\|[^\n]*")
#: A first cell that can be a name: capitalised words (with hyphens, apostrophes, particles), no figures.
_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,4}")
_KINDS = frozenset(CHECKPOINT_WORDS)


def _crossing_header(cell: str) -> bool:
    """ "Control point", "Crossings", "Border post": a header naming a crossing's kind."""
    words = " ".join(cell.lower().replace("-", " - ").split())
    return words in _KINDS or (words.endswith("s") and words[:-1] in _KINDS)


def table_checkpoints(doc: Doc) -> list[Span]:
    """Checkpoint spans for the first cell of each row of a table whose header's first cell is a
    crossing's kind; the table ends at the first line without a column bar."""
    text = doc_text(doc)
    if "|" not in text:
        return []
    out: list[Span] = []
    in_table = False
    pos = 0
    for line in text.split("\n"):
        row = _ROW.fullmatch(line)
        if row is None:
            in_table = False
        elif in_table and _NAME.fullmatch(row.group(1)) and not any(c.isdigit() for c in row.group(1)):
            start = pos + row.start(1)
            span = doc.char_span(start, start + len(row.group(1)), label="Checkpoint", kb_id="kind")
            if span is not None:
                out.append(span)
        elif not in_table:
            in_table = _crossing_header(row.group(1))
        pos += len(line) + 1
    return out
