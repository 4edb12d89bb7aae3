"""The pipeline contract: plain, frozen data passed between stages.

ingest -> Article -> parse, annotate, extract -> DocExtraction -> rdf.build -> quads -> store -> resolve -> validate.

Extraction and building are per document (``kg.pipeline.extract_articles``); resolution runs on
the store, across the documents of every build (``kg.resolve``).

Nothing here holds spaCy objects or RDF terms, so every value pickles cheaply across processes
(``--jobs``) and could be shipped by a distributed engine as it is.

Entity keys are IRI paths relative to the resource base (``state/RU``, ``person/vladimir-putin``,
``agency/interior-ministry-georgia``): the extractor links what it can; when the resolver merges
variants across documents it renames their IRIs in the store, never these values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "Article",
    "DocExtraction",
    "Entity",
    "Event",
    "Position",
    "Relation",
    "Span",
    "Statement",
]

#: Classes of ``kg:`` that name things (see ../shared/design/CONTRACT.md).
ENTITY_TYPES = ("Person", "State", "Organization", "Agency", "Region", "Settlement", "Checkpoint", "Place")

#: Classes of ``kg:`` that name happenings; ``Event`` is the generic one.
EVENT_TYPES = (
    "Event",
    "Mobilization",
    "BorderCrossing",
    "BorderClosure",
    "Referendum",
    "MilitaryOperation",
    "Statement",
)


@dataclass(frozen=True)
class Article:
    """One input document, text and metadata, as read by ``ingest``."""

    id: str
    text: str
    source: str  # where it came from, for error messages: a file path, or "manifest.jsonl:3"
    published: date | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"


@dataclass(frozen=True, order=True)
class Span:
    """A character span of an article's text; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A named thing found in one document, with every span that evidences it.

    ``name`` is the fullest name seen in this document; ``aliases`` are the other names (short
    forms, spellings). ``same_as`` holds external IRIs (ISO 3166, GeoNames) when linked.
    """

    key: str
    type: str
    name: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relation:
    """A stated relation between two entities (``partOf``, ``locatedIn``, ``borders``, ...)."""

    subject: str  # entity key
    predicate: str  # local name of a kg: property
    object: str  # entity key
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Position:
    """An office held: ``holder`` (a person key) is ``title`` of ``post_in`` (a state/org key)."""

    holder: str
    title: str
    post_in: str | None
    evidence: tuple[Span, ...] = ()
    wordings: tuple[str, ...] = ()  # the title as the text words it, where normalizing changed it


@dataclass(frozen=True)
class Event:
    """Something that happened, with its arguments, quantities and time.

    ``type`` is a local name from :data:`EVENT_TYPES`. Role values are entity keys. Dates are ISO
    strings (``2022-09-21``, ``2022-09`` or ``2022``) already resolved against the publication
    date; unresolvable ones are left out and their words kept in ``date_text``.
    """

    type: str
    label: str
    evidence: tuple[Span, ...]
    agent: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    origin: tuple[str, ...] = ()
    destination: tuple[str, ...] = ()
    via: tuple[str, ...] = ()
    reported_by: tuple[str, ...] = ()
    count: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    approximate: bool = False
    per_time_unit: str | None = None  # "day", "week", "month"
    change_percent: float | None = None
    result_percent: float | None = None
    date: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    date_text: str | None = None


@dataclass(frozen=True)
class Statement:
    """Words a speaker said, quoted or clearly reported: ``quote`` is exactly as in the text."""

    speaker: str  # entity key
    quote: str
    quote_span: Span
    evidence: tuple[Span, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class DocExtraction:
    """Everything extracted from one article: the unit shipped between extraction and building."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = field(default=())
