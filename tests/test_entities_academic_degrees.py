"""Academic degrees written before a name in Central European official texts ("Mag.", "Mgr.",
"JUDr.", "Dipl.-Ing.", "Univ.-Prof.") are no person of their own and no part of the name.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "On Monday the provincial governor, Mag. Henrike Solderer, toured three villages near the frontier.",
            "Henrike Solderer",
        ),
        (
            "Mag. Irmgard Haselsteiner, who heads the district office, said the lane would reopen.",
            "Irmgard Haselsteiner",
        ),
        ("Speaking for the ministry, Univ.-Prof. Romana Eichleitner said the data were clear.", "Romana Eichleitner"),
        ("Queues had cleared by noon, according to Mgr. Jitka Pokorna, the regional spokeswoman.", "Jitka Pokorna"),
    ],
)
def test_entities_academic_degrees_are_no_names(nlp: Language, text: str, person: str) -> None:
    assert found_entities(nlp, text) == [(person, "Person")]
