"""(spaCy verb of a sentence) -> whose words a statement is when someone else reads or issues it.

A chief's statement is often read out by an aide, or issued in a minister's name by the press
office: "The following statement was read on behalf of the Commander, General X, by Major Y",
"Y issued a statement on behalf of the Minister, X:". The words are the chief's; the one who reads
them only delivers them. This module finds the phrase after "on behalf of" on a verb that delivers
words, in the active ("Y read a statement on behalf of X") or the passive ("a statement was issued
on behalf of X").
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
