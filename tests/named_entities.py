"""Entities a test names by hand: every occurrence of each name in the text, keyed and typed.

Event and statement tests give the extractors the entities of an invented sentence directly, so a
test of an event rule does not depend on entity recognition.
"""

from __future__ import annotations

import re

from kg.model import Entity, Span


def entities_named(text: str, names: dict[str, tuple[str, str]]) -> tuple[Entity, ...]:
    """``names``: surface name -> (entity key, type); one Entity per key, with each mention's span."""
    spans: dict[str, list[Span]] = {}
    kinds: dict[str, tuple[str, str]] = {}
    for name, (key, type_) in names.items():
        for m in re.finditer(re.escape(name), text):
            spans.setdefault(key, []).append(Span(m.start(), m.end(), name))
        kinds.setdefault(key, (type_, name))
    return tuple(Entity(k, kinds[k][0], kinds[k][1], tuple(sorted(v))) for k, v in spans.items())
