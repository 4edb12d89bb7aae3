"""A caption in brackets ("[SUPER: Jane Roe, voter]") names the speaker of the bite below it.

Every sentence here is invented. TV scripts caption the person on screen in brackets, on a line of
its own or beside the bite's cue ("[SOT - nurse] [SUPER: Jane Roe, nurse]"), and the quote follows
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
            "LATE BULLETIN - TUESDAY\n\n[VO] Snow closed the mountain road again overnight.\n"
            "[SOT – CPL. MARTIN OKORIE-LINDT, HIGHWAY PATROL]\n[SUPER: Cpl. Martin Okorie-Lindt, Highway Patrol]\n"
            '"Two lorries slid off the pass before dawn. Both drivers walked away with bruises."\n'
            "[VO] The pass is expected to reopen at noon.",
            "person/martin-okorie-lindt",
            "Two lorries slid",
        ),
        (
            "REEF FM - NOON NEWS\n\n[VO] Fishermen stayed in port for a third day.\n"
            "[SOT - fisherman, lagoon village] [SUPER: Tania Meresoka, fisherman]\n"
            '"The reef is too rough to cross. We lose money every day we wait."',
            "person/tania-meresoka",
            "The reef is too rough",
        ),
        (
            "REEF FM - NOON NEWS\n\n[VO] The harbour master, Paulo Vakaheu, wants a new breakwater.\n"
            "[SUPER: Paulo Vakaheu, Chief of the Harbour Board]\n"
            '[SOT] "Every storm eats another metre of the quay. The wall has to be raised this year."',
            "person/paulo-vakaheu",
            "Every storm eats",
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
