"""A "Q:" / "A:" interview: the answers are the words of the guest the lead presents, not the
interviewer's (who is named there too), and the narration closing the piece is nobody's.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said

ANSWER = "We will cut it by ten percent. The boats in the north will feel it first."
MORE = "Our coast guard boards every one of them, whatever flag it flies."
CLOSING = "The quota talks resume in Bergen in April."

PRINT = (
    "Interview: 'We will not close the fjords' - Norwegian fisheries minister\n\n"
    "TROMSO, 3 March 2025 - The herring quota came first when our correspondent Ingrid Vaaland sat"
    " down with Halvard Sennestad, Norway's Minister of Fisheries, at his office by the harbour.\n\n"
    f"Q: Minister, will the quota be cut?\n\nA: {ANSWER}\n\n"
    f"Q: And the foreign trawlers?\n\nA: They fish under the same rules.\n\n{MORE}\n\n"
    f"Q: Will you meet the fishermen?\n\nA: Next week, in Tromso.\n\n{CLOSING}\n"
)
WEB = (
    "Herring quota: the minister answers\n\n"
    "Halvard Sennestad, who heads Norway's fisheries ministry, explained the new rules in an interview with"
    " reporter Ingrid Vaaland.\n\n"
    f"QUESTION: Will the quota be cut?\n\nANSWER: {ANSWER}\n\n"
    f"QUESTION: And the foreign trawlers?\n\nANSWER: They fish under the same rules.\n\n{MORE}\n\n"
    f"QUESTION: Will you meet the fishermen?\n\nANSWER: Next week, in Tromso.\n\n{CLOSING}\n"
)


@pytest.mark.parametrize("text", [PRINT, WEB])
def test_answers_are_the_guests(nlp: Language, text: str) -> None:
    out = said(nlp, text)
    assert out[ANSWER] == "Halvard Sennestad"
    assert out[MORE] == "Halvard Sennestad"
    assert CLOSING not in out
    assert "Ingrid Vaaland" not in out.values()
