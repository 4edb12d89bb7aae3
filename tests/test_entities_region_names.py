"""A name the text calls "the X region" is that region wherever it stands bare (invented sentences).

The NER reads a bare unknown name from its letters (a person, a body); the writer's "the X
region" elsewhere in the text says what it is. A town GeoNames knows by the name keeps its own
reading ("X district" beside the town of X).
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mostly people in Gemaray and Sudanese refugees. "
            "About 3,600 Sudanese arrived in the Gemaray region in May.",
            "Gemaray",
        ),
        ('"We are afraid," said a farmer from Hallenby. The Hallenby region has had no rain since March.', "Hallenby"),
        ("Mostly traders from Vostrel and Somali fishermen. Police in the Vostrel region made no arrests.", "Vostrel"),
        (
            "Food prices doubled for families in Gemaray and displaced herders. "
            "Aid agencies in the Gemaray region asked for funds.",
            "Gemaray",
        ),
    ],
)
def test_entities_region_names_bare_name_of_a_named_region(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Region"}


def test_entities_region_names_a_known_town_keeps_its_reading(nlp: Language) -> None:
    text = "Most displaced people are arriving in Lichinga. Some 6,900 arrived in Lichinga district alone."
    assert "Settlement" in linked_types(nlp, text).get("Lichinga", set())
