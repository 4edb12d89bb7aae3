"""(spaCy Doc, Article) -> DocExtraction: the only package that touches spaCy objects.

Entities come first; positions, relations, statements and events name their arguments by the
entity keys found here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.cues import cue_people
from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.extract.offices import without_offices
from kg.extract.positions import find_positions, posts_to_add
from kg.extract.relations import find_relations
from kg.extract.statements import find_statements
from kg.extract.voiced import find_voice, with_voice
from kg.model import Article, DocExtraction
from kg.nlp.demonym_reading import doc_reading

__all__ = ["extract"]


def extract(doc: Doc, article: Article) -> DocExtraction:
    """Run every extractor over one parsed article (shared demonyms read as its text means them)."""
    with doc_reading(doc):
        return _extract(doc, article)


def _extract(doc: Doc, article: Article) -> DocExtraction:
    entities = cue_people(article.text, find_entities(doc, article))
    voice = find_voice(doc, article, entities)
    entities = with_voice(entities, voice)
    positions = find_positions(doc, article, entities)
    statements = find_statements(doc, article, entities, voice=voice, positions=positions)
    return without_offices(
        DocExtraction(
            article=article,
            entities=entities + posts_to_add(positions, entities),
            positions=positions,
            relations=find_relations(doc, article, entities),
            statements=statements,
            events=find_events(doc, article, entities, statements, positions),
        )
    )
