"""A bare figure that answers "how many ...?" is the figure the question asks for.

In press conferences, hearings and interviews the fact is often split over two turns: the
question holds the verb, the place and the time ("How many people crossed at X last year?"), the
answer only the figure ("Roughly 38,000, up a tenth on the year before."). Neither turn
reports the event alone. When the next turn opens with a figure and no verb of its own before
it, the figure is read at the place of the question's "how many" (:func:`asked_figure`), so the
question's clause gives the event's kind, places and time and the answer its count and source.
An answer may restate the question with a copula first ("It was about 600 on Monday").

An answer that tells the event with a verb of its own ("We sent 300 officers") is read as it
stands, and a question that nobody answers with a figure reports nothing. A clause that only sets
the scene before the figure ("Since the bridge reopened, about 900 a day") gives the answer no verb
of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.quantities import QuantityMatch
from kg.extract.transcript import find_turns
from kg.nlp.doctext import doc_text

__all__ = ["answered_question", "asked_amount", "asked_figure"]

_KEY = "kg_turn_bodies"
#: The label of an interview's answer that names no speaker.
_ANSWER = re.compile(r"^[ \t]*(?:A|ANSWER|Answer)[ \t]*:[ \t]*", re.MULTILINE)
#: Verbs and auxiliaries: an answer that has one before its figure tells its own event.
_VERBAL = frozenset(("VERB", "AUX"))
#: Subjects with which an answer restates the question before its figure: "it was about 600".
_ASKED_SUBJECTS = frozenset(("it", "that", "this"))


def asked_amount(tok: Token) -> bool:
    """True for the "many"/"much" of "how many", the amount a question asks for."""
    return tok.lower_ in ("many", "much") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "how"


def asked_figure(
    doc: Doc, sents: list[Span], si: int, quants: list[QuantityMatch]
) -> tuple[int, QuantityMatch, int] | None:
    """(the question's sentence index, the answer's figure read at the question's "how many", where
    the answer says it) when
    sentence ``si`` opens the turn that answers a "how many" question with a bare figure
    (``quants``: the figures of sentence ``si``); else None."""
    sent = sents[si]
    asked = answered_question(doc, sents, si)
    if asked is None:
        return None
    qi, start = asked
    question = sents[qi]
    amount = next((t for t in question if asked_amount(t)), None)
    figure = next((q for q in quants if q.start >= start), None)
    if amount is None or figure is None:
        return None
    before = [t for t in doc[sent.start : sent.end] if start <= t.idx < figure.start]
    framed = _framing_clauses(before)
    if any(t.pos_ in _VERBAL and not _restating(t) and t.i not in framed for t in before):
        return None  # "Last month we took in nearly 14,000": its own verb tells it
    asked_at = QuantityMatch(amount.idx, amount.idx + len(amount.text), figure.text, figure.quantity)
    return qi, asked_at, figure.start


def answered_question(doc: Doc, sents: list[Span], si: int) -> tuple[int, int] | None:
    """(the question's sentence index, where the answer's words start) when sentence ``si`` opens a
    labelled turn right after a turn that ends with a question; else None."""
    text = doc_text(doc)
    sent = sents[si]
    body = next((b for b in _bodies(doc, text) if sent.start_char <= b[1] < sent.end_char), None)
    if body is None or si == 0:
        return None
    label_start, start = body
    qi = max((i for i in range(si) if sents[i].end_char <= label_start), default=None)
    if qi is None:
        return None
    question = sents[qi]
    asked = text[question.start_char : question.end_char].rstrip()
    if not asked.endswith("?") or text[question.start_char + len(asked) : label_start].strip():
        return None  # the turn before is no question, or something stands between it and the answer
    return qi, start


def _framing_clauses(before: list[Token]) -> set[int]:
    """The verbs (and their auxiliaries) of subordinate clauses that set the scene before the figure
    and end at a comma ("Once the new lane opened, between 1,200 and 1,300 a day"; "When the ferry
    is not running, about 900"): they tell when, not what is counted. With no main verb after them the
    parser may make such a clause the root; its subordinating word still marks it."""
    commas = [t.i for t in before if t.text == ","]
    framed: set[int] = set()
    for tok in before:
        verb = tok.head if tok.dep_ in ("aux", "auxpass", "neg") else tok
        subordinate = any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.pos_ == "SCONJ") for c in verb.children)
        if subordinate and any(i > verb.i for i in commas):
            framed.add(tok.i)
    return framed


def _restating(verb: Token) -> bool:
    """True for the "was" of "it was about 600": a copula whose subject stands for what was asked."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in _ASKED_SUBJECTS for c in verb.children)


def _bodies(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(label start, body start) of each labelled turn of the document, read once per document."""
    found = doc.user_data.get(_KEY)
    if found is None:
        turns = find_turns(text)  # a continuation line carries the label of the line it continues
        found = [(t.label_start, t.start) for t in turns if t.label_start >= t.line_start]
        found += [(m.start(), m.end()) for m in _ANSWER.finditer(text)]  # "Q: ... / A: ...", no speakers
        doc.user_data[_KEY] = found = sorted(set(found))
    return list(found)
