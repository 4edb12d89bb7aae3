"""Linked mentions: a span of the text tied to an entity key, shared by the entity linkers."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

__all__ = ["Linked", "mk"]


@dataclass(frozen=True)
class Linked:
    """One mention linked to an entity: offsets, the entity's key, type and name, and how it was seen.

    ``kind`` is "name", "demonym" or "description"; ``parent`` is the state, region or
    organization a generic agency name was qualified by.
    """

    start: int
    end: int
    text: str
    type: str
    key: str
    name: str
    kind: str = "name"
    same_as: tuple[str, ...] = ()
    parent: str | None = None


def mk(span: SpacySpan, type_: str, key: str, name: str, **kw: object) -> Linked:
    """A :class:`Linked` for a spaCy span."""
    return Linked(span.start_char, span.end_char, span.text, type_, key, name, **kw)  # type: ignore[arg-type]
