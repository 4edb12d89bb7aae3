"""(a minister's portfolio, Entities) -> the ministry of that portfolio the text names.

The tagger often reads a minister's portfolio as a body of its own (a body "Territorial Affairs"
out of "X, who is Minister of Territorial Affairs"), and the state that body is filed under is a
guess; or a minister's state is left open where the text names only the other side ("drivers
from Y"). When the text names the ministry itself (a statement "from the Ministry of Territorial
Affairs"), the minister heads that ministry, in the state the text gave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.lexicon.names import strip_the
from kg.model import Entity

__all__ = ["minister_field", "portfolio_body_ministry", "portfolio_ministry"]

#: "Minister of X", "Minister for the X": the portfolio after the office word.
_FIELD = re.compile(r"\bMinister\s+(?:of|for)\s+(?:the\s+)?(?P<field>[^,(]+?)\s*(?:[,(]|$)", re.I)


def minister_field(title: str) -> str | None:
    """The portfolio of a minister's title: "Minister of Internal Administration" -> "Internal Administration"."""
    m = _FIELD.search(title)
    return m.group("field") if m else None


def portfolio_ministry(fields: Iterable[str], entities: tuple[Entity, ...], but: str | None = None) -> str | None:
    """The key of the one ministry (other than ``but``) named "Ministry of F" or "F Ministry" for a
    portfolio F of ``fields``, or None."""
    names = {strip_the(f).casefold() for f in fields}
    forms = {form for f in names for form in (f"ministry of {f}", f"ministry of the {f}", f"{f} ministry")}
    found = {
        e.key
        for e in entities
        if e.type == "Agency" and e.key != but and any(strip_the(n).casefold() in forms for n in (e.name, *e.aliases))
    }
    return found.pop() if len(found) == 1 else None


def portfolio_body_ministry(portfolio: str, entities: tuple[Entity, ...]) -> str | None:
    """The ministry named after the body ``portfolio`` the tagger made of a minister's portfolio."""
    body = next((e for e in entities if e.key == portfolio), None)
    return portfolio_ministry((body.name, *body.aliases), entities, but=portfolio) if body is not None else None
