"""The first of two surnames repeated alone is the person named in full: "Carrilho said" after
"Joana Carrilho Vaz", as Spanish and Portuguese names are shortened. The NER often takes such a
word alone for a body; the linker already files a person under the first of two surnames.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            'Minister of Fisheries Joana Carrilho Vaz presented the quotas on Friday. "The stocks are low," '
            "Carrilho said at a news conference.",
            "Carrilho",
        ),
        (
            'Minister of Energy Duarte Sobral Meireles met the unions. "Prices will fall," Sobral said at a news '
            "conference.",
            "Sobral",
        ),
    ],
)
def test_first_surname_alone_is_the_person(nlp: Language, text: str, short: str) -> None:
    assert kg_entity_types(nlp, text).get(short) == "Person"
