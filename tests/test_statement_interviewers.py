"""An interview's interviewer, introduced by role in the text's lead, asks: nobody's statements.

A programme's transcript names its interviewer once ("Interviewer: Jane Roe.", "Moderator: Jane
Roe") and then labels the turns by surname alone ("ROE: ..."). The turns are questions and
cues, not claims; the guest's answers stay statements. Invented names, real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said


@pytest.mark.parametrize(
    "intro",
    [
        'Broadcast on Sunday on the programme "Harbour Week". Interviewer: Liesl Arkwright-Soames.',
        "Recorded at the studio on Friday. Moderator: Liesl Arkwright-Soames",
        "The interviewer is Liesl Arkwright-Soames.",
    ],
)
def test_statement_interviewers_turns_are_nobodys(nlp: Language, intro: str) -> None:
    text = (
        "Interview transcript: the Minister of Ports on the new ferry line\n\n"
        f"{intro}\n\n"
        "ARKWRIGHT-SOAMES: Minister, thank you for coming. Critics say the new ferry line costs too much.\n\n"
        "MINISTER TAMSIN OKORE-VALE: The ferry line will carry four thousand people a day from March.\n\n"
        "ARKWRIGHT-SOAMES: Will the fares rise for the islanders next year?\n\n"
        "OKORE-VALE: The fares will stay the same for every islander until the end of the decade.\n"
    )
    got = said(nlp, text)
    assert not any("Arkwright" in name for name in got.values())
    answer = got.get("The fares will stay the same for every islander until the end of the decade.", "")
    assert answer.casefold() == "tamsin okore-vale"


@pytest.mark.parametrize(
    "intro",
    [
        "The interview was conducted by Liesl Arkwright-Soames. It has been edited for length.",
        "The minister was interviewed by Liesl Arkwright-Soames on Friday.",
    ],
)
def test_statement_interviewers_credited_as_conducting(nlp: Language, intro: str) -> None:
    text = (
        "Interview transcript: the Minister of Ports on the new ferry line\n\n"
        f"{intro}\n\n"
        "LIESL ARKWRIGHT-SOAMES: Minister, thank you for coming. Critics say the new ferry line costs too much.\n\n"
        "MINISTER TAMSIN OKORE-VALE: The ferry line will carry four thousand people a day from March.\n\n"
        "ARKWRIGHT-SOAMES: Minister, thank you.\n"
    )
    got = said(nlp, text)
    assert not any("arkwright" in name.casefold() for name in got.values())


@pytest.mark.parametrize(
    "asker",
    ["ODILE FENWARD-PAX", "ODILE FENWARD-PAX (Radio Saltmarsh)"],
)
def test_statement_interviewers_labels_that_ask(nlp: Language, asker: str) -> None:
    """A label most of whose turns are questions asks, whoever it names: a reporter at a briefing."""
    text = (
        "Press briefing by the Minister of Ports\n\n"
        "MINISTER TAMSIN OKORE-VALE: The ferry line will carry four thousand people a day from March.\n\n"
        f"{asker}: Minister, when will the second ferry arrive at the northern quay?\n\n"
        "MINISTER TAMSIN OKORE-VALE: The second ferry arrives in May, and the quay is ready for it.\n\n"
        f"{asker}: One more question. Will the fares rise for the islanders next year?\n\n"
        "MINISTER TAMSIN OKORE-VALE: The fares will stay the same for every islander until the end of the decade.\n"
    )
    got = said(nlp, text)
    assert not any("fenward" in name.casefold() for name in got.values())
    assert "The second ferry arrives in May, and the quay is ready for it." in got
