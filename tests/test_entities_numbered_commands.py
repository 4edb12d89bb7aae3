"""An army's area command numbered in figures ("the 6th Military Region", "the 4th Military
District") is a body with its number, not a region of the map called "Military Region".

Invented sentences through the real model: before, the number was dropped and two commands
became one region, and a commander's office had no body.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Troops of the 3rd Military Region seized two trucks near the border on Friday.", "3rd Military Region"),
        ("The 4th Military District sent two battalions to the coast, the ministry said.", "4th Military District"),
    ],
)
def test_numbered_military_area_is_a_body(nlp: Language, text: str, command: str) -> None:
    found = {(e.type, e.name) for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}
    assert ("Agency", command) in found
    assert not any(name.startswith("Military") for _, name in found)


def test_commander_of_a_numbered_command_holds_office_in_it(nlp: Language) -> None:
    text = (
        "The Commander of the 5th Military Region, Major General Idris Bensalah-Ouali, visited the border "
        "posts on Thursday."
    )
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    posts = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert ("person/idris-bensalah-ouali", "agency/5th-military-region") in posts


def test_numbered_command_sits_in_its_towns_state(nlp: Language) -> None:
    text = (
        "Uganda closed two crossings on Monday, and traders in Uganda said prices had doubled. "
        "Reinforcements will come from the 3rd Military Region in Mombasa, the Kenyan army said."
    )
    article = Article(id="t", text=text, source="test")
    bodies = {e.key for e in find_entities(nlp(text), article) if e.type == "Agency"}
    assert "agency/3rd-military-region-kenya" in bodies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officers of the 4th Border Guard met at dawn.", "Border Guard"),
        ("The 2nd Coast Guard said on Monday that 40 people were rescued.", "Coast Guard"),
    ],
)
def test_security_body_after_a_numbered_ordinal_stays_a_body(nlp: Language, text: str, body: str) -> None:
    """A force's body after an ordinal in figures is still a body, whatever the ordinal's reading."""
    doc = nlp(text)
    assert any(s.label_ == "Agency" and s.text.endswith(body) for s in doc.spans["kg_entities"])
