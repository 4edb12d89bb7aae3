"""Doc -> the initials of the offices it writes in full ("Cabinet Secretary" -> "CS").

Official texts name an office in full once and then by its initials before the holder's surname
("Cabinet Secretary Jo Roe ... CS Roe", "Principal Secretary ... PS Roe"). The model reads such
initials as part of a name or as a body's ("CS Roe" a person, "PS Roe" an organization). Initials
count as a title only where the same text spells out an office they abbreviate: two to four
capitalised words ending in a title word ("Secretary", "General", "Minister"), so the letters of
a body or a state ("UN", "US") are never taken for one. Built once per Doc, in one pass.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.lexicon.gazetteer import known_body, state_code
from kg.lexicon.names import TITLE_WORDS

__all__ = ["title_initials"]

_MIN_WORDS, _MAX_WORDS = 2, 4


def _office_word(tok: Token) -> bool:
    """A capitalised word that may belong to an office's name ("Cabinet", "Principal")."""
    return tok.is_alpha and tok.is_title and not tok.is_stop


def title_initials(doc: Doc) -> frozenset[str]:
    """Upper-case initials of each office of 2-4 capitalised words that ``doc`` spells out.

    An office ends in a title word: "Cabinet Secretary" gives "CS", "Chief Administrative
    Secretary" gives "CAS" and "AS". Initials that are a state's code or a known body's name are
    left out: "US" stays the state's even where the text writes "Under Secretary".
    """
    found: set[str] = set()
    run: list[Token] = []
    for tok in doc:
        if not _office_word(tok):
            run = []
            continue
        run.append(tok)
        if tok.lower_ not in TITLE_WORDS:
            continue
        for size in range(_MIN_WORDS, min(_MAX_WORDS, len(run)) + 1):
            found.add("".join(t.text[0] for t in run[-size:]).upper())
    return frozenset(i for i in found if not state_code(i) and not known_body(i))
