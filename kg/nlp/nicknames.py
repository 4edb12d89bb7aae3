"""NER spans -> the same spans with a name written around a nickname in quotes made one PERSON span.

Reports of ordinary people (a fisherman, a driver, a trader) give the nickname they are known by
inside the name: 'Mr Jo "Bingo" Roe', 'Jo "Big Man" Roe-Lind'. The model stops the name at the
quote: it keeps the given name alone, or the surname as a body, or nothing. Capitalised words
either side of a short quoted phrase, after a form of address or with a person's reading on one
side, are one person; the linker drops the nickname from the name (others write it without).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.gazetteer import state_key
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import with_orth
from kg.nlp.heads import BODY_HEADS, ORG_HEADS
from kg.nlp.persons import honorific

__all__ = ["nicknamed_names"]

_OPEN = ('"', "“")
_CLOSE = frozenset({'"', "”"})
#: Most words of a nickname, and of each side of the name around it.
_MAX_NICKNAME = 3
_MAX_SIDE = 3
_NOT_NAME = TITLE_WORDS | BODY_HEADS | ORG_HEADS


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word of a name, or the hyphen inside a double name ("Roe-Lind")."""
    tok = doc[i]
    if tok.text == "-":
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not tok.whitespace_
    parts = tok.text.split("-")  # "Roe-Lind" may be one token
    shaped = all(p[:1].isupper() and p.isalpha() for p in parts)
    return shaped and tok.lower_ not in _NOT_NAME and not honorific(tok)


def _side(doc: Doc, i: int, step: int) -> int:
    """How many tokens of a name run from token ``i`` in direction ``step``, on one line."""
    n = words = 0
    while 0 <= i < len(doc) and words < _MAX_SIDE and _name_word(doc, i):
        if "\n" in doc[i - 1 if step > 0 else i].whitespace_ and n:
            break
        n += 1
        words += doc[i].text != "-"
        i += step
    if n and doc[i - step].text == "-":
        n -= 1  # a name does not end in a hyphen
    return n


def nicknamed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each 'Given "Nickname" Surname' one PERSON span (see the module's docstring)."""
    add: list[Span] = []
    for quote in with_orth(doc, _OPEN):
        i = quote.i
        close = next((k for k in range(i + 2, min(len(doc), i + _MAX_NICKNAME + 2)) if doc[k].text in _CLOSE), None)
        if close is None or any("\n" in t.whitespace_ for t in doc[i:close]):
            continue
        left, right = _side(doc, i - 1, -1), _side(doc, close + 1, 1)
        if not left or not right:
            continue
        start, end = i - left, close + 1 + right
        if any(state_key(t.text) for t in doc[start:end]):
            continue
        addressed = start > 0 and honorific(doc[start - 1])
        personal = any(e.label_ == "PERSON" and e.start < end and start < e.end for e in ents)
        if addressed or personal:
            add.append(Span(doc, start, end, label="PERSON"))
    if not add:
        return ents
    kept = []
    for e in ents:
        over = [a for a in add if e.start < a.end and a.start < e.end]
        # the model's span may take the form of address with the given name ("Ms Jo")
        start = e.start + 1 if honorific(doc[e.start]) else e.start
        if over and not all(a.start <= start and e.end <= a.end for a in over):
            add = [a for a in add if a not in over]  # a span across the name's edge: leave both alone
            kept.append(e)
        elif not over:
            kept.append(e)
    return sorted(kept + add, key=lambda s: s.start)
