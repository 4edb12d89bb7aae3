"""Verbs the tagger reads as another part of speech. "The crossing will, however, close at night":
with the modal cut off by commas the model tags "close" as an adjective or adverb, yet a word
governing a modal or infinitive auxiliary ("will", "would", "to") is a verb whatever its tag."""

from __future__ import annotations

from spacy.tokens import Token

#: Auxiliaries that only a verb governs.
_MODALS = frozenset({"will", "would", "shall", "should", "must", "may", "might", "can", "could", "to"})


def verb_in_use(token: Token) -> bool:
    """True for a verb, or for an adjective or adverb that governs a modal and a subject: "the post
    will, however, close" ("close" as the verb); "a close call" or "close to the border" is not."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ not in ("ADJ", "ADV"):
        return False
    kids = list(token.children)
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids) and any(c.dep_ == "nsubj" for c in kids)
