"""RDF dates -> the ``start``/``end`` intervals that play a graph in Gephi's Timeline.

Rules, so that the story appears in the order it happened:

* an event (anything with ``kg:date``, ``kg:startDate`` or ``kg:endDate``) spans its own dates; a
  ``kg:date`` of ``xsd:gYearMonth`` or ``xsd:gYear`` spans the whole month or year; an open end
  stays open; an event without dates starts when it was first reported;
* a document starts on its ``dcterms:issued`` date, a mention with its document;
* any other resource (entities, positions) starts at the earliest of the dates of the documents
  it was derived from and the events it takes part in, and never ends: once on stage, it stays.

Dates are ISO ``YYYY-MM-DD`` strings, what GEXF ``timeformat="date"`` expects.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import XSD, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF
from rdflib.term import Node

from kg.rdf.namespace import KG, NIF

__all__ = ["Interval", "Timeline", "later_start", "literal_interval"]

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
#: Links from an event that are not participants.
_NOT_PARTICIPATION = {RDF.type, KG.evidence, PROV.wasDerivedFrom}


@dataclass(frozen=True)
class Interval:
    """A closed date interval; ``None`` is an open end."""

    start: str | None = None
    end: str | None = None


def later_start(a: Interval, b: Interval) -> Interval:
    """The interval of a link between two things: from when both exist, open-ended."""
    starts = [s for s in (a.start, b.start) if s]
    return Interval(max(starts) if starts else None, None)


def literal_interval(value: Node | None) -> Interval:
    """``2022-09-27`` -> that day; ``2022-09`` -> the month; ``2022`` -> the year; else empty."""
    if not isinstance(value, Literal):
        return Interval()
    text = str(value).strip()
    if value.datatype in (XSD.gYearMonth,) or _YEAR_MONTH.match(text):
        match = _YEAR_MONTH.match(text[:7])
        if match:
            year, month = int(match[1]), int(match[2])
            if 1 <= month <= 12:
                last = calendar.monthrange(year, month)[1]
                return Interval(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}")
        return Interval()
    if value.datatype in (XSD.gYear,) or _YEAR.match(text):
        match = _YEAR.match(text[:4])
        return Interval(f"{match[1]}-01-01", f"{match[1]}-12-31") if match else Interval()
    match = _DATE.match(text)
    if not match:
        return Interval()
    day = match[0]
    return Interval(day, day)


class Timeline:
    """Computes and caches the interval of every resource of one graph."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.issued: dict[Node, str] = {}
        for doc, value in graph.subject_objects(DCTERMS.issued):
            start = literal_interval(value).start
            if start:
                self.issued[doc] = min(start, self.issued.get(doc, start))
        self.own: dict[Node, Interval] = {}
        for subject in {s for p in (KG.date, KG.startDate, KG.endDate) for s in graph.subjects(p, None)}:
            self.own[subject] = self._own_dates(subject)
        self.taking_part: dict[Node, str] = defaultdict(lambda: "9999-12-31")
        for event, span in self.own.items():
            if not span.start:
                continue
            for predicate, obj in graph.predicate_objects(event):
                if predicate not in _NOT_PARTICIPATION and not isinstance(obj, Literal):
                    self.taking_part[obj] = min(self.taking_part[obj], span.start)
        self._cache: dict[Node, Interval] = {}

    def _own_dates(self, subject: Node) -> Interval:
        starts: list[str] = []
        ends: list[str] = []
        for value in self.g.objects(subject, KG.date):
            span = literal_interval(value)
            starts += [span.start] if span.start else []
            ends += [span.end] if span.end else []
        starts += [s for s in (literal_interval(v).start for v in self.g.objects(subject, KG.startDate)) if s]
        ends += [e for e in (literal_interval(v).end for v in self.g.objects(subject, KG.endDate)) if e]
        start = min(starts) if starts else self.first_reported(subject)
        end = max(ends) if ends else None
        if start and end and end < start:
            end = None  # a contradictory end would make Gephi reject the interval
        return Interval(start, end)

    def first_reported(self, resource: Node) -> str | None:
        """The earliest publication date among the documents a resource was derived from."""
        dates = self.reported(resource)
        return dates[0] if dates else None

    def reported(self, resource: Node) -> tuple[str, ...]:
        """The distinct publication dates of the documents a resource was derived from, sorted."""
        sources = self.g.objects(resource, PROV.wasDerivedFrom)
        return tuple(sorted({self.issued[d] for d in sources if d in self.issued}))

    def of(self, resource: Node) -> Interval:
        """The interval during which ``resource`` is on stage."""
        if resource not in self._cache:
            self._cache[resource] = self._compute(resource)
        return self._cache[resource]

    def _compute(self, resource: Node) -> Interval:
        if resource in self.own:
            return self.own[resource]
        if resource in self.issued:
            return Interval(self.issued[resource])
        context = self.g.value(resource, NIF.referenceContext)
        if context is not None and context in self.issued:
            return Interval(self.issued[context])
        starts = [s for s in (self.first_reported(resource), self.taking_part.get(resource)) if s]
        return Interval(min(starts) if starts else None)
