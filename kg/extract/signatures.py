"""(a person's mention, entity index) -> TitleMatch: the office a release's signature block gives.

Press releases and statements end with who issued them, one item a line: the name (after a form
of address, before degrees and honours), the title, the body. The lines say what a sentence
would say with commas ("Jane Doe, Police Spokesperson of the National Police Service").
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.owners import owner_at
from kg.extract.titles import HEADS, TitleMatch, appositive
from kg.nlp.persons import honorific

__all__ = ["signature"]


def _line_after(doc: Doc, i: int) -> SpacySpan | None:
    """The words of the line that starts after the line break at or after token ``i``."""
    while i < len(doc) and "\n" not in doc[i].text:
        if doc[i].is_space:
            return None
        i += 1
    start = i + 1
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return doc[start:end] if end > start else None


def signature(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """A release's signature block: the name on a line of its own, the title on the next, the body after.

    "Dr. Jane Doe, PhD" / "Police Spokesperson" / "National Police Service": the name's line holds
    only the name (after a form of address, before degrees and honours), and the title's line is
    a title and nothing else.
    """
    doc = person.doc
    left = person.start
    while left > 0 and honorific(doc[left - 1]):
        left -= 1
    if left > 0 and "\n" not in doc[left - 1].text:
        return None
    rest = doc[person.end : _line_end(doc, person.end)]
    if any(not (t.is_punct or t.is_upper or t.text[:1].isupper()) for t in rest):
        return None  # "Jane Doe said on Monday ...": a sentence, not a signature
    line = _line_after(doc, person.end)
    if line is None or len(line) > 8 or not any(t.lower_ in HEADS for t in line):
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" for t in line):
        return None
    match = appositive(doc, line.start, line.end, index)
    if match is None or match.owner is not None:
        return match
    body = _line_after(doc, line.end - 1) if line.end < len(doc) else None
    owner = owner_at(body[0], index) if body is not None and len(body) else None
    return TitleMatch(match.span, match.title, owner, match.wording) if owner else match


def _line_end(doc: Doc, i: int) -> int:
    while i < len(doc) and "\n" not in doc[i].text:
        i += 1
    return i
