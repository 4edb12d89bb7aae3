"""A crossing point called by its bare name as the subject of a verb of handling -> that post's traffic.

Officials who run a post speak of it by name alone: "In March, Torvik handled about 2,300
travellers a day", "Last winter Velden processed an average of 610 lorries daily". Read like "the
Torvik checkpoint handled ...", the figure is the traffic through the post. The parse only says
the subject is a proper name; whether that name is a crossing point is the entity layer's to say,
so a flow is kept only when it is (a state, a town or a body that "handled 900 people" counts
something else: applications, cases, visitors).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["named_post"]


def named_post(verb: Token) -> Token | None:
    """The proper-name subject of ``verb`` ("Torvik handled ..."), the token that heads the name,
    or None when the subject is a common noun, a pronoun or missing."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "PROPN" else None
