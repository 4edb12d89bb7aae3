"""Text -> the reading of the demonyms two states share: "Congolese" in a story about the DR Congo.

A demonym such as "Congolese" or "Dominican" belongs to more than one state; the gazetteer keeps
one reading for it. A text that names exactly one of the states sharing it means that state, so
the reading is chosen once per document (one scan of its text) and set for every look-up made while
the document is annotated and extracted, instead of passing the document to each caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from kg.lexicon.demonyms import SHARED_DEMONYMS
from kg.lexicon.gazetteer import DOC_DEMONYMS, country_names

__all__ = ["choose", "reading"]


@cache
def _names() -> re.Pattern[str] | None:
    """Every country name holding the name of a state that shares a demonym, longest first.

    Longer names come first so that a name inside another ("Republic of the Congo" in "Democratic
    Republic of the Congo", "Guinea" in "Papua New Guinea") is read as the longer one.
    """
    sharing = {code for codes in SHARED_DEMONYMS.values() for code in codes}
    names = country_names()
    own = [name for name, code in names.items() if code in sharing]
    holding = {name for name in names if any(inner in name for inner in own)}
    if not holding:
        return None
    parts = [r"\s+".join(map(re.escape, name.split())) for name in sorted(holding, key=lambda n: (-len(n), n))]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@cache
def _unclear() -> frozenset[str]:
    """One-word names that end another sharing state's name: "Congo" says neither Congo."""
    sharing = {code for codes in SHARED_DEMONYMS.values() for code in codes}
    names = {name: code for name, code in country_names().items() if code in sharing}
    return frozenset(
        name
        for name, code in names.items()
        if " " not in name and any(other.split()[-1] == name and names[other] != code for other in names)
    )


@cache
def _forms(adjective: str) -> tuple[str, ...]:
    """Casefolded surface forms of a shared demonym ("Congolese", "Dominicans")."""
    plural = () if adjective.endswith(("ese", "ish")) else (adjective + "s",)
    return tuple(form.casefold() for form in (adjective, *plural))


def choose(text: str) -> dict[str, str]:
    """Casefolded shared demonym -> the state ``text`` means by it: the only one of its states named.

    A text naming none or several of them gets no entry (the gazetteer's own reading stands); a
    name that could be either ("Congo") names neither, and a name is written with a capital ("guinea
    fowl" is no state).
    """
    pattern = _names()
    if pattern is None:
        return {}
    names = country_names()
    said = {" ".join(m.group(0).split()).casefold() for m in pattern.finditer(text) if m.group(0)[0].isupper()}
    named = {names.get(name) for name in said - _unclear()}
    out: dict[str, str] = {}
    for adjective, codes in SHARED_DEMONYMS.items():
        chosen = [code for code in codes if code in named]
        if len(chosen) == 1:
            out.update(dict.fromkeys(_forms(adjective), chosen[0]))
    return out


@contextmanager
def reading(choice: dict[str, str]) -> Iterator[None]:
    """Look shared demonyms up as ``choice`` (from :func:`choose`) says while the block runs."""
    token = DOC_DEMONYMS.set(choice)
    try:
        yield
    finally:
        DOC_DEMONYMS.reset(token)
