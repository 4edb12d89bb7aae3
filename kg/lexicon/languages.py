"""Names of the major languages (ISO 639-1, from pycountry): words that name no place or body.

A broadcast script's cue "((IN ARABIC))" or "a programme in Swahili" gives the NER a capitalised
word it may read as a place or an organization; a language is neither.
"""

from __future__ import annotations

from functools import cache

import pycountry

__all__ = ["is_language"]


@cache
def _names() -> frozenset[str]:
    bare = (lang.name.split(" (")[0] for lang in pycountry.languages if hasattr(lang, "alpha_2"))
    return frozenset(name.casefold() for name in bare if name.isalpha())  # "Swahili (macrolanguage)"


def is_language(word: str) -> bool:
    """True when ``word`` is the English name of an ISO 639-1 language ("Arabic", "swahili")."""
    return word.casefold() in _names()
