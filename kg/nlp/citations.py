"""Doc -> the authors its academic citations name, as Person spans.

Scholarly prose cites people by surname in a fixed form: "(Roe, Doe, & Poe, 2010)", "(Roe et
al., 2013; Doe & Poe 2011)", "Roe and Doe (2004) found", "Roe's (2004) account". The NER reads such a list from the
surnames alone and types most of them as organizations or places, or joins several into one
span; the form itself says they are people. Only lists made wholly of capitalised surnames,
joiners and a year count, so "(World Bank, 2019)" or "(March 2010)" is read as nothing.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import state_key
from kg.lexicon.names import NAME_PARTICLES
from kg.nlp.doctext import doc_text
from kg.nlp.heads import AGENCY_CUES, ORG_HEADS, PLACE_HEADS, REGION_HEADS

__all__ = ["cited_authors"]

_YEAR = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")
#: Where the text may write a year: every place its first four characters can start (overlapping).
_YEAR_AT = re.compile(r"(?=(?:1[5-9]|20)\d\d)")
_JOINERS = frozenset({",", "&", "and"})
#: Possessive endings as the tokenizer splits them ("Roe's", "Roe’s", "Jones'").
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))
#: Words that make a capitalised run a body or a place, not a surname ("World Bank", "Tarn River").
_NOT_SURNAMES = ORG_HEADS | PLACE_HEADS | REGION_HEADS | AGENCY_CUES
_MAX_GROUP = 30


def cited_authors(doc: Doc) -> list[Span]:
    """Every surname in the Doc's citations, as a ``Person`` span (``kb_id`` "context"), in text order."""
    out: list[Span] = []
    for tok in _years(doc):
        prev = doc[tok.i - 1] if tok.i else None
        if prev is not None and prev.text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text in {")", ","}:
            if tok.i > 2 and doc[tok.i - 2].lower_ in _POSSESSIVES:
                out += _names_before(doc, tok.i - 2, bracketed=False, owned=True)  # "Roe's (2004) account"
            else:
                out += _names_before(doc, tok.i - 1, bracketed=False)  # "Roe and Doe (2004)"
        elif _in_brackets(doc, tok.i):
            out += _names_before(doc, tok.i, bracketed=True)  # "(Roe & Doe, 2004; ...)"
    return sorted({(s.start, s.end): s for s in out}.values(), key=lambda s: s.start)


def _years(doc: Doc) -> list[Token]:
    """The tokens written as a year (``_YEAR``), in order, found from where the text writes one:
    a year token starts where such digits do, and only those few tokens are built."""
    offsets: list[int] | None = None
    out = []
    for m in _YEAR_AT.finditer(doc_text(doc)):
        offsets = doc.to_array(IDX).tolist() if offsets is None else offsets
        i = bisect_left(offsets, m.start())
        if i < len(offsets) and offsets[i] == m.start() and _YEAR.match(doc[i].text):
            out.append(doc[i])
    return out


def _in_brackets(doc: Doc, i: int) -> bool:
    """Token ``i`` lies inside a parenthesis opened shortly before it and not closed yet."""
    for j in range(i - 1, max(-1, i - _MAX_GROUP), -1):
        if doc[j].text == ")":
            return False
        if doc[j].text == "(":
            return True
    return False


def _names_before(doc: Doc, end: int, *, bracketed: bool, owned: bool = False) -> list[Span]:
    """The surnames of the author list that ends right before token ``end``, or none if it is no list.

    In brackets, the list runs back to the "(" or a ";" and must be all names and joiners; before
    a bracketed year it runs back to the first word that is neither. A lone name before a year
    needs the possessive (``owned``) that makes the year its work's: "Roe's (2004) account".
    """
    i = end - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    names: list[Span] = []
    etal = False
    while i >= 0:
        t = doc[i]
        if t.text in _JOINERS:
            i -= 1
        elif t.text.rstrip(".") == "al" and i > 0 and doc[i - 1].lower_ == "et":
            i, etal = i - 2, True
        elif _surname_word(t):
            start = _surname_start(doc, i)
            names.append(Span(doc, start, i + 1, label="Person", kb_id="context"))
            i = start - 1
        else:
            break
    if bracketed and (i < 0 or doc[i].text not in {"(", ";"}):
        return []  # something else stands in the brackets: "(in Tarn, 2010)"
    if not bracketed and len(names) < 2 and not etal and not owned:
        return []  # "in Tarn (1821)", "Chasing Tarn (2004)": a lone name before a year may be anything
    return names if all(_plausible(n) for n in names) else []


def _surname_word(tok: Token) -> bool:
    return (
        tok.is_alpha
        and tok.is_title
        and not tok.is_stop
        and tok.lower_ not in _MONTHS
        and tok.ent_type_ not in {"DATE", "TIME"}
    )


def _surname_start(doc: Doc, i: int) -> int:
    """Start of a name ending at token ``i``: back over hyphens ("Lopez-Varga"), particles and
    capitalised words ("De Vries"; "World Bank" is then one run, which ``_plausible`` rejects).
    """
    start = i
    while start >= 1:
        prev = doc[start - 1]
        if start >= 2 and prev.text == "-" and not prev.whitespace_ and doc[start - 2].is_alpha:
            start -= 2
        elif prev.lower_ in NAME_PARTICLES or _surname_word(prev):
            start -= 1
        else:
            break
    return start


def _plausible(span: Span) -> bool:
    """A surname: one capitalised word (with its particles and hyphens: "van Dijk", "Lopez-Varga"),
    no head word of a body or a place ("Bank", "River"), no state's name. A run of capitalised
    words is a title or a body ("Blue Harbour", "World Bank"), not an author.
    """
    capitals = [t for t in span if t.is_title and t.lower_ not in NAME_PARTICLES]
    hyphened = any(t.text == "-" for t in span)
    if len(capitals) > 1 and not hyphened:
        return False
    return not any(t.lower_ in _NOT_SURNAMES for t in span) and state_key(span.text) is None
