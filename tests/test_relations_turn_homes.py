"""A transcript's answer is no part of the question before it: a reporter who asks about the
other side ("Y says it has closed its side. Is that right?") does not make the ministry the
spokesperson then names in a paragraph of no state Y's; the text's home state decides."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

_BRIEFING = (
    "SPOKESWOMAN LOAYZA: Good morning. Chile will open two new shelters in the north this week, and Chile "
    "has asked the regions for more buses.\n\n"
    "REPORTER (Radio Sur): Argentina says it has closed its side of the pass. Is that right?\n\n"
    "SPOKESWOMAN LOAYZA: No. The Interior Ministry spoke to the consulate this morning, and the pass is open.\n"
)

_INTERVIEW = (
    "PRESENTER: Minister, Ecuador has waited a week for the bridge to reopen. Ecuador's exporters are "
    "losing money.\n\n"
    "MINISTER: They are, and we have told them so.\n\n"
    "PRESENTER: Peru has turned back the grain lorries again. What will you do?\n\n"
    "MINISTER: The Foreign Ministry has sent a note, and we expect an answer by Friday.\n"
)


@pytest.mark.parametrize(
    ("text", "body", "home"),
    [(_BRIEFING, "agency/interior-ministry-", "state/CL"), (_INTERVIEW, "agency/foreign-ministry-", "state/EC")],
)
def test_turn_homes_question_names_no_owner(nlp: Language, text: str, body: str, home: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if s.startswith(body)}
    assert owners == {home}
