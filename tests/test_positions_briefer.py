"""A briefing's header gives the office, its first labelled turn the name: "Press Briefing by the
Spokesperson of the Ministry of X" / "MS. JANE ROE: Good afternoon" makes Jane Roe that spokesperson.

Invented briefings through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_ESTONIA = (
    "Transcript: Briefing for Journalists by the Spokesperson of the Estonian Foreign Ministry\n\n"
    "Tallinn\n\n"
    "MS. KAIRI LEPIK: Good afternoon. I have two items for you today. First, Estonia will host a meeting "
    "of Baltic ministers next week.\n\n"
    "QUESTION: Will the eastern crossings reopen?\n\n"
    "MS. KAIRI LEPIK: Not this month.\n"
)
_LESOTHO = (
    "Transcript of a Media Briefing by the Chief Spokesperson of the Lesotho Mounted Police Service\n\n"
    "MR. TEBOHO MOSALA: Good morning. Over the weekend our officers arrested eleven people near the river.\n\n"
    "Q: Where were they taken?\n\n"
    "MR. TEBOHO MOSALA: To the station in Maseru.\n"
)


@pytest.mark.parametrize(
    ("text", "holder", "title", "body"),
    [
        (_ESTONIA, "person/kairi-lepik", "Spokesperson", "agency/foreign-ministry-estonia"),
        (_LESOTHO, "person/teboho-mosala", "Chief Spokesperson", "agency/lesotho-mounted-police-service"),
    ],
)
def test_positions_briefer_header_office_is_the_first_speakers(
    nlp: Language, text: str, holder: str, title: str, body: str
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, title, body) in positions


def test_positions_briefer_anchor_holds_no_office(nlp: Language) -> None:
    """A first turn that is no named person's (the anchor's) leaves the header's office to nobody."""
    text = _LESOTHO.replace("MR. TEBOHO MOSALA: Good morning.", "ANCHOR: Good morning.", 1)
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    assert all(p.title != "Chief Spokesperson" for p in find_positions(doc, article, find_entities(doc, article)))
