"""Doc -> the people a script's or transcript's credit line names: "READ BY: JO ROE", "Interviewer: Jo Roe".

Bulletins and interviews open with who reads, presents or asks; the line holds a role word (or a
"... by" credit), a colon and a full name alone to the line's end. The NER misses such a name,
often in capitals, for want of a sentence around it. A turn label "REPORTER: The road is closed."
has a sentence after its colon, not a name, and is left alone. An office before the name
("MODERATOR: Prime Minister Talo.") is cut from it, and then a surname alone is a name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import line_starts
from kg.nlp.roles import NEWSROOM_ROLES

__all__ = ["credit_line_spans"]

#: Role words of a programme's credits, beside the newsroom's own ("anchor", "host", "reporter").
_CREDIT_ROLES = NEWSROOM_ROLES | frozenset(
    {"interviewer", "newsreader", "reader", "moderator", "announcer", "producer", "journalist", "narrator"}
)
#: Verbs of a "... by" credit: "Read by", "Presented by", "Produced by".
_CREDIT_VERBS = frozenset({"read", "presented", "produced", "written", "edited", "reported", "compiled", "hosted"})
_MIN_WORDS, _MAX_WORDS = 2, 4


def credit_line_spans(doc: Doc) -> list[Span]:
    """A Person span for the full name of each credit line of ``doc``."""
    out: list[Span] = []
    for i in line_starts(doc):
        tok = doc[i]
        if not tok.is_alpha:
            continue
        colon = _credit_colon(doc, tok.i)
        if colon is None:
            continue
        start = colon + 1
        while start < len(doc) and doc[start].lower_ in TITLE_WORDS and _name_word(doc[start]):
            start += 1  # "MODERATOR: Prime Minister Talo.": the office is no part of the name
        end = start
        while end < len(doc) and end - start <= _MAX_WORDS and _name_word(doc[end]):
            end += 1
        least = 1 if start > colon + 1 else _MIN_WORDS  # a surname after an office names a person too
        if not least <= end - start <= _MAX_WORDS or not _line_end(doc, end):
            continue
        out.append(Span(doc, start, end, label="Person"))
    return out


def _credit_colon(doc: Doc, i: int) -> int | None:
    """Index of the colon after a credit label opening at ``i`` ("Interviewer:", "READ BY:"), or None."""
    low = doc[i].lower_
    if low in _CREDIT_ROLES and i + 1 < len(doc) and doc[i + 1].text == ":":
        return i + 1
    if low in _CREDIT_VERBS and i + 2 < len(doc) and doc[i + 1].lower_ == "by" and doc[i + 2].text == ":":
        return i + 2
    return None


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper) and not tok.is_stop and "\n" not in tok.whitespace_


def _line_end(doc: Doc, end: int) -> bool:
    """The name closes its line, a full stop at most after it."""
    if end == len(doc) or "\n" in doc[end - 1].whitespace_ or (doc[end].is_space and "\n" in doc[end].text):
        return True
    if doc[end].text != ".":
        return False
    return end + 1 == len(doc) or "\n" in doc[end].whitespace_ or (doc[end + 1].is_space and "\n" in doc[end + 1].text)
