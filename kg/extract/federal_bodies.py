"""(body span, the text's states, the owner context chose) -> the federation a "Federal" body belongs to.

Only a federation has a federal level: a "Federal Police" or a "Federal Roads Office" named in a
story about a unitary state and its federal neighbour belongs to the neighbour, however often the
story names its own state, and whoever mentions the body (a mayor on the unitary side, its
ministers, its radio). Where context already gave a federation, or the text names two
federations or none, the context's choice stands.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan

from kg.lexicon.federations import is_federation

__all__ = ["federal_owner"]


def federal_owner(span: SpacySpan, states: Iterable[str], chosen: str | None) -> str | None:
    """The key of the text's one federation when the body's name opens with "Federal" and ``chosen``
    (the key context gave, if any) is a state that is none; else None (keep ``chosen``)."""
    first = next((t for t in span if t.lower_ != "the"), None)
    if first is None or first.text != "Federal":
        return None
    if chosen is not None and (not chosen.startswith("state/") or is_federation(chosen[6:])):
        return None
    federal = sorted({key for key in states if key.startswith("state/") and is_federation(key[6:])})
    return federal[0] if len(federal) == 1 else None
