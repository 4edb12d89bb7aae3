"""An office's capitalised words name nobody: no entity "Official Spokesperson" or "Chairperson".

Official texts capitalise offices and repeat them bare ("The Chairperson calls on all parties",
"the Official Spokesperson told reporters", "the Regional Refugee Coordinator said"): the tagger
reads a person or a body there. The office stays the title of the name beside it ("the
Humanitarian Coordinator, Jane Roe,"), but makes no node. Invented sentences, real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "The Chairperson of the Lakes Council, Amara Velde, condemned the attack on the ferry.\n\n"
            "The Chairperson calls on all parties to exercise restraint.",
            "Chairperson",
        ),
        (
            "The Official Spokesperson told reporters that the talks with Norland would resume in March.",
            "Official Spokesperson",
        ),
        (
            "The Regional Refugee Coordinator said more shelters were needed at the northern camps.",
            "Regional Refugee Coordinator",
        ),
    ],
)
def test_entities_offices_make_no_node(nlp: Language, text: str, office: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    assert office not in {e.name for e in out.entities}


@pytest.mark.parametrize(
    "text",
    [
        "The Humanitarian Coordinator, Ousmane Tallo, condemned the strike on the market.",
        "The Refugee Coordinator for the Lakes Council, Ousmane Tallo, visited the camps on Monday.",
    ],
)
def test_entities_offices_still_title_the_name(nlp: Language, text: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    assert any(p.holder == "person/ousmane-tallo" and "Coordinator" in p.title for p in out.positions)
