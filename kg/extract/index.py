"""Entity mentions by character offset: the lookup events and statements use to name their arguments.

Built once per document from the entities; answers "which entity is mentioned here?" without
touching spaCy objects.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

from kg.model import Entity, Span

__all__ = ["EntityIndex"]

#: Entity types of bodies, which a text names again by their short form.
_BODIES = frozenset({"Organization", "Agency"})
#: Entity types of regions and towns, which an office may be held in.
_PLACES = frozenset({"Region", "Settlement"})


class EntityIndex:
    """Sorted mentions of one document's entities, queried by character offsets."""

    def __init__(self, entities: tuple[Entity, ...] | list[Entity]) -> None:
        pairs = [(m, e) for e in entities for m in e.mentions]
        pairs.sort(key=lambda p: (p[0].start, p[0].end, p[1].key))
        self._mentions: list[tuple[Span, Entity]] = pairs
        self._starts = [m.start for m, _ in pairs]
        self.by_key: dict[str, Entity] = {e.key: e for e in entities}
        # a body's short form in capitals ("ECOWAS"), for the same letters where the tagger did not mark them
        self._short: dict[str, Entity] = {}
        for span, entity in pairs:
            if entity.type in _BODIES and span.text.isupper() and span.text.isalpha() and len(span.text) > 1:
                self._short.setdefault(span.text, entity)
        self._counts: dict[str, Counter[str]] = {}
        # a body by its name as written, for a mention of it the tagger did not mark ("X's director")
        self._bodies: dict[str, Entity] = {}
        # a region or town by its name as written, for a mention of it the tagger left unmarked
        self._places: dict[str, Entity] = {}
        for entity in sorted(entities, key=lambda e: e.key):
            names = {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}
            if entity.type in _BODIES:
                for name in (entity.name, *entity.aliases):
                    self._bodies.setdefault(name.casefold(), entity)
            elif entity.type in _PLACES:
                for name in sorted(names):
                    self._places.setdefault(name.casefold(), entity)

    def within(self, start: int, end: int) -> list[tuple[Span, Entity]]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self._mentions) and self._mentions[i][0].start < end:
            span, entity = self._mentions[i]
            if span.end <= end:
                out.append((span, entity))
            i += 1
        return out

    def at(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps ``[start, end)`` most, or None."""
        best: tuple[int, Entity] | None = None
        i = max(0, bisect_left(self._starts, start) - 8)
        while i < len(self._mentions) and self._mentions[i][0].start < end:
            span, entity = self._mentions[i]
            overlap = min(end, span.end) - max(start, span.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, entity)
            i += 1
        return best[1] if best else None

    def covering(self, start: int, end: int) -> list[tuple[Span, Entity]]:
        """Mentions that contain ``[start, end)``, longest first ("Polish Border Guard" before "Polish")."""
        out = []
        i = max(0, bisect_left(self._starts, start) - 8)
        while i < len(self._mentions) and self._mentions[i][0].start <= start:
            span, entity = self._mentions[i]
            if span.end >= end:
                out.append((span, entity))
            i += 1
        return sorted(out, key=lambda p: (-(p[0].end - p[0].start), p[0].start, p[1].key))

    def body_named(self, name: str) -> Entity | None:
        """The organization or agency of the text called ``name`` (any case), if any."""
        return self._bodies.get(name.casefold())

    def place_named(self, name: str) -> Entity | None:
        """The region or town of the text called ``name`` (any case, as any of its mentions writes it), if any."""
        return self._places.get(name.casefold())

    def short_form(self, word: str) -> Entity | None:
        """The body one of whose mentions is exactly ``word`` in capitals: "the ECOWAS mission" after
        "... West African States (ECOWAS)", where the later letters qualify a noun and no mention is."""
        return self._short.get(word)

    def before(self, offset: int, types: tuple[str, ...], within: int | None = None) -> Entity | None:
        """The last entity of one of ``types`` mentioned before ``offset`` (for "he said"); with
        ``within``, only a mention starting at most that many characters before (a bounded walk)."""
        i = bisect_left(self._starts, offset) - 1
        while i >= 0:
            span, entity = self._mentions[i]
            if within is not None and offset - span.start > within:
                return None
            if span.end <= offset and entity.type in types:
                return entity
            i -= 1
        return None

    def last_before(self, offset: int, accept: Callable[[Entity], bool], within: int | None = None) -> Entity | None:
        """The last entity mentioned before ``offset`` that ``accept`` takes ("the party" after its
        name); with ``within``, only a mention starting at most that many characters before."""
        i = bisect_left(self._starts, offset) - 1
        while i >= 0:
            span, entity = self._mentions[i]
            if within is not None and offset - span.start > within:
                return None
            if span.end <= offset and accept(entity):
                return entity
            i -= 1
        return None

    def mention_counts(self, type_: str) -> Counter[str]:
        """How often each entity of ``type_`` is mentioned, keyed in order of first mention.

        Counted once per index: rules ask it for every person of a long text.
        """
        if type_ not in self._counts:
            self._counts[type_] = Counter(e.key for _, e in self._mentions if e.type == type_)
        return self._counts[type_]

    def mentions(self) -> list[tuple[Span, Entity]]:
        """Every mention in text order."""
        return list(self._mentions)
