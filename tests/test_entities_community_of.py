"""A name after "the community of" or "the communities of" is where people live, a settlement,
whatever body or person the NER took the name for (villages in rural reporting are often
"communities").

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Troops reached the community of Ixbenté shortly after the exchange of fire.", "Ixbenté"),
        (
            "A patrol came under fire near the community of Ixbenté, in the Marrow District, on Sunday.",
            "Ixbenté",
        ),
        ("Aid workers visited the community of Marisela Pinto on Monday.", "Marisela Pinto"),
    ],
)
def test_entities_community_of_is_a_settlement(nlp: Language, text: str, village: str) -> None:
    assert (village, "Settlement") in found_entities(nlp, text)
