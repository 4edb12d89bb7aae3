"""Entities a test names by hand: every occurrence of each name in the text, keyed and typed.

Event and statement tests give the extractors the entities of an invented sentence directly, so a
test of an event rule does not depend on entity recognition. Relation tests read the pairs of one
property the whole extraction finds (`related_pairs`).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language

from kg.extract.entities import find_entities, link_mentions
from kg.extract.events import find_events
from kg.extract.positions import find_positions
from kg.extract.relations import find_relations
from kg.model import Article, Entity, Event, Span


def entities_named(text: str, names: dict[str, tuple[str, str]]) -> tuple[Entity, ...]:
    """``names``: surface name -> (entity key, type); one Entity per key, with each mention's span."""
    spans: dict[str, list[Span]] = {}
    kinds: dict[str, tuple[str, str]] = {}
    for name, (key, type_) in names.items():
        for m in re.finditer(re.escape(name), text):
            spans.setdefault(key, []).append(Span(m.start(), m.end(), name))
        kinds.setdefault(key, (type_, name))
    return tuple(Entity(k, kinds[k][0], kinds[k][1], tuple(sorted(v))) for k, v in spans.items())


def named_events(nlp: Language, text: str, names: dict[str, tuple[str, str]], published: date) -> tuple[Event, ...]:
    """The events found in an invented ``text`` published on ``published``, its entities being ``names``.

    The one way event tests call the extractor, so that a test states only its sentence, its
    names and what it expects.
    """
    article = Article(id="t", text=text, source="test", published=published)
    return find_events(nlp(text), article, entities_named(text, names), ())


def found_entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(name, type) of every entity the whole entity reading finds in ``text``, in order."""
    return [(e.name, e.type) for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))]


def kg_entity_types(nlp: Language, text: str) -> dict[str, str]:
    """Surface text -> label of each span the pipeline's ``kg_`` components leave in ``kg_entities``."""
    doc = nlp(text)  # kept: a span group does not outlive its Doc
    return {s.text: s.label_ for s in doc.spans["kg_entities"]}


def linked_types(nlp: Language, text: str) -> dict[str, set[str]]:
    """Surface text -> the entity types its mentions were linked to."""
    out: dict[str, set[str]] = {}
    for link in link_mentions(nlp(text)):
        out.setdefault(link.text, set()).add(link.type)
    return out


def related_pairs(nlp: Language, text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of every ``predicate`` relation the extractors find in an invented ``text``.

    The one way relation tests read one property, so that a test states only its sentence and the
    pairs it expects.
    """
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {(r.subject, r.object) for r in found if r.predicate == predicate}


def posts_by_holder(nlp: Language, text: str, publisher: str | None = None) -> dict[str, set[str | None]]:
    """Holder -> what each of its positions is held in, read as a release of ``publisher`` (if any)."""
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    out: dict[str, set[str | None]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add(p.post_in)
    return out


def titles_by_holder(nlp: Language, text: str) -> dict[str, str]:
    """Holder -> the title of its position (the last one read, where a holder has several)."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: p.title for p in find_positions(doc, article, find_entities(doc, article))}
