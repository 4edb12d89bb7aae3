"""(token) -> whether it recalls or calls out reservists: a call-up told by "recall" or "call out".

Governments and armed forces bring reservists back with the verb or noun "recall" as often as with
"call up": "by decree, the X orders the recall of 640 reservists to its units", "the ministry
recalled 450 reservists to their units". Commonwealth defence law says "call out" ("the cabinet
called out 90 Army Reserve members", "the call-out of 200 reservists"). Said of reservists
(or of members of a body named a reserve), the words are a mobilization; said of anything else
they are not ("recalled the ambassador", "a recall vote", "she recalled that ...", "called out
the minister's claims").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["calls_out_reserves", "recalls_reserves"]

#: The word, as verb and noun.
RECALL = "recall"


def _reserve_people(noun: Token) -> bool:
    """ "reservists", "reserve officers", "reserve troops": people who serve in a reserve."""
    lem = noun.lemma_.lower()
    return (
        lem == "reservist"
        or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "reserve" for c in noun.children)
        or (lem == "member" and any(_reserve_body(g) for g in _of(noun)))
    )


def _reserve_body(body: Token) -> bool:
    """ "the X Army Reserve", "the X Defence Force Reserves": a body whose name's head is a reserve."""
    return body.lemma_.lower() in ("reserve", "reserves")


def _of(noun: Token) -> list[Token]:
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _recalled(token: Token) -> list[Token]:
    """Who is recalled: the object of the verb, the passive subject, or the "of" phrase of the noun."""
    if token.pos_ == "VERB":
        return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return _of(token)


def recalls_reserves(token: Token) -> bool:
    """True for "recall" (verb or noun) whose object is reservists: "recalled 450 reservists",
    "the recall of 300 reserve officers", "2,000 reservists were recalled"."""
    if token.lemma_.lower() != RECALL or token.pos_ not in ("VERB", "NOUN"):
        return False
    return any(_reserve_people(p) for p in _recalled(token))


def hyphened_call(token: Token, particle: str) -> bool:
    """ "the call-up of 5,000 reservists", "the call-out of 200": the particle the tokenizer splits
    from "call" and "-"."""
    doc = token.doc
    return (
        token.lower_ == particle
        and token.pos_ in ("NOUN", "PROPN")
        and token.i >= 2
        and doc[token.i - 1].text in ("-", "\u2010", "\u2013")
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 2].lower_ == "call"
    )


def calls_out_reserves(token: Token) -> bool:
    """True for "call out" (verb with its particle, or the noun "call-out") whose object is
    reservists: "called out 90 Army Reserve members", "the call-out of 200 reservists", "a decree
    calling out 90 members of the X Reserve"."""
    verb = token.pos_ == "VERB" and token.lemma_.lower() == "call"
    if not (verb and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)) and not hyphened_call(
        token, "out"
    ):
        return False
    return any(_reserve_people(p) for p in _recalled(token))
