"""DocExtraction -> the quads of one document's named graph. No I/O.

Terms are pyoxigraph's: the store takes them as they are, with no conversion on the hot path.
Arguments naming an entity the document did not type are left out, so every node the graph
points to is described in it (the shapes rely on that). A build hands the store the graph as
N-Triples text (:func:`document_data`), written straight from the terms: a long text's graph
has hundreds of thousands of statements, and making each a Quad only to print and sort it cost
more than the store's own load of it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from typing import TypeVar

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import DocExtraction, Entity, Event, Position, Span, Statement
from kg.rdf.iri import DEFAULT_BASE, doc_iri, entity_iri, hashed_iri, mention_iri, position_iri

__all__ = ["document_data", "document_quads", "event_key"]

log = logging.getLogger(__name__)

KG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT_LABEL = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
SAME_AS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
TIME_UNITS = {
    "day": NamedNode("http://www.w3.org/2006/time#unitDay"),
    "week": NamedNode("http://www.w3.org/2006/time#unitWeek"),
    "month": NamedNode("http://www.w3.org/2006/time#unitMonth"),
}
DATE_TYPES = {10: XSD + "date", 7: XSD + "gYearMonth", 4: XSD + "gYear"}
EVENT_ROLES = ("agent", "target", "place", "origin", "destination", "via", "reported_by")
ROLE_PROPERTY = {"reported_by": "reportedBy"}


def _kg(local: str) -> NamedNode:
    return NamedNode(KG + local)


def _typed(value: object, datatype: str) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + datatype))


def _date(value: str) -> Literal | None:
    kind = DATE_TYPES.get(len(value))
    return Literal(value, datatype=NamedNode(kind)) if kind else None


class _Writer:
    """Collects the quads of one document graph, minting mention nodes once each."""

    def __init__(self, extraction: DocExtraction, base: str) -> None:
        self.base = base
        self.article = extraction.article
        self.doc = NamedNode(doc_iri(self.article.id, base))
        self.quads: list[Quad] = []
        self.known = {e.key: e for e in extraction.entities}
        self._mentions: set[tuple[int, int]] = set()
        self._said_on: dict[str, str] = {}  # statement IRI -> its date

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads.append(Quad(s, p, o, self.doc))

    def node(self, key: str) -> NamedNode | None:
        if key not in self.known:
            log.debug("%s: argument %s is not a typed entity of the document", self.article.id, key)
            return None
        return NamedNode(entity_iri(key, self.base))

    def evidence(self, subject: NamedNode, spans: Iterable[Span]) -> None:
        """``kg:evidence`` to a Mention per span, and ``prov:wasDerivedFrom`` the document."""
        self.add(subject, DERIVED, self.doc)
        for span in spans:
            mention = NamedNode(mention_iri(self.doc.value, span.start, span.end))
            self.add(subject, _kg("evidence"), mention)
            if (span.start, span.end) in self._mentions:
                continue
            self._mentions.add((span.start, span.end))
            self.add(mention, RDF_TYPE, _kg("Mention"))
            self.add(mention, NamedNode(NIF + "beginIndex"), _typed(span.start, "nonNegativeInteger"))
            self.add(mention, NamedNode(NIF + "endIndex"), _typed(span.end, "nonNegativeInteger"))
            self.add(mention, NamedNode(NIF + "anchorOf"), Literal(self.article.text[span.start : span.end]))
            self.add(mention, NamedNode(NIF + "referenceContext"), self.doc)

    def document(self) -> None:
        a, doc = self.article, self.doc
        self.add(doc, RDF_TYPE, _kg("Document"))
        self.add(doc, NamedNode(DCT + "identifier"), Literal(a.id))
        sha = hashlib.sha256(a.text.encode("utf-8")).hexdigest()
        self.add(doc, _kg("textSha256"), Literal(sha))
        self.add(doc, NamedNode(DCT + "language"), Literal(a.language))
        if a.title:
            self.add(doc, NamedNode(DCT + "title"), Literal(a.title))
        if a.published:
            self.add(doc, NamedNode(DCT + "issued"), _typed(a.published.isoformat(), "date"))
        if a.url:
            source = NamedNode(a.url) if a.url.startswith(("http://", "https://")) else Literal(a.url)
            self.add(doc, NamedNode(DCT + "source"), source)
        if a.publisher:
            self.add(doc, NamedNode(DCT + "publisher"), Literal(a.publisher))

    def entity(self, entity: Entity) -> None:
        node = NamedNode(entity_iri(entity.key, self.base))
        self.add(node, RDF_TYPE, _kg(entity.type))
        for name in sorted({entity.name, *entity.aliases}):
            self.add(node, ALT_LABEL, Literal(name))
        for iri in sorted(set(entity.same_as)):
            self.add(node, SAME_AS, NamedNode(iri))
        self.evidence(node, entity.mentions)

    def position(self, position: Position) -> None:
        holder = self.node(position.holder)
        if holder is None:
            return
        post = self.node(position.post_in) if position.post_in else None
        title = _title_case(position.title)
        node = NamedNode(position_iri(position.holder, title, position.post_in or "", self.base))
        self.add(holder, _kg("holds"), node)
        self.add(node, RDF_TYPE, _kg("Position"))
        self.add(node, _kg("title"), Literal(title))
        self.add(node, RDFS_LABEL, Literal(title))
        for wording in position.wordings:  # "Home Minister" beside the normalized "Interior Minister"
            self.add(node, ALT_LABEL, Literal(wording))
        if post is not None:
            self.add(node, _kg("postIn"), post)
        self.evidence(node, position.evidence)

    def event(self, event: Event) -> None:
        node = NamedNode(hashed_iri("event", *event_key(event), self.article.id, base=self.base))
        self.add(node, RDF_TYPE, _kg(event.type))
        self.add(node, RDFS_LABEL, Literal(event.label))
        for role in EVENT_ROLES:
            for key in sorted(set(getattr(event, role))):
                target = self.node(key)
                if target is not None:
                    self.add(node, _kg(ROLE_PROPERTY.get(role, role)), target)
        for field, local in (("count", "count"), ("count_min", "countMin"), ("count_max", "countMax")):
            value = getattr(event, field)
            if value is not None:
                self.add(node, _kg(local), _typed(int(value), "integer"))
        if event.approximate:
            self.add(node, _kg("approximate"), _typed("true", "boolean"))
        if event.per_time_unit in TIME_UNITS:
            self.add(node, _kg("perTimeUnit"), TIME_UNITS[event.per_time_unit])
        for field, local in (("change_percent", "changePercent"), ("result_percent", "resultPercent")):
            value = getattr(event, field)
            if value is not None:
                self.add(node, _kg(local), _typed(_decimal(value), "decimal"))
        self._dates(node, event.date, event.start_date, event.end_date, event.date_text)
        self.evidence(node, event.evidence)

    def statement(self, statement: Statement) -> None:
        speaker = self.node(statement.speaker)
        if speaker is None:
            return
        key = (statement.speaker, statement.quote, self.article.id)
        node = NamedNode(hashed_iri("statement", *key, base=self.base))
        if statement.date and self._said_on.setdefault(node.value, statement.date) != statement.date:
            # the same words said again on another day: another statement, so each has one kg:date
            node = NamedNode(hashed_iri("statement", *key, statement.date, base=self.base))
        self.add(node, RDF_TYPE, _kg("Statement"))
        self.add(node, RDFS_LABEL, Literal(f"{self.known[statement.speaker].name}: {_short(statement.quote)}"))
        self.add(node, _kg("speaker"), speaker)
        self.add(node, _kg("quote"), Literal(statement.quote))
        self._dates(node, statement.date, None, None, None)
        self.evidence(node, (statement.quote_span, *statement.evidence))

    def _dates(self, node: NamedNode, day: str | None, start: str | None, end: str | None, text: str | None) -> None:
        if day and (literal := _date(day)) is not None:
            self.add(node, _kg("date"), literal)
        for value, local in ((start, "startDate"), (end, "endDate")):
            if value and len(value) == 10:
                self.add(node, _kg(local), _typed(value, "date"))
        if text:
            self.add(node, _kg("dateText"), Literal(text))


W = TypeVar("W", bound=_Writer)

_MINOR_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "at", "to"})


def _title_case(title: str) -> str:
    """One spelling per office across documents: "secretary of state" -> "Secretary of State"."""
    words = title.split()
    return " ".join(
        w if (w in _MINOR_WORDS and i) or not w.islower() else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _decimal(value: float) -> str:
    text = f"{value:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def event_key(event: Event) -> tuple[object, ...]:
    """What makes two extracted events the same occurrence within one document."""
    roles = tuple(",".join(sorted(set(getattr(event, role)))) for role in EVENT_ROLES if role != "reported_by")
    return (
        event.type,
        *roles,
        event.count,
        event.count_min,
        event.count_max,
        event.per_time_unit,
        event.date,
        event.start_date,
        event.end_date,
        event.label if event.type == "Event" else "",
    )


def document_quads(extraction: DocExtraction, base: str = DEFAULT_BASE) -> list[Quad]:
    """Every quad of the document's named graph, in a stable order."""
    return sorted(set(_write(_Writer(extraction, base), extraction).quads), key=str)


