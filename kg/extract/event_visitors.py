"""People counted visiting a country are a flow into it, not a visit of state.

"In 2024 some 6.8 million Xs visited Y", "800,000 tourists visit Z every summer": a figure on the
visitors makes the verb a count of arrivals (read with the other verbs of crossing), while "the
minister visited Y" or "Xs visited Y" (a people named by its demonym, uncounted, which news uses
for a delegation) stay the visit a named side pays.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["counted_visitors"]


def counted_visitors(verb: Token) -> bool:
    """Whether the subject of a verb of visiting carries a number ("6.8 million Xs visited Y")."""
    return (
        any(c.dep_ == "nsubj" and any(g.dep_ == "nummod" for g in c.children) for c in verb.children)
        and verb.lemma_.lower() == "visit"
    )
