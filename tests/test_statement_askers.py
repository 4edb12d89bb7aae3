"""Questioners at a briefing who introduce themselves are nobody's statements.

Briefing records label each journalist by name, and a journalist's first turn names the outlet
("Jane Roe: Sir, I am Jane Roe from the Daily Post. ..."): all that label's turns are questions,
like the "Q:" lines of other records; the official's answers stay statements. An official who
mentions "colleagues from the ministry" introduces nobody. A "Q (Name, Outlet):" label whose outlet
has a long name still ends the answer before it. Invented names, real model.
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


@pytest.mark.parametrize(
    "label",
    [
        "Q (Petra Halvorsund, Northern Coastal Broadcasting and Information Services)",
        "QUESTION (Petra Halvorsund, Harbour Gazette and Weekly Islands Review, Nordvik)",
    ],
)
def test_statement_askers_long_outlet_in_a_question_label_ends_the_answer(nlp: Language, label: str) -> None:
    text = (
        "Transcript of the Weekly Briefing by the Spokesperson\n\n"
        "MR. EKBERG: Good afternoon. The ferry crossing to the islands will reopen on Monday.\n\n"
        f"{label}: Why is the crossing closing during the school holidays, when many families travel?\n\n"
        "MR. EKBERG: The contractor must finish the new pier before the winter storms arrive.\n"
    )
    got = said(nlp, text)
    assert not [quote for quote in got if "school holidays" in quote]
