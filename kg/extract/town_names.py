"""A town's name as a municipality writes it -> the town's own name: "the City of X" is X.

A town's council signs its notices "City of X" or "Town of X", and the same text, or the next,
calls the place "X": one settlement, not two. The longer form is read as the town when the text
also names X as a town, or the gazetteer knows X as one, and the gazetteer has no settlement
under the longer name itself (a city district such as a "City of Y" keeps its own entry).
"""

from __future__ import annotations

import re

from kg.lexicon.gazetteer import settlement_for

__all__ = ["town_of"]

#: A capitalised "City of" or "Town of" before a name: how a municipality names itself.
_MUNICIPAL = re.compile(r"(?:City|Town) of (?:the )?([A-Z].*)")


def town_of(name: str, towns: frozenset[str] | set[str]) -> str:
    """The town ``name`` names: "Tornio" for "City of Tornio"; ``name`` itself otherwise."""
    found = _MUNICIPAL.fullmatch(name)
    if found is None or settlement_for(name) is not None:
        return name
    town = found.group(1)
    return town if town in towns or settlement_for(town) is not None else name
