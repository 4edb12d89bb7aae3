"""Doc + chosen spans -> the same spans with the personal names listed with a person made persons.

News lists people as "A B and C D-E" or "Foreign Ministers A B and C D". The statistical model often
tags one conjunct and misses the other, or reads a double surname joined by a hyphen as a body's
name ("C D-E" as an organization): the conjunct is a person's name as the other one is. Only a
run of two to four capitalised words (a hyphen may join two of them) that no gazetteer, title or
body's head claims is read so: "Jo Roe and Tarn Valley Farms" stays a body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import is_known_place, known_body, state_for_demonym, state_key
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import with_lower
from kg.nlp.heads import AGENCY_CUES, BODY_HEADS, COUNCIL_HEADS, ORG_HEADS, head_class
from kg.nlp.persons import honorific

__all__ = ["coordinated_persons"]

#: Words of a name: a personal name has two to four of them ("Ana Maria Roe-Lind" is three).
_MIN_WORDS, _MAX_WORDS = 2, 4
#: Words of bodies' names, which no personal name holds.
_BODY_WORDS = AGENCY_CUES | BODY_HEADS | COUNCIL_HEADS | ORG_HEADS
#: Labels the NER gives a personal name it misreads from its letters: a body, a building.
_MISREAD = frozenset({"Organization", "Place"})


def coordinated_persons(doc: Doc, chosen: list[Span]) -> list[Span]:
    """``chosen`` with the name joined by "and" to a person's full name typed Person too.

    After the person ("A B and C D-E"): the next name, left out or read as a body. Before it: the
    first name read as a body, or left out after a plural title ("Foreign Ministers A B and C D").
    """
    by_end = {s.end: s for s in chosen}
    by_start = {s.start: s for s in chosen}
    covered = {i for s in chosen for i in range(s.start, s.end)}
    drop: set[int] = set()
    added: list[Span] = []
    for tok in with_lower(doc, ("and", "&")):
        if not 0 < tok.i < len(doc) - 1:
            continue
        left, right = by_end.get(tok.i), by_start.get(tok.i + 1)
        if _full_person(left) and right is None and tok.i + 1 not in covered:
            name = _run_after(doc, tok.i + 1, covered)
            if name is not None:
                added.append(Span(doc, name.start, name.end, label="Person", kb_id="conjunct"))
        elif _full_person(left) and right is not None and _misread_name(right):
            drop.add(right.start)
            added.append(Span(doc, right.start, right.end, label="Person", kb_id="conjunct"))
        elif _full_person(right) and left is not None and _misread_name(left):
            drop.add(left.start)  # "Tomaž Kovač and Jo Roe": the first name read as a body
            added.append(Span(doc, left.start, left.end, label="Person", kb_id="conjunct"))
        elif _full_person(right) and left is None and tok.i - 1 not in covered:
            name = _run_before(doc, tok.i, covered)
            if name is not None:
                added.append(Span(doc, name.start, name.end, label="Person", kb_id="conjunct"))
    kept = [s for s in chosen if s.start not in drop]
    return sorted(kept + added, key=lambda s: s.start)


def _full_person(span: Span | None) -> bool:
    """A person's name of two words or more: a given name and a surname at least."""
    return span is not None and span.label_ == "Person" and len(span) >= _MIN_WORDS


def _misread_name(span: Span) -> bool:
    """An NER body or place that has a personal name's shape."""
    return span.kb_id_ == "ner" and span.label_ in _MISREAD and _plain_name(span)


def _run_after(doc: Doc, start: int, covered: set[int]) -> Span | None:
    """The capitalised run at ``start`` that ends its phrase and reads as a personal name."""
    end = start
    while end < len(doc) and end not in covered and _name_word(doc, end):
        end += 1
    if end < len(doc) and (doc[end].is_title or doc[end].lower_ in {"'s", "’s"}):
        return None  # the run goes on into a span or a possessive: another kind of name
    span = doc[start:end]
    return span if _plain_name(span) else None


def _run_before(doc: Doc, end: int, covered: set[int]) -> Span | None:
    """The capitalised run ending at ``end`` right after a plural title ("Ministers"), as a personal name."""
    start = end
    while start > 0 and start - 1 not in covered and _name_word(doc, start - 1) and not _plural_title(doc[start - 1]):
        start -= 1
    if not start or not _plural_title(doc[start - 1]):
        return None
    span = doc[start:end]
    return span if _plain_name(span) else None


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word, or a hyphen glued between two ("Roe-Lind")."""
    tok = doc[i]
    if tok.text == "-":
        glued = 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not tok.whitespace_
        return glued and doc[i - 1].is_title and doc[i + 1].is_title
    return tok.is_title and tok.is_alpha


def _plural_title(tok: Token) -> bool:
    """A title in the plural before the first of several names ("Ministers", "Senators")."""
    text = tok.text
    return len(text) > 3 and text.endswith("s") and text[0].isupper() and text[:-1].lower() in TITLE_WORDS


def _plain_name(span: Span) -> bool:
    """Two to four capitalised words (a hyphen between two joins them) that no gazetteer, title,
    form of address or body's word claims: a personal name."""
    words = [t for t in span if t.text != "-"]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or span[0].text == "-" or span[-1].text == "-":
        return False
    if not all(t.is_title and t.is_alpha for t in words):
        return False
    if any(t.lower_ in TITLE_WORDS or t.lower_ in _BODY_WORDS or honorific(t) for t in words):
        return False
    if any(state_key(t.text) or state_for_demonym(t.text) for t in words):
        return False
    text = span.text
    return head_class(span) is None and not known_body(text) and not is_known_place(text)
