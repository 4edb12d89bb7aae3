"""(spaCy Doc, entity index) -> the office a briefing's header gives the person whose turns follow.

A briefing's record opens with what it is and by whom, by office alone ("Regular Briefing given by
the Ministry of X's Spokesperson"), and then labels the briefer's turns by name ("MS. JANE
ROE: Good afternoon ..."). The office in the header is the first named speaker's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.index import EntityIndex
from kg.extract.titles import TitleMatch, appositive
from kg.extract.transcript import find_turns
from kg.nlp.doctext import doc_text

__all__ = ["header_office"]

#: How far into the text the first turn may start: a header, a dateline, then the briefer speaks.
_FIRST_TURN_WITHIN = 400


def header_office(doc: Doc, index: EntityIndex) -> tuple[str, TitleMatch] | None:
    """(holder key, title stated in the header), or None.

    The header is the text's first line; its office follows "by" and names no person itself; the
    holder is the person named by the first turn's label, within the text's first lines.
    """
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0:
        return None
    header = doc.char_span(0, end, alignment_mode="contract")
    if header is None:
        return None
    by = next((t.i for t in header if t.lower_ == "by"), None)
    if by is None or by + 1 >= header.end:
        return None
    phrase = doc[by + 1 : header.end]
    if any(entity.type == "Person" for _, entity in index.within(phrase.start_char, phrase.end_char)):
        return None  # "Briefing by Spokesperson Jane Roe": the title is read at the name
    match = appositive(doc, phrase.start, phrase.end, index)
    if match is None:
        return None
    turns = [t for t in find_turns(text[: end + _FIRST_TURN_WITHIN + 200]) if t.start > t.line_start]
    first = next((t for t in turns if t.label_start <= end + _FIRST_TURN_WITHIN), None)
    if first is None:
        return None
    person = index.at(first.label_start, first.label_end)
    if person is None or person.type != "Person":
        return None
    return person.key, match
