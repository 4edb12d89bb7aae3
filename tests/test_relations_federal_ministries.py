"""A ministry named "Federal Ministry of ..." keeps "Federal" in its name and is the federation's.

Only a federation has federal ministries. Cut to "Ministry of Finance", the name would be any
state's, taken from the text's context: in a story told from a unitary neighbour, that neighbour's;
and a graph matching bodies by their names would take it for the neighbour's own ministry.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import linked_types, related_pairs

#: A police statement of a unitary state names the federal neighbour's ministry without its state.
_POLICE = (
    "The Dutch police in Dalmersloot said the Federal Ministry of Health had promised more "
    "doctors on the Belgian side.\n"
)

#: A minister of the unitary state thanks the federation's ministry after talks in his capital.
_THANKS = (
    "Talks in The Hague with Belgium ended on Tuesday. The Dutch finance "
    "minister, Joost Verhaeren-Lint, thanked the Federal Ministry of Finance for its help with the "
    "new customs forms.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [(_POLICE, "Federal Ministry of Health", "health"), (_THANKS, "Federal Ministry of Finance", "finance")],
)
def test_relations_federal_ministry_is_the_federations(nlp: Language, text: str, name: str, word: str) -> None:
    assert "Agency" in linked_types(nlp, text).get(name, set())
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if word in s and o.startswith("state/")}
    assert owners == {"state/BE"}
