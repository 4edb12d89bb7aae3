"""A long Article -> sections extracted apart -> one DocExtraction with offsets into the whole text.

A text longer than :data:`SECTION_CHARS` (a book chapter, a report, a day's wire file) is cut at
paragraph breaks into sections, and each section goes through parse, annotate and extract as if
it were a document of its own; the sections' extractions are then shifted to the offsets of the
whole text and merged (:func:`merge`). Two reasons:

- cost: every per-document step (the statistical model, the ``kg_`` components, the extractors)
  then sees at most one section, so whatever grows faster than its input inside a document
  (a check per cue over every person, a scan per mention over the names) stays bounded, and the
  whole text costs linearly in its length;
- parallelism: sections are independent, so a build extracts them on every core it may use
  (:class:`kg.helpers.Helpers`, or the ``--jobs`` workers) and gets the same graph, to the byte,
  as one process extracting them in turn.

The price is context: what links a section to another (a surname that only an earlier section
gives in full, the state an earlier section is about) is not seen, as if the sections were
separate articles of one file. One thing stays one node: entities, offices, relations and events
with the same key in several sections are merged into one with the evidence of all. Cut points
depend on the text alone, so the same text always gives the same sections. A news article is far
shorter than a section and never takes this path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kg.model import Article, DocExtraction, Entity, Event, Position, Relation, Span
from kg.nlp.long import pieces
from kg.rdf.build import event_key

__all__ = ["SECTION_CHARS", "merge", "sections"]

#: Longest section extracted as one document: about eight thousand words, a long feature story.
SECTION_CHARS = 50_000

# Where a section may end, best first: after a blank line (a paragraph), after a line break,
# after a sentence end, after a blank.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n+"),
    re.compile(r"[.!?][\"'”’)]*\s+"),
    re.compile(r"\s+"),
)


def sections(article: Article, size: int | None = None) -> list[tuple[int, Article]]:
    """``article`` cut into sections of at most ``size`` characters, each with its offset in the text.

    A section is the article with a slice of its text; only the first keeps the title (the
    others continue the text, as its second page would). A text of ``size`` characters or
    fewer is one section: the article itself.
    """
    size = SECTION_CHARS if size is None else size
    if len(article.text) <= size:
        return [(0, article)]
    out = []
    start = 0
    for part in pieces(article.text, size, _CUTS):
        out.append((start, replace(article, text=part, title=article.title if start == 0 else None)))
        start += len(part)
    return out


def merge(article: Article, parts: Sequence[tuple[int, DocExtraction]]) -> DocExtraction:
    """The extraction of ``article`` from its sections' extractions (offset, extraction), in text order.

    Spans move by their section's offset. Nodes that share a key become one: an entity takes
    the longest of its names (the others become aliases) and every mention; an office, a
    relation and an event (same type, arguments, figures and dates) take every piece of
    evidence. Statements stay as they are: the graph tells repeated words apart by their date.
    A person a section names by surname alone is the one person another section names in full
    with that surname, as within one document (:func:`_surnames`).
    """
    if len(parts) == 1 and parts[0][0] == 0:
        return replace(parts[0][1], article=article)
    shifted = [_shift(extraction, offset) for offset, extraction in parts]
    surnames = _surnames([e for x in shifted for e in x.entities])
    shifted = [_rekey(x, surnames) for x in shifted] if surnames else shifted
    return DocExtraction(
        article=article,
        entities=_entities(e for x in shifted for e in x.entities),
        relations=_relations(r for x in shifted for r in x.relations),
        positions=_positions(p for x in shifted for p in x.positions),
        events=_events(e for x in shifted for e in x.events),
        statements=tuple(s for x in shifted for s in x.statements),
        warnings=tuple(w for x in shifted for w in x.warnings),
    )


def _move(spans: Iterable[Span], offset: int) -> tuple[Span, ...]:
    return tuple(Span(s.start + offset, s.end + offset, s.text) for s in spans)


def _shift(x: DocExtraction, offset: int) -> DocExtraction:
    if offset == 0:
        return x
    return replace(
        x,
        entities=tuple(replace(e, mentions=_move(e.mentions, offset)) for e in x.entities),
        relations=tuple(replace(r, evidence=_move(r.evidence, offset)) for r in x.relations),
        positions=tuple(replace(p, evidence=_move(p.evidence, offset)) for p in x.positions),
        events=tuple(replace(e, evidence=_move(e.evidence, offset)) for e in x.events),
        statements=tuple(
            replace(s, quote_span=_move([s.quote_span], offset)[0], evidence=_move(s.evidence, offset))
            for s in x.statements
        ),
    )


def _surnames(entities: list[Entity]) -> dict[str, str]:
    """Key of a one-word person -> key of the one person of several words whose name ends with it.

    A long text names someone in full once and by surname after, often sections later ("Jane
    Roe said ..." ... "Roe added"); a section alone keeps the surname as a person of its own.
    Two full names with that surname leave it as it is.
    """
    full: dict[str, set[str]] = {}
    for e in entities:
        if e.type == "Person" and len(words := e.name.split()) > 1:
            full.setdefault(words[-1].casefold(), set()).add(e.key)
    out = {}
    for e in entities:
        keys = full.get(e.name.casefold(), set()) if e.type == "Person" and len(e.name.split()) == 1 else set()
        if len(keys) == 1:
            out[e.key] = next(iter(keys))
    return out


def _rekey(x: DocExtraction, keys: dict[str, str]) -> DocExtraction:
    """``x`` with the entity keys of ``keys`` replaced wherever they appear."""

    def one(key: str) -> str:
        return keys.get(key, key)

    def many(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(map(one, values)))

    return replace(
        x,
        entities=tuple(replace(e, key=one(e.key)) for e in x.entities),
        relations=tuple(replace(r, subject=one(r.subject), object=one(r.object)) for r in x.relations),
        positions=tuple(replace(p, holder=one(p.holder)) for p in x.positions),
        events=tuple(
            replace(
                e,
                agent=many(e.agent),
                target=many(e.target),
                place=many(e.place),
                origin=many(e.origin),
                destination=many(e.destination),
                via=many(e.via),
                reported_by=many(e.reported_by),
            )
            for e in x.events
        ),
        statements=tuple(replace(s, speaker=one(s.speaker)) for s in x.statements),
    )


def _union(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Every value once, in the order first seen."""
    return tuple(dict.fromkeys(v for group in groups for v in group))


def _spans(groups: Iterable[Iterable[Span]]) -> tuple[Span, ...]:
    return tuple(sorted({s for group in groups for s in group}))


def _entities(found: Iterable[Entity]) -> tuple[Entity, ...]:
    by_key: dict[str, list[Entity]] = {}
    for e in found:
        by_key.setdefault(e.key, []).append(e)
    out = []
    for key, same in sorted(by_key.items()):
        name = max((e.name for e in same), key=len)  # the first of the longest: max keeps the first
        names = _union([e.name, *e.aliases] for e in same)
        out.append(
            Entity(
                key=key,
                type=same[0].type,
                name=name,
                mentions=_spans(e.mentions for e in same),
                aliases=tuple(sorted(set(names) - {name})),
                same_as=_union(e.same_as for e in same),
            )
        )
    return tuple(out)


def _relations(found: Iterable[Relation]) -> tuple[Relation, ...]:
    by_key: dict[tuple[str, str, str], list[Relation]] = {}
    for r in found:
        by_key.setdefault((r.subject, r.predicate, r.object), []).append(r)
    return tuple(Relation(s, p, o, evidence=_spans(r.evidence for r in same)) for (s, p, o), same in by_key.items())


def _positions(found: Iterable[Position]) -> tuple[Position, ...]:
    by_key: dict[tuple[str, str, str | None], list[Position]] = {}
    for p in found:
        by_key.setdefault((p.holder, p.title, p.post_in), []).append(p)
    return tuple(
        Position(
            holder,
            title,
            post_in,
            evidence=_spans(p.evidence for p in same),
            wordings=_union(p.wordings for p in same),
        )
        for (holder, title, post_in), same in by_key.items()
    )


def _events(found: Iterable[Event]) -> tuple[Event, ...]:
    by_key: dict[tuple[object, ...], list[Event]] = {}
    for e in found:
        by_key.setdefault(event_key(e), []).append(e)
    out = []
    for same in by_key.values():
        first = same[0]
        out.append(
            replace(
                first,
                evidence=_spans(e.evidence for e in same),
                reported_by=_union(e.reported_by for e in same),
                approximate=any(e.approximate for e in same),
                change_percent=next((e.change_percent for e in same if e.change_percent is not None), None),
                result_percent=next((e.result_percent for e in same if e.result_percent is not None), None),
                date_text=next((e.date_text for e in same if e.date_text), None),
            )
        )
    return tuple(out)
