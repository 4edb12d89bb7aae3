"""A town named inside a quotation is no person because the attribution after the closing mark
has a he or she ('... to X is open," he continued'): that pronoun is the speaker's, whatever
verb of speaking follows it.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            'Lorries still wait near Dravenik. "Nobody should drive to Dravenik before noon," she went on,'
            " adding that the queue was long.",
            "Dravenik",
        ),
        (
            "Sappers swept the fields outside Ostrelna on Sunday. \u201cBuses will not run to Ostrelna"
            " before the engineers have checked the bridge,\u201d he continued.",
            "Ostrelna",
        ),
    ],
)
def test_entities_quoted_towns_stay_places(nlp: Language, text: str, town: str) -> None:
    found = found_entities(nlp, text)
    assert (town, "Person") not in found
    assert (town, "Settlement") in found
