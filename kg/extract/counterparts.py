"""(text, a person's mentions) -> whether the text introduces the person as someone's counterpart.

After a call, a ministry's note names the other side's minister "his Tarnian counterpart, Dr X,
who is Trade Minister there", and later calls its own minister "the Minister" and the guest "the
Tarnian Minister". A bare "the Minister said" is then not the
counterpart's, however recently the counterpart was named with the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.model import Span

__all__ = ["introduced_as_counterpart"]

#: "counterpart," or "counterpart" right before a name, with an article and forms of address between.
_COUNTERPART = re.compile(
    r"\bcounterparts?\s*,?\s*(?:the\s+)?(?:(?:[A-Z][a-z]{0,3}\.|His|Her|Excellency|Dr|Mr|Mrs|Ms)\s+)*$"
)


def introduced_as_counterpart(text: str, mentions: Iterable[Span]) -> bool:
    """True when a mention of the person follows "counterpart" ("his Tarnian counterpart, Jo Roe")."""
    return any(_COUNTERPART.search(text[max(0, m.start - 60) : m.start]) for m in mentions)