class _TextWriter(_Writer):
    """A writer that prints each statement as it comes, in N-Triples syntax (a term prints as one)."""

    def __init__(self, extraction: DocExtraction, base: str) -> None:
        super().__init__(extraction, base)
        self.lines: list[str] = []

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.lines.append(f"{s} {p} {o} .")


def document_data(extraction: DocExtraction, base: str = DEFAULT_BASE) -> str:
    """The document's graph as N-Triples text, each statement once, in the order written: what
    :func:`kg.rdf.formats.graph_data` makes of :func:`document_quads`, the same statements, at a
    fraction of the cost (no Quad per statement, no sort: the store keeps no order)."""
    writer = _TextWriter(extraction, base)
    _write(writer, extraction)
    return " ".join(dict.fromkeys(writer.lines))


def _write(writer: W, extraction: DocExtraction) -> W:
    """Every statement of the document's graph, through ``writer``."""
    writer.document()
    for entity in extraction.entities:
        writer.entity(entity)
    for position in extraction.positions:
        writer.position(position)
    for relation in extraction.relations:
        s, o = writer.node(relation.subject), writer.node(relation.object)
        if s is not None and o is not None and s != o:
            writer.add(s, _kg(relation.predicate), o)
    for event in extraction.events:
        writer.event(event)
    for statement in extraction.statements:
        writer.statement(statement)
    return writer
