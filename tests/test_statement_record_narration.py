"""Statements of a parliament's verbatim record whose narration stands between the turns ("The
Speaker then called Ms Jo Roe, who asked ...", "The Chair adjourned the sitting at 5 p.m."): the
narration is no part of the turn above it, while a speaker's own line about the chair stays theirs.

Every sentence here is invented, in two wordings, built with the real model through
:func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 4, 9)

HOUSE = (
    "HOUSE OF ASSEMBLY - ORAL ANSWERS (uncorrected record)\n\n"
    "Ms Rosalind Abernath asked the Minister of Water, Teodora Quillfeather, when the Kesterton "
    "pumping station would reopen.\n\n"
    "MS ABERNATH: Minister, the families on the hill have had no water for nine days.\n\n"
    "MINISTER QUILLFEATHER: The pumps were flooded in March. Two of the three are running again and "
    "the third will be back by Friday.\n\n"
    "{narration}\n\n"
    "MS VARGA-HOLLIS: Will the Minister publish the repair bill?\n\n"
    "MINISTER QUILLFEATHER: Yes, within a month.\n\n"
    "{closing}\n"
)


@pytest.mark.parametrize(
    ("narration", "closing"),
    [
        (
            "The Speaker then called Ms Ilka Varga-Hollis, who asked about the cost of the repairs.",
            "The Speaker adjourned the House at 6.15 p.m.",
        ),
        (
            "The Chairperson gave the floor to Ms Ilka Varga-Hollis for a supplementary question.",
            "The Chair suspended the sitting until two o'clock.",
        ),
    ],
)
def test_statement_record_narration_is_nobodys_words(nlp: Language, narration: str, closing: str) -> None:
    text = HOUSE.format(narration=narration, closing=closing)
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    said = {s.quote: names[s.speaker] for s in out.statements}
    assert narration not in said
    assert closing not in said
    assert [v for k, v in said.items() if k.startswith("The pumps were flooded")] == ["Teodora Quillfeather"]


def test_statement_record_narration_keeps_a_speakers_line_about_the_chair(nlp: Language) -> None:
    text = HOUSE.format(
        narration="The Speaker ruled on this last month, and I asked then for the bill to be shown to us.",
        closing="",
    )
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    said = {s.quote: names[s.speaker] for s in out.statements}
    assert [v for k, v in said.items() if k.startswith("The Speaker ruled")] == ["Teodora Quillfeather"]
