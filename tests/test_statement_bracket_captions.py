"""A caption in brackets ("[SUPER: Jane Roe, voter]") names the speaker of the bite below it.

Every sentence here is invented. TV scripts caption the person on screen in brackets, on a line of
its own or beside the bite's cue ("[SOT - voter] [SUPER: Jane Roe, voter]"), and the quote follows
on the next line, alone or after a bite cue ("[SOT] “…”"). A caption of a place ("[SUPER: Town,
Province]") names nobody.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _build(nlp: Language, text: str) -> tuple[list[tuple[str, str]], set[str]]:
    got = extract(nlp(text), Article("t", text, "test", published=date(2026, 3, 20)))
    people = {e.key for e in got.entities if e.type == "Person"}
    return [(s.speaker, s.quote) for s in got.statements], people


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "EVENING NEWS - MONDAY\n\n[VO] Most of the people who cross here walk north along the railway tracks.\n"
            "[SOT – CPL. MARTIN OKORIE-LINDT, BORDER POLICE]\n[SUPER: Cpl. Martin Okorie-Lindt, Border Police]\n"
            '"We found two men on Sunday morning. One of them had frostbite on both feet."\n'
            "[VO] Those caught are handed to the border agency.",
            "person/martin-okorie-lindt",
            "We found two men",
        ),
        (
            "ISLAND NEWS - 6PM BULLETIN\n\n[VO] Queues outside polling stations from early Thursday morning.\n"
            "[SOT - voter, harbour district] [SUPER: Tania Meresoka, voter]\n"
            '"Every year we get a new cabinet. We want stability before anything else."',
            "person/tania-meresoka",
            "Every year we get",
        ),
        (
            "ISLAND NEWS - 6PM BULLETIN\n\n[VO] Not everyone is happy. The opposition leader, Paulo Vakaheu, "
            "campaigned for a no vote.\n[SUPER: Paulo Vakaheu, Leader of the Opposition]\n"
            '[SOT] "This change gives the party leaders far too much power. We will keep watching."',
            "person/paulo-vakaheu",
            "This change gives",
        ),
    ],
)
def test_bracketed_caption_names_the_bite(nlp: Language, text: str, speaker: str, opening: str) -> None:
    statements, _ = _build(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q in statements)


def test_caption_of_a_place_names_nobody(nlp: Language) -> None:
    text = (
        "EVENING NEWS - MONDAY\n\n[VO] The river rose overnight.\n[SUPER: Kelowna, British Columbia]\n"
        "[VO] Crews worked through the night to fill sandbags."
    )
    statements, people = _build(nlp, text)
    assert "person/kelowna" not in people
    assert not statements
