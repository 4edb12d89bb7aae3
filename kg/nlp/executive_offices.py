"""Doc -> the names of a state's executive offices: "Office of the President", "the Presidency".

Heads of state and government work through an office named after them ("the Office of the Prime
Minister", "the Administration of the President of X", "the Chancellery of the President") or
through the presidency itself ("the Presidency of the Republic of X"), and govern with a college
of ministers ("the Cabinet of Ministers", "the Council of Ministers"). Official releases print
such names as their masthead, alone on a line where the statistical NER tags nothing, and in
running text the NER cuts them at the second "of" ("the Office of the President of" + "the
Republic of X"). Their shape says what they are: a government body, whose owner is the state
named after them or the state the text is about. The span stops before that owner, which the
gazetteer reads as the state (the linker keeps the written "... of the Republic of X" as a name).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import state_code
from kg.nlp.doctext import with_lower

__all__ = ["executive_office", "executive_office_name", "executive_office_spans"]

#: Nouns naming the office through which a head of state or government works.
_OFFICE_HEADS = frozenset({"office", "administration", "chancellery", "chancellory", "secretariat", "cabinet"})
#: The offices of a head of state or government, as words after "of the" ("Prime" + "Minister").
_HEADS_OF_EXECUTIVE: tuple[tuple[str, ...], ...] = (
    ("president",),
    ("vice", "president"),
    ("vice", "-", "president"),
    ("prime", "minister"),
    ("deputy", "prime", "minister"),
    ("chancellor",),
    ("premier",),
)
#: Colleges of ministers that govern with the head of government ("the Cabinet of Ministers").
_COLLEGES = frozenset({"cabinet", "council"})


#: The same shapes as a name's words: what a publisher line or an entity's name reads as.
_NAME_SHAPE = re.compile(
    r"(?:the\s+)?(?:(?:office|administration|chancellery|chancellory|secretariat|cabinet)\s+of\s+the\s+"
    r"(?:vice[\s-]+president|president|(?:deputy\s+)?prime\s+minister|chancellor|premier)\b"
    r"|presidency\b|(?:cabinet|council)\s+of\s+ministers\b)",
    re.IGNORECASE,
)


def executive_office_name(name: str) -> bool:
    """``name`` opens as an executive office's does ("Office of the Prime Minister and Cabinet")."""
    return _NAME_SHAPE.match(name) is not None


def executive_office_spans(doc: Doc) -> list[Span]:
    """Executive offices named by their shape, labelled ``Agency`` (see the module docstring)."""
    out: list[Span] = []
    for head in with_lower(doc, _OFFICE_HEADS | _COLLEGES | {"presidency"}):
        if not _capitalised(head) or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
            continue
        if _inside_longer_name(doc, head.i):
            continue
        end = _office_end(doc, head) or _college_end(doc, head) or _presidency_end(doc, head)
        if end:  # a state's body; the owner after it, or the address under its masthead, is its state
            out.append(Span(doc, head.i, end, label="Agency"))
    return out


def executive_office(span: Span) -> bool:
    """``span`` is an executive office's name as :func:`executive_office_spans` reads it."""
    doc = span.doc
    head = span[1] if len(span) > 1 and span[0].lower_ == "the" else span[0]
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of" or not _capitalised(head):
        return False
    return span.end == (_office_end(doc, head) or _college_end(doc, head) or _presidency_end(doc, head))


def _inside_longer_name(doc: Doc, i: int) -> bool:
    """The words at ``i`` end a longer body's name: after a capitalised word on their line ("ECOWAS
    Council of Ministers") or after "of" ("the Presidency of the Council of Ministers", "the
    Directorate of the Presidency"); that name is read whole by the NER or left as it read it."""
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.lower_ == "the" and i > 1:
        return doc[i - 2].lower_ == "of"
    if prev is None or prev.is_space:
        return False
    return prev.lower_ == "of" or (_capitalised(prev) and prev.is_alpha and not prev.is_sent_start)


def _capitalised(tok: Token) -> bool:
    """A name's word, in a heading's capitals too ("OFFICE OF THE PRESIDENT")."""
    return tok.is_title or (tok.is_upper and len(tok) > 1)


def _office_end(doc: Doc, head: Token) -> int:
    """End of "Office of the Prime Minister" at ``head``, with a college it is joined to ("... and
    Council of Ministers"); 0 when the words after "of the" are no head of the executive."""
    if head.lower_ not in _OFFICE_HEADS or doc[head.i + 2].lower_ != "the":
        return 0
    end = _words_at(doc, head.i + 3, _HEADS_OF_EXECUTIVE)
    if not end:
        return 0
    if end + 1 < len(doc) and doc[end].lower_ == "and" and _capitalised(doc[end + 1]):
        joined = _college_end(doc, doc[end + 1]) if end + 2 < len(doc) and doc[end + 2].lower_ == "of" else 0
        if joined or doc[end + 1].lower_ == "cabinet":
            return joined or end + 2  # "Office of the Prime Minister and Council of Ministers", "... and Cabinet"
    return end


def _college_end(doc: Doc, head: Token) -> int:
    """End of "Cabinet of Ministers" / "Council of Ministers" at ``head``, else 0."""
    minister = doc[head.i + 2] if head.i + 2 < len(doc) else None
    if head.lower_ in _COLLEGES and minister is not None and minister.lower_ == "ministers" and _capitalised(minister):
        return head.i + 3
    return 0


def _presidency_end(doc: Doc, head: Token) -> int:
    """End of the presidency's name at ``head``: "Presidency" before "of X", "of the Republic of X"
    or "of the Republic" (the owner is read apart, or is the text's state); else 0."""
    if head.lower_ != "presidency":
        return 0
    nxt = doc[head.i + 2]
    if nxt.lower_ == "the" and head.i + 3 < len(doc) and doc[head.i + 3].lower_ == "republic":
        republic = doc[head.i + 3]
        return head.i + 1 if _capitalised(republic) else 0  # "of the Republic [of X]" is its state
    return head.i + 1 if _capitalised(nxt) and (nxt.ent_type_ == "GPE" or state_code(nxt.text)) else 0


def _words_at(doc: Doc, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """End of the longest of ``phrases`` written with capitals from token ``i``, else 0."""
    best = 0
    for words in phrases:
        end = i + len(words)
        if end > len(doc):
            continue
        toks = doc[i:end]
        if all(t.lower_ == w for t, w in zip(toks, words, strict=True)) and all(
            _capitalised(t) for t in toks if t.is_alpha
        ):
            best = max(best, end)
    return best
