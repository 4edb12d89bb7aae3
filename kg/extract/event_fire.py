"""An attack told as a verb phrase: "gunmen opened fire on the post", "troops opened fire at a
convoy near X". The verb is "open" with "fire" as its object and the thing fired on after "on" or
"at"; it is one armed action, read like "attacked" (its target is where it struck)."""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions naming what was fired on.
_AT = frozenset({"on", "at", "upon"})


def opened_fire(token: Token) -> bool:
    """True for the verb of "opened fire on/at X"; "the range opened" or "opened fire" with no
    object fired on (a salute, a drill) is no attack."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "open":
        return False
    fire = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "fire"), None)
    if fire is None:
        return False
    preps = [c for h in (token, fire) for c in h.children if c.dep_ == "prep" and c.lower_ in _AT]
    return any(c.dep_ == "pobj" for p in preps for c in p.children)
