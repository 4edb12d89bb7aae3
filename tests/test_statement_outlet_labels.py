"""A briefing's question labelled by the outlet, the reporter in brackets ("NORTHERN RADIO (Jo
Roe): Minister, ...?"), is the reporter's, and the outlet is no person.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article
from tests.speakers_said import PUBLISHED, said

ANSWERS = (
    "RAGNA HOLT EIDE: Good morning. Four hundred patients were moved from the flooded hospital in Kalvik overnight.\n\n"
    "{first}: Minister, when will the hospital reopen?\n\n"
    "RAGNA HOLT EIDE: Not before June. The ground floor has to be rebuilt.\n\n"
    "{second}: Minister, is it two hundred beds or two thousand? We heard both.\n\n"
    "RAGNA HOLT EIDE: Two hundred. The army has put up field wards in Torvik.\n"
)
HEAD = "MINISTRY OF HEALTH - PRESS BRIEFING\nKalvik, 4 May 2026\n\nPRESENT: Dr. Ragna Holt Eide, Minister of Health\n\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("NORDLYS TELEVISION (Halvor Skjeldal)", "THE TORVIK HERALD (Elsa Margrethe Broch)"),
        ("RADIO KALVIK NORTH (Halvor Skjeldal)", "KALVIK TIMES (Elsa Margrethe Broch)"),
    ],
)
def test_outlet_label_question_is_the_reporters(nlp: Language, first: str, second: str) -> None:
    text = HEAD + ANSWERS.format(first=first, second=second)
    out = said(nlp, text)
    assert out["Minister, when will the hospital reopen?"] == "Halvor Skjeldal"
    assert out["Minister, is it two hundred beds or two thousand? We heard both."] == "Elsa Margrethe Broch"
    assert out["Not before June. The ground floor has to be rebuilt."] == "Ragna Holt Eide"
    found = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    people = {e.name.casefold() for e in found.entities if e.type == "Person"}
    assert not any(first.split(" (")[0].casefold().removeprefix("the ") in p for p in people)
