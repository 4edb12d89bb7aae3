"""(a person's name, entity index) -> the office a copula states for it: "The X is Y", "Y is the X".

Releases name their officials in background notes rather than beside a quote ("The Director of
the Port Police is Chief Inspector Jo Roe."), and profiles open with the office as a predicate
("Jo Roe has been Minister of Transport since March."). The office is the copula's other side:
its subject when the name is the complement, its complement when the name is the subject. Only a
present copula ("is", "remains", "has been") states an office held now; "was" tells a past one,
and a negated copula ("is not the minister") none.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.index import EntityIndex
from kg.extract.titles import TitleMatch, appositive

__all__ = ["copular_office"]

#: Verbs that link a name and an office as one and the same: "is", "remains".
_COPULAS = frozenset({"be", "remain"})
#: Present tense tags: "is", "are", "remains" (a past "was" states no office held now).
_PRESENT = frozenset({"VBZ", "VBP"})
#: Words that make the office a past or described one, not the title held: "a former minister".
_PAST = frozenset({"former", "late", "then", "ex", "erstwhile", "previous"})


def copular_office(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """The office the other side of a present copula states for the person at ``person``, if any."""
    name = person.root
    verb = name.head
    if verb.i == name.i or verb.lemma_ not in _COPULAS or not _present(verb):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "X is not the minister"
    if person.end < len(person.doc) and person.doc[person.end].lower_ in ("'s", "’s"):
        return None  # "the minister is X's deputy": the office is someone else's
    if name.dep_ == "attr":  # "The Director of X is Jo Roe": the subject is the office
        other = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    elif name.dep_ == "nsubj":  # "Jo Roe is the Director of X": the complement is
        other = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    else:
        return None
    if other is None:
        return None
    words = other.doc[other.left_edge.i : other.right_edge.i + 1]
    if any(t.lower_ in _PAST for t in words) or _names_person(words, person):
        return None
    return appositive(other.doc, words.start, words.end, index)


def _present(verb: Token) -> bool:
    """ "is", "remains", or "has been": a copula of the present."""
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)


def _names_person(words: SpacySpan, person: SpacySpan) -> bool:
    """The office side overlaps the name itself: the parse took part of the name for the office."""
    return words.start < person.end and person.start < words.end
