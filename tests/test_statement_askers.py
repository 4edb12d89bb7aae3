"""Questioners at a briefing who introduce themselves are nobody's statements.

Briefing records label each journalist by name, and a journalist's first turn names the outlet
("Jane Roe: Sir, I am Jane Roe from the Daily Post. ..."): all that label's turns are questions,
like the "Q:" lines of other records; the official's answers stay statements. An official who
mentions "colleagues from the ministry" introduces nobody. Invented names, real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said


@pytest.mark.parametrize(
    "intro",
    [
        "Sir, I am Petra Halvorsund from the Harbour Gazette.",
        "Petra Halvorsund from Radio Nordvik.",
        "This is Petra Halvorsund from the Coastal Times.",
    ],
)
def test_statement_askers_questions_are_nobodys(nlp: Language, intro: str) -> None:
    text = (
        "Transcript of the Weekly Briefing by the Spokesperson\n\n"
        "Jonas Ekberg, Spokesperson: Good afternoon. I will take your questions.\n\n"
        f"Petra Halvorsund: {intro} When will the ferry crossing to the islands reopen?\n\n"
        "Jonas Ekberg, Spokesperson: The crossing will reopen on Monday once the ice has cleared.\n\n"
        "Petra Halvorsund: And will the fares stay the same for the islanders?\n\n"
        "Jonas Ekberg, Spokesperson: Colleagues from the Transport Ministry will announce the fares next week.\n"
    )
    got = said(nlp, text)
    assert "Petra Halvorsund" not in got.values()
    assert got.get("The crossing will reopen on Monday once the ice has cleared.") == "Jonas Ekberg"
    assert got.get("Colleagues from the Transport Ministry will announce the fares next week.") == "Jonas Ekberg"
