"""Dependent territories (ISO 3166-1 "Independent: No") are regions of their sovereign state.

ISO 3166-1 lists territories beside states; the annotation types them as regions, part of the
state that administers them, keeping the ISO link. Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.lexicon.gazetteer import place_for, state_code
from kg.model import Article


@pytest.mark.parametrize(("name", "sovereign"), [("Guam", "US"), ("the Faroe Islands", "DK"), ("Réunion", "FR")])
def test_entities_territories_lookup(name: str, sovereign: str) -> None:
    place = place_for(name)
    assert state_code(name) is None
    assert place is not None and place.type == "Region" and place.country == sovereign
    assert any(iri.startswith("urn:iso:std:iso:3166:-1:") for iri in place.same_as)


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Boats from Vellmark sailed to the Faroe Islands; Denmark sent a ship.", "Faroe Islands", "state/DK"),
        ("The United States said its coast guard towed the boat to Guam on Tuesday.", "Guam", "state/US"),
        ("Officials in Réunion asked France for two more aircraft after the cyclone.", "Réunion", "state/FR"),
    ],
)
def test_entities_territories_are_regions_of_their_state(nlp: Language, text: str, name: str, state: str) -> None:
    article = Article(id="t", text=text, source="test", published=date(2026, 4, 14))
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {e.name: e for e in entities}
    assert found[name].type == "Region"
    assert any(iri.startswith("urn:iso:std:iso:3166:-1:") for iri in found[name].same_as)
    rels = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert (found[name].key, "partOf", state) in rels
