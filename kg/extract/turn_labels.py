"""(spaCy Doc, line offset) -> the speaker label of the transcript turn a line belongs to.

A press conference's question and the answer to it are two paragraphs of two speakers: the state
a reporter's question names ("Y says it has closed its side") is no clue to whose ministry the
spokesperson's answer names. Turns are read once per document (:func:`kg.extract.transcript.find_turns`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.transcript import find_turns, is_question
from kg.nlp.doctext import doc_text

__all__ = ["asked_at", "speaker_at"]

_KEY = "kg_turn_labels"


def speaker_at(doc: Doc, line_start: int) -> str | None:
    """The folded speaker label of the turn the line at ``line_start`` belongs to, None outside turns."""
    labels = doc.user_data.get(_KEY)
    text = doc_text(doc)
    if labels is None:
        labels = doc.user_data[_KEY] = {
            t.line_start: text[t.label_start : t.label_end].casefold() for t in find_turns(text)
        }
    while line_start < len(text) and text[line_start] in " \t":
        line_start += 1  # turns start at a line's first word
    found = labels.get(line_start)
    return str(found) if found is not None else None


def asked_at(doc: Doc, line_start: int) -> bool:
    """The line at ``line_start`` is a labelled question ("Q: Y says it has closed its side?")."""
    return is_question(doc_text(doc), line_start)
