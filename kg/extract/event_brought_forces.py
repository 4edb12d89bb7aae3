"""Token (verb) -> the force it brings in from elsewhere: "the service brought in a dozen guards
from X", "the police drafted in sixty officers for the fair", "brought forty guards in from Y".

Officials speaking of reinforcements often use a phrasal verb instead of "send" or "deploy": the
particle "in" makes "bring", "draft", "call" and "ship" verbs of moving people to where the speaker
is. Without it they are ordinary words ("brought charges", "drafted a law", "called a meeting"), and
even with it they move a force only when what comes in is one, which the caller checks ("brought in
new rules" is none). The parser reads the particle as a preposition when the object comes first
("brought forty guards in from Y") or takes the force as its object ("drafted in sixty officers").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["brought_force"]

#: Verbs that, with the particle "in", bring people to where they are needed.
_BRINGING_VERBS = frozenset(("bring", "draft", "call", "ship"))


def brought_force(verb: Token) -> Token | None:
    """What a verb of bringing in brings: its object ("brought in 40 officers"), or the noun the
    parser hangs on "in" ("drafted in 60 officers"); None for any other verb, or one without "in"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BRINGING_VERBS:
        return None
    ins = [c for c in verb.children if c.lower_ == "in" and c.dep_ in ("prt", "prep")]
    if not ins:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None:
        return obj
    return next((g for c in ins for g in c.children if g.dep_ == "pobj"), None)
