"""(spaCy Doc, Article) -> DocExtraction: the only package that touches spaCy objects.

Entities come first; positions, relations, statements and events name their arguments by the
entity keys found here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.extract.positions import find_positions, posts_to_add
from kg.extract.relations import find_relations
from kg.extract.statements import find_statements
from kg.model import Article, DocExtraction

__all__ = ["extract"]


def extract(doc: Doc, article: Article) -> DocExtraction:
    """Run every extractor over one parsed article."""
    entities = find_entities(doc, article)
    statements = find_statements(doc, article, entities)
    positions = find_positions(doc, article, entities)
    return DocExtraction(
        article=article,
        entities=entities + posts_to_add(positions, entities),
        positions=positions,
        relations=find_relations(doc, article, entities),
        statements=statements,
        events=find_events(doc, article, entities, statements),
    )
