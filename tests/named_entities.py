"""Entities a test names by hand: every occurrence of each name in the text, keyed and typed.

Event and statement tests give the extractors the entities of an invented sentence directly, so a
test of an event rule does not depend on entity recognition.
"""

from __future__ import annotations

import re

from spacy.language import Language

from kg.extract.entities import link_mentions
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
