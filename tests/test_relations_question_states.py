"""A state a labelled question names ("Q: Y says ...") is no clue to whose body the answer names.

A reporter asks about the other side ("Q: Minister, Y says the ferry will stop?") and the minister
answers about a ministry of his own. Whether the answer is a labelled speaker's turn or an "A:"
line, the question is another voice: the body's paragraph naming no state, the body takes the
text's own state, not the one the question named.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

#: A gaggle: the minister's answers are labelled turns, the reporters' questions "Q:" lines.
_GAGGLE = (
    "Uganda's roads minister on the lake ferries\n\n"
    "MINISTER ACENG-LUTALO: Morning, everyone. Ten minutes only.\n\n"
    "Q: Minister, Tanzania says its pier at Ndarugo will close for repairs in May?\n\n"
    "MINISTER ACENG-LUTALO: We have heard that. The Ministry of Transport will send two engineers to look "
    "at the pier on this side first.\n"
)

#: An interview printed as "QUESTION:" and "A:" lines.
_PRINTED = (
    "Uganda expects more lorries on the northern road this year, its transport minister says.\n\n"
    "QUESTION: Kenya has added a second lane at Busiremba. Will traffic move there?\n\n"
    "A: Some of it. The Ministry of Finance has agreed to pay for new scales at the post on this side, "
    "and that will keep the lorries here.\n"
)


@pytest.mark.parametrize(("text", "word"), [(_GAGGLE, "transport"), (_PRINTED, "finance")])
def test_relations_question_state_is_no_home_of_the_answer(nlp: Language, text: str, word: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if word in s}
    assert owners == {"state/UG"}
