"""NER spans -> the same spans with a name after a chain of Malay honorifics made one PERSON span.

Releases from Malaysia, Brunei and Singapore write conferred titles before a name, often several
in a row: "Dato Seri Paduka Haji Jo Roe", "Tan Sri Jo Roe", "Yang Berhormat Datuk Jo Roe". The
small model reads the chain as the name ("Dato Seri" a person) or splits the person in two. The
chain is a closed class of honorific words, so it settles the name: the capitalised words after
it, up to the next lower-case word or punctuation, are the person, and the chain is no part of
the name (as "Mr" or "H.E." is not).

A chain must open with a conferred title (Tun, Tan Sri, Datuk, Dato, Datin, Pehin, Yang
Berhormat ...) or a Malay service rank, which officers write before their honours ("Laksamana
Maritim Datuk Jo Roe", "Kolonel Dato' Jo Roe"): the model takes the rank for a given name and
ends the person before the name ("Laksamana Maritim Datuk"). A release may gloss the rank in
English in brackets ("Laksamana Pertama (First Admiral) Jo Roe"); the gloss belongs to the chain.
"Dato'" is "Dato" and an apostrophe to the tokenizer. The words of rank that follow an opener
("Seri", "Paduka", "Setia", "Haji") count only inside such a chain, so "Sri Lanka" or a given
name "Jaya" is never read as one. Hereditary and courtesy prefixes (Pengiran, Awang, Dayang) are
kept: they are part of the name as its bearers write it, and the model, which splits them off as
a body ("Pengiran Hajah"), gets the whole name.
"Haji" inside the name ("Jo Haji Roe") and the patronymic "bin"/"binti" stay in the name.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import marked
from kg.nlp.heads import BODY_HEADS, ORG_HEADS

__all__ = ["chain_end", "chain_start", "malay_titled_names"]

#: Conferred titles that open a chain (Malaysia's federal and state honours, Brunei's Pehin and Dato
#: ranks, and the forms of address of members of parliament "Yang Berhormat" and "Yang Amat Berhormat").
_HONOURS = frozenset({"tun", "tan", "toh", "datuk", "dato", "dato'", "datin", "pehin", "yang"})
#: Ranks of Malaysia's armed forces and maritime agency in Malay: admiral, general, lieutenant,
#: major, colonel, brigadier, captain (army and navy spellings), commander.
_SERVICE_RANKS = frozenset(
    {"laksamana", "jeneral", "leftenan", "mejar", "kolonel", "brigedier", "kapten", "kepten", "komander"}
)
#: Words that grade or place a rank once opened: vice, rear, first, senior; of the maritime agency or the air force.
_RANK_GRADES = frozenset({"madya", "muda", "pertama", "kanan", "maritim", "udara"})
_OPENERS = _HONOURS | _SERVICE_RANKS
#: Two-word openers: "Tan Sri", "Puan Sri", "Toh Puan", "Yang Berhormat", "Yang Mulia" ...
_SECOND_WORD = {
    "tan": frozenset({"sri", "seri"}),
    "toh": frozenset({"puan"}),
    "yang": frozenset({"berhormat", "amat", "mulia", "berbahagia", "dihormati", "teramat"}),
}
#: Words of rank and address that continue a chain once opened ("Dato Seri Paduka Haji ...").
_CHAIN = (
    _OPENERS
    | {"sri", "seri", "puan", "paduka", "setia", "laila", "lela", "utama", "wira", "jaya", "indera", "diraja"}
    | {"di-raja", "bakti", "pahlawan", "dewa", "orang", "kaya", "maharaja", "pekerma", "haji", "hajah"}
    | {"berhormat", "amat", "mulia", "berbahagia", "dihormati", "teramat", "dr", "ir", "professor", "prof"}
    | _RANK_GRADES
)
#: Apostrophes the tokenizer splits from "Dato'".
_APOSTROPHES = frozenset({"'", "’"})
#: Longest English gloss of a rank in brackets ("(Rear Admiral)").
_MAX_GLOSS = 4
#: Lower-case words inside a Malay name: the patronymic ("son/daughter of").
_PATRONYMIC = frozenset({"bin", "binti", "bte", "bt"})
#: Hereditary and courtesy prefixes of Brunei and Malaysia, kept in the name ("Pengiran Hajah Jo Roe"),
#: with the pilgrim's title that may follow them.
_PREFIXES = frozenset({"pengiran", "awang", "dayang"})
_PILGRIM = frozenset({"haji", "hajah"})
_MAX_NAME = 5
_MAX_CHAIN = 10
#: Words that end a name: an office or a body's head ("Datuk Jo Roe Foundation" is no person alone).
_NOT_NAME = TITLE_WORDS | BODY_HEADS | ORG_HEADS


def _word(doc: Doc, i: int) -> str:
    return doc[i].lower_.rstrip(".")


def _chain_end(doc: Doc, i: int) -> int | None:
    """The index after the honorific chain that opens at ``i``, or None if none opens there."""
    low = _word(doc, i)
    if not doc[i].is_title or low not in _OPENERS:
        return None
    if low in _SECOND_WORD and not (i + 1 < len(doc) and _word(doc, i + 1) in _SECOND_WORD[low]):
        return None  # "Tan" alone is a surname, "Yang" a given name
    j = i + 1
    while j < len(doc) and not doc[j - 1].whitespace_.count("\n"):
        if doc[j].text in _APOSTROPHES and not doc[j - 1].whitespace_ and _word(doc, j - 1) == "dato":
            j += 1  # "Dato'"
        elif doc[j].is_title and _word(doc, j) in _CHAIN:
            j += 1
        elif doc[j].text == "(" and _word(doc, j - 1) in _SERVICE_RANKS | _RANK_GRADES:
            j = _gloss_end(doc, j) or j
            break
        else:
            break
    return j


def _gloss_end(doc: Doc, i: int) -> int | None:
    """The index after an English gloss in brackets opening at ``i`` ("(First Admiral)"), if one does."""
    for k in range(i + 1, min(len(doc), i + _MAX_GLOSS + 2)):
        if doc[k].text == ")" and k > i + 1:
            return k + 1
        if not doc[k].is_title:
            return None
    return None


def _name_end(doc: Doc, start: int) -> int:
    """The index after the capitalised name that starts at ``start`` (patronymics included)."""
    j = start
    while j < len(doc) and j - start < _MAX_NAME and "\n" not in doc[j - 1].whitespace_:
        tok = doc[j]
        if not (tok.is_alpha and (tok.is_title or (j > start and tok.lower_ in _PATRONYMIC))):
            break
        if tok.lower_ in _NOT_NAME:
            return start
        j += 1
    while j > start and doc[j - 1].lower_ in _PATRONYMIC:
        j -= 1
    return j


def _prefixed_name(doc: Doc, i: int) -> Span | None:
    """ "Pengiran Hajah Jo Roe" opening at ``i``: the hereditary prefix belongs to the name."""
    if not (doc[i].is_title and _word(doc, i) in _PREFIXES):
        return None
    end = i + 1
    if end < len(doc) and doc[end].is_title and _word(doc, end) in _PILGRIM:
        end += 1
    stop = _name_end(doc, end)
    return Span(doc, i, stop, label="PERSON") if stop > end else None


def _may_open(doc: Doc) -> list[int]:
    """Where :func:`_prefixed_name` or :func:`_chained_name` may find a name: the tokens that are
    a hereditary prefix or an honorific opening a chain (by their lower-case form), in order."""
    openers = marked(doc, "malay_honorifics.openers", LOWER, lambda s: s.rstrip(".") in _PREFIXES | _OPENERS)
    return np.flatnonzero(openers).tolist()


def _chained_name(doc: Doc, i: int) -> Span | None:
    """ "Dato Seri Jo Roe" opening at ``i``: the name after the chain, without it."""
    end = _chain_end(doc, i)
    if end is None or end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return None
    stop = _name_end(doc, end)
    return Span(doc, end, stop, label="PERSON") if stop > end else None


def malay_titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each name after a Malay honorific chain one PERSON span, the chain left out.

    NER spans that overlap the chain or the name are replaced; a span that runs on past the name
    ("Dato Jo Roe Foundation") is a body's and stays. So is one that opens before the chain, unless
    a comma parts it from the chain: the model ran an office's words into the name ("Works and
    Transport, Dato' Jo"), and the span goes with the chain.
    """
    names: list[tuple[int, Span]] = []
    i = 0
    for k in _may_open(doc):  # a name opens only at a prefix or an honorific: the others are passed
        if k < i:
            continue  # inside the name found last
        name = _prefixed_name(doc, k) or _chained_name(doc, k)
        if name is not None:
            names.append((k, name))
            i = max(name.end, k + 1)
    if not names:
        return ents
    at = {k: e for e in ents for k in range(e.start, e.end)}
    kept, inside = [], set()
    for chain, name in names:
        held = {id(at[k]): at[k] for k in range(chain, name.end) if k in at}
        if any((e.start < chain and not _comma_before(doc, e.start, chain)) or e.end > name.end for e in held.values()):
            continue
        kept.append(name)
        inside |= set(held)
    return sorted([e for e in ents if id(e) not in inside] + kept, key=lambda s: s.start)


def _comma_before(doc: Doc, start: int, chain: int) -> bool:
    """A comma ends the words from ``start`` just before the chain at ``chain``."""
    return chain - 1 > start and doc[chain - 1].text == ","


def chain_end(doc: Doc, i: int) -> int:
    """Where the name after an honorific chain opening at ``i`` starts, else ``i``: readers of an
    apposition ("the Director, Kolonel Dato' Jo Roe,") look past the chain as past "Mr"."""
    end = _chain_end(doc, i)
    return end if end is not None and end < len(doc) and _name_end(doc, end) > end else i


def chain_start(doc: Doc, name_start: int) -> int:
    """Where the honorific chain right before the name at ``name_start`` opens, else ``name_start``.

    Readers of the text around a name (titles, offices) look past the chain as they look past "Mr":
    "Police Commissioner Datuk Jo Roe" holds the office of police commissioner.
    """
    best = name_start
    for k in range(name_start - 1, max(-1, name_start - _MAX_CHAIN - 1), -1):
        if _chain_end(doc, k) == name_start:
            best = k
    return best
