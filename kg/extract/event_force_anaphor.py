"""(bare plural subject of an arrest) -> the body the same noun was named with just before.

Releases name a force in full once and then go on with the bare noun: "X guards inspected 9,300
lorries ... On Friday, guards detained 23 people", "agents of the Y screened the passengers of
three trains ... agents arrested 16 men". The bare "guards" are those of the body named with the
same noun a few sentences before; without this
reading such an arrest had no arrester, and a counted arrest with no one and nowhere to it
matches no reported fact.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["named_force_before"]

#: Uniformed people a body acts through (lemmas): "officers", "guards", "agents", "gendarmes".
_FORCE_NOUNS = frozenset(("officer", "guard", "agent", "gendarme", "policeman", "ranger", "trooper", "inspector"))
#: How far back the full name is looked for (tokens): a few sentences of a release.
_REACH = 250


def _bare(noun: Token) -> bool:
    """ "officers", "police officers": the noun with no body of its own (no name, "of", "'s")."""
    return not any(
        c.dep_ in ("poss", "appos")
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children
    )


def named_force_before(subject: Token | None, agents: Callable[[Token], list[str]]) -> list[str]:
    """The agencies the bare plural force noun ``subject`` was last named with before it ("X Police
    guards", "agents of the Y"), within a few sentences; empty otherwise. ``agents``
    reads a noun phrase's named actors."""
    if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in _FORCE_NOUNS or not _bare(subject):
        return []
    doc = subject.doc
    for tok in reversed(doc[max(0, subject.i - _REACH) : subject.i]):
        if tok.lemma_.lower() == subject.lemma_.lower() and not _bare(tok):
            keys = [k for k in agents(tok) if k.startswith("agency/")]
            if keys:
                return keys
    return []
