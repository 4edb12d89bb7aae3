"""(a person's name, entity index) -> TitleMatch: one office a plural title gives each name of a list.

News names two holders of the same office with one plural title: "the two foreign ministers,
Jane Roe and John Doe," or "Defence Ministers Jane Roe and John Doe met ...". Each name of the
list holds the office in the singular ("Foreign Minister"); a demonym or body before the title
("the Tarnian foreign ministers") is its owner, as in a singular title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.owners import owner_at
from kg.extract.titles import HEADS, TitleMatch, is_title_word, normalize_title
from kg.nlp.persons import honorific

__all__ = ["shared_title"]

#: Words between an article and a plural title that count its holders: "the two ministers", "both".
_COUNTS = frozenset({"the", "two", "three", "both", "all"})
#: Words that join the names of a list.
_JOINS = frozenset({",", "and", "&"})


def shared_title(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """The office a plural title before the list that holds ``person`` states for each of its names."""
    doc = person.doc
    start, names = _list_start(doc, person.start, index)
    names += _names_after(doc, person.end, index)
    if names < 1:
        return None  # a plural title before one name: "Ministers Jane Roe" is a typo or a heading
    head = start - 1
    if head >= 1 and doc[head].text == ",":
        head -= 1  # "the two foreign ministers, Jane Roe and John Doe"
    elif head < 0 or not doc[head].text[:1].isupper():
        return None  # "Foreign Ministers Jane Roe and John Doe": capitalised before the names
    office = _singular_head(doc[head]) if head >= 0 else None
    if office is None:
        return None
    first = head
    while first > 0 and is_title_word(doc[first - 1]) and doc[first - 1].lower_ not in _COUNTS:
        first -= 1
    words = [t.text for t in doc[first:head]] + [office]
    owner = None
    lead = first
    while lead > 0 and doc[lead - 1].lower_ in _COUNTS:
        lead -= 1
    if first > 0 and lead == first:
        owner = owner_at(doc[first - 1], index)  # "Tarnian Foreign Ministers X and Y"
        lead -= int(owner is not None)
    title = normalize_title(words)
    return TitleMatch(doc[lead : head + 1], title, owner, normalize_title(words, literal=True)) if title else None


def _singular_head(tok: Token) -> str | None:
    """The office a plural head noun names ("ministers" -> "minister"), or None when it is none."""
    if tok.tag_ not in {"NNS", "NNPS"} and not (tok.tag_ == "NNP" and tok.lower_.endswith("s")):
        return None  # the tagger reads a capitalised plural ("Ministers") as a singular proper noun
    low = tok.lower_
    for single in (tok.lemma_.lower(), low[:-3] + "y" if low.endswith("ies") else low[:-1]):
        if single in HEADS and single != low:
            return tok.text[: len(single)] if single == low[: len(single)] else single
    return None


def _is_name(tok: Token, index: EntityIndex) -> bool:
    entity = index.at(tok.idx, tok.idx + len(tok))
    return entity is not None and entity.type == "Person"


def _list_start(doc: Doc, start: int, index: EntityIndex) -> tuple[int, int]:
    """Where the list of names ending at the name at ``start`` begins, and how many names stand before it."""
    names = 0
    i = start
    while i > 0 and honorific(doc[i - 1]):
        i -= 1
    while i >= 2 and doc[i - 1].lower_ in _JOINS and _is_name(doc[i - 2], index):
        j = i - 2
        while j > 0 and (_is_name(doc[j - 1], index) or honorific(doc[j - 1])):
            j -= 1
        i, names = j, names + 1
        if i >= 1 and doc[i - 1].text == "," and not (i >= 2 and _is_name(doc[i - 2], index)):
            break  # the comma after the title, not one between names
    return i, names


def _names_after(doc: Doc, end: int, index: EntityIndex) -> int:
    """How many names of the same list follow the name that ends at ``end`` (", John Doe and Jo Roe")."""
    names = 0
    i = end
    while i + 1 < len(doc) and doc[i].lower_ in _JOINS:
        j = i + 1
        while j < len(doc) and honorific(doc[j]):
            j += 1
        if j >= len(doc) or not _is_name(doc[j], index):
            break
        while j < len(doc) and _is_name(doc[j], index):
            j += 1
        i, names = j, names + 1
    return names
