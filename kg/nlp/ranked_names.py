"""NER spans -> the same spans with a person for each name a military or police rank opens.

"Sergeant Jo Roe was killed", "Detective Inspector Jo Roe said", "Lance Corporal Jo Roe-Lind and
Private Ann Lee were wounded", "First Sergeant Jo Roe of the Army": a rank stands only before a
person's name, but the small model often misses a name after an enlisted rank, or reads the rank
and the name as one body ("Lance Corporal Jo Roe" as ORG). The rank settles it: the capitalised
words after it, up to a lower-case word or punctuation, are a person's name, and the rank is no
part of it. Runs before ``kg_retype`` reads the spans, so the name is typed like any other
person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, settlement_for, state_key
from kg.lexicon.names import TITLE_WORDS
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.nlp.heads import AGENCY_CUES, BODY_HEADS, COUNCIL_HEADS, ORG_HEADS, PLACE_HEADS, head_class

__all__ = ["rank_end", "ranked_names"]

#: Words that grade a rank before it: "Lance Corporal", "First Sergeant", "Staff Sergeant", and the
#: detective branch of a police force ("Detective Inspector", "Detective Chief Superintendent").
_GRADES = frozenset({"lance", "first", "second", "staff", "master", "chief", "senior", "petty", "warrant", "detective"})
#: Police grades in full, written before a name as military ranks are ("Inspector Jo Roe").
_POLICE = frozenset({"inspector", "superintendent", "constable"})
#: The lowest grade of an army, a rank only before a personal name ("Private Jo Roe").
_PRIVATE = frozenset({"private", "pte", "pvt"})
#: Abbreviations written before names with the ranks' that are forms of address, no ranks:
#: "Cllr." (councillor), "Hon." (honourable), "Amb." (ambassador), "Det." (detective).
_ADDRESSES = frozenset({"cllr", "hon", "amb", "det"})
#: Words no personal name is made of: titles, and the heads of bodies' and places' names.
_NOT_NAME = TITLE_WORDS | BODY_HEADS | ORG_HEADS | COUNCIL_HEADS | PLACE_HEADS | AGENCY_CUES | {"services"}
#: Words of a name: two or three, a hyphenated surname counting as one ("Jo Roe-Lind").
_MIN_WORDS, _MAX_WORDS = 2, 3


def ranked_names(doc: Doc, ents: list[Span], common: frozenset[str]) -> list[Span]:
    """``ents`` with a PERSON span for each name after a rank that the NER missed or ran into a body.

    The name's words are capitalised, none a title word or a common word of the model's lexicon
    (``common``) unless the NER saw a name there, and the name no state, town or known body. A span
    the NER made of the rank and the name, or of part of the name, gives way; one that reaches
    past the name is left alone.
    """
    out = list(ents)
    i = 0
    while i < len(doc):
        after = rank_end(doc, i)
        if after == i:
            i += 1
            continue
        name = _name_after(doc, after, common)
        if name is None:
            i = after
            continue
        clash = [s for s in out if s.start < name.end and i < s.end]
        if all(i <= s.start and s.end <= name.end for s in clash) and not _read(clash, name):
            out = [s for s in out if s not in clash]
            out.append(Span(doc, name.start, name.end, label="PERSON"))
        i = name.end
    return sorted(out, key=lambda s: s.start)


def _read(clash: list[Span], name: Span) -> bool:
    """The NER already has the name as a person, exactly."""
    return any(s.label_ == "PERSON" and (s.start, s.end) == (name.start, name.end) for s in clash)


def rank_end(doc: Doc, i: int) -> int:
    """The token after a rank opening at ``i`` ("Lance Corporal", "Staff Sgt.", "Private"), else ``i``."""
    j = i
    while j < len(doc) and doc[j].is_title and doc[j].lower_ in _GRADES:
        j += 1
    if j < len(doc) and doc[j].is_title and _rank_word(doc[j]):
        j += 1
        while j < len(doc) and doc[j].is_title and doc[j].lower_ in RANKS:  # "Lieutenant Colonel"
            j += 1
        return j
    return i


def _rank_word(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return low in RANKS or (low in SHORT_RANKS and low not in _ADDRESSES) or low in _PRIVATE or low in _POLICE


def _name_after(doc: Doc, start: int, common: frozenset[str]) -> Span | None:
    """The personal name of two or three capitalised words at ``start``, or None."""
    end, words = start, 0
    while end < len(doc) and words < _MAX_WORDS + 1 and _name_word(doc[end]):
        end, words = end + 1, words + 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and _name_word(doc[end + 1]):
            end += 2  # "Roe-Lind": one surname of two names
    if not _MIN_WORDS <= words <= _MAX_WORDS or (end < len(doc) and doc[end].is_title):
        return None
    name = doc[start:end]
    if all(t.lower_ in common for t in name if t.is_alpha):
        return None  # "Major Roads Closed", "General Intelligence Services": common words name no one
    if head_class(name) is not None or state_key(name.text) or known_body(name.text) or settlement_for(name.text):
        return None
    return name


def _name_word(tok: Token) -> bool:
    """A capitalised word of a personal name: no title word, no number, no place or state by itself."""
    low = tok.lower_
    return tok.is_title and tok.is_alpha and low not in _NOT_NAME and not state_key(tok.text)
