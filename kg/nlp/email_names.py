"""NER spans -> the same spans cut at e-mail addresses, and the people those addresses belong to.

Author blocks of papers and the contact lines of releases give a name, then its address, then an
affiliation, often on one line: "Jo Roe jo.roe@uni.example Tarn University, Norland Ann Lee
a.lee@lib.example National Library". The NER runs names, addresses and affiliations together
("Jo Roe jo.roe@... Tarn University" as one person) or joins a name to the state before it. An
address is no part of any name, and the words just before it that the address spells (its local
part holds the surname, and the given name or its initial) are a person's name.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from spacy.tokens import Doc, Span, Token
from unidecode import unidecode

__all__ = ["email_names"]

#: Punctuation that may stand between a name and its address: "Jo Roe, jo@...", "Jo Roe <jo@...>".
_BETWEEN = frozenset({",", "(", "<", ":", "-", "–"})
#: Words of a name at most, surname included.
_MAX_WORDS = 4


def email_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` cut at e-mail addresses, with a PERSON span for each name an address spells.

    A span the person's words fall in is cut before them ("the Netherlands Jo Roe" keeps "the
    Netherlands"). Linear: addresses are found in one pass, and each looks back a few tokens.
    """
    emails = [t.i for t in doc if t.like_email]
    if not emails:
        return ents
    out = [piece for ent in ents for piece in _cut(ent, emails)]
    owners = [o for o in (_owner(doc, i) for i in emails) if o is not None]  # disjoint: addresses part them
    if not owners:
        return out
    kept: list[Span] = []
    p = 0
    for span in out:  # both in text order: one pass
        while p < len(owners) and owners[p][1] <= span.start:
            p += 1
        if p == len(owners) or owners[p][0] >= span.end:
            kept.append(span)
        elif span.start < owners[p][0]:
            kept.append(Span(doc, span.start, owners[p][0], label=span.label_, kb_id=span.kb_id_))
    kept += [Span(doc, start, end, label="PERSON") for start, end in owners]
    return sorted(kept, key=lambda s: s.start)


def _cut(ent: Span, emails: list[int]) -> list[Span]:
    """``ent`` without the addresses inside it (``emails``: token indexes in text order): the
    pieces between them, each with its label."""
    inside = emails[bisect_left(emails, ent.start) : bisect_left(emails, ent.end)]
    if not inside:
        return [ent]
    bounds = [ent.start - 1, *inside, ent.end]
    doc = ent.doc
    return [Span(doc, a + 1, b, label=ent.label_, kb_id=ent.kb_id_) for a, b in pairwise(bounds) if b > a + 1]


def _owner(doc: Doc, email: int) -> tuple[int, int] | None:
    """(start, end) of the name right before the address at ``email`` that the address spells."""
    local = unidecode(doc[email].text.split("@", 1)[0]).lower()
    end = email
    while end > 0 and doc[end - 1].text in _BETWEEN:
        end -= 1
    if end == 0 or not _name_word(doc[end - 1]):
        return None
    surname = _fold(doc[end - 1])
    if len(surname) < 3 or surname not in local:
        return None
    words = []  # the name words before the surname, nearest first
    k = end - 2
    while k >= 0 and end - k <= _MAX_WORDS and _name_word(doc[k]):
        words.append(k)
        k -= 1
    spelled = [k for k in words if len(_fold(doc[k])) > 2 and _fold(doc[k]) in local]  # "ann.roe": "Ann"
    opening = [k for k in words if _fold(doc[k])[:1] == local[:1]]  # "aroe": "Ann" by its initial
    start = spelled[-1] if spelled else opening[0] if opening else end - 1
    if end - start < 2 or (_initial(doc[start]) and end - start < 3):  # "J. Roe" alone is too little
        return None
    return start, end


def _name_word(tok: Token) -> bool:
    return (tok.is_title and tok.text.replace("-", "").isalpha()) or _initial(tok)


def _initial(tok: Token) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _fold(tok: Token) -> str:
    return "".join(c for c in unidecode(tok.text).lower() if c.isalpha())
