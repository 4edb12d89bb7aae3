""" "Korea" alone is South Korea: the name its own bodies carry ("the Korea Coast Guard").

The South calls itself Korea (its official name is the Republic of Korea), and its agencies are
named "Korea ..."; a text about the North names it "North Korea" or by its full name, which is
read whole before the short one. Without the short name, a story told from its ports named no state
of its own, so its bodies went to the other state it named.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

#: A minister's answer naming the state's bodies by their own names, and the other state twice.
_ANSWER = (
    "MINISTER PARK: The Korea Fisheries Inspection Agency will send two more boats to the strait, "
    "and Japan has promised the same. Japanese and Korean crews will share one radio channel.\n"
)

#: A news report naming the state alone and one of its agencies.
_REPORT = (
    "Korea and Japan will add a third night ferry on the island route from June, the Korea Ferry "
    "Safety Authority said on Monday. Ferries leave from Ulsanpo at nine.\n"
)


@pytest.mark.parametrize(("text", "body"), [(_ANSWER, "fisheries-inspection"), (_REPORT, "ferry-safety")])
def test_relations_korea_is_south_korea(nlp: Language, text: str, body: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if body in s}
    assert owners == {"state/KR"}
