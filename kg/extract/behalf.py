"""(spaCy verb of a sentence) -> whose words a statement is when someone else reads or issues it.

A chief's words are often read out by an aide, or put out in a governor's name by the press
desk: "Major Y read a short statement for the army chief, on behalf of General X", "a message from
Governor X was delivered on behalf of her by Y". The words are the chief's; the one who reads them
only delivers them. This module finds the phrase after "on behalf of" on a verb that delivers
words, active ("Y read a statement on behalf of X") or passive ("a message was given on behalf of
X").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.attribution import is_saying_act

__all__ = ["on_behalf_of"]


def on_behalf_of(verb: Token) -> Token | None:
    """The head of the phrase after "on behalf of" on a verb that delivers a statement, or None."""
    if not is_saying_act(verb):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for behalf in prep.children:
            if behalf.dep_ != "pobj" or behalf.lower_ != "behalf":
                continue
            of = next((c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            whom = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if whom is not None:
                return whom
    return None
