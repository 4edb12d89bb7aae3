"""A security body named by a state of several words is that state's: "the Cabo Verdean police",
"Costa Rica's border police".

Only the word right before the body was read as its state, so "Verdean" or "Rica" named none and
the body was lost or went to the other state the text names more often. "Cabo Verdean", the
demonym of the name the state asked to be called by in every language, is read as "Cape Verdean" is.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

#: A two-word demonym before a generic body, in a report naming the other state twice.
_DEMONYM = (
    "Two pirogues from Senegal reached Tarrafalinho on Sunday. The Cabo Verdean police said both crews "
    "were safe, and Senegal has been told.\n"
)

#: A two-word state's possessive before a generic body, the other state named three times.
_POSSESSIVE = (
    "Nicaragua reopened the lake road at dawn. Lorries from Nicaragua queued past Los Cedrales, where "
    "Costa Rica's border police counted them one by one, as Nicaragua had asked.\n"
)


@pytest.mark.parametrize(("text", "state"), [(_DEMONYM, "state/CV"), (_POSSESSIVE, "state/CR")])
def test_relations_body_of_a_state_of_several_words(nlp: Language, text: str, state: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if "police" in s and s.startswith("agency/")}
    assert owners == {state}
