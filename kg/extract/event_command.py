"""Who a force serves under: "deployed ..., under the command of X", "under the orders of Y",
"assigned to the X in Y".

A passive deployment often names no sender ("N officers were sent to reopen the highway")
and gives instead the body that leads the force, or the body it joins: that body is who
deploys it, as the agent of a "by" phrase would be.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["commanders", "receiving_bodies"]

#: Nouns of leading a force, read in "under the N of X".
_COMMAND_NOUNS = frozenset(("command", "leadership", "direction", "orders", "order", "coordination", "authority"))


def commanders(verb: Token) -> list[Token]:
    """The objects of "of" in "under the command / leadership / orders of X" hung on ``verb``, or on
    its purpose clause ("sent to reopen a highway under the orders of X", where the parser hangs it)."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)]
    return [
        body
        for holder in (verb, *purposes)
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "under"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lower_ in _COMMAND_NOUNS
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for body in of.children
        if body.dep_ == "pobj"
    ]


def receiving_bodies(verb: Token) -> list[Token]:
    """The objects of "to" hung on ``verb``: "40 officers will be assigned to the X Bureau in Y",
    "were sent to the Y Coast Watch". The caller keeps those that name a body (a place there is
    where the force goes, not whom it serves), and reads the body's own "in Y" as the place."""
    return [
        body
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for body in prep.children
        if body.dep_ == "pobj"
    ]
