"""A turn's label that gives a role and, in brackets, who holds it names that person, whether the
turn starts on the next line or right after the colon ("PRESENTER (JASNA SARKOVA): Good
afternoon."), and for those who lead an interview or a press conference as for the programme's
own voices ("INTERVIEWER (PELLAM BRENHOLT):", "MODERATOR (...)"). A role in brackets that does
not close the label ("ANCHOR (X) said") names nobody.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PRESENTER (JASNA SARKOVA): Good afternoon. The reform was rejected.", "JASNA SARKOVA"),
        ("INTERVIEWER (PELLAM BRENHOLT): Minister, welcome to the programme.", "PELLAM BRENHOLT"),
        ("MODERATOR (IVANA LINDQVAR): Questions, please. The first one.", "IVANA LINDQVAR"),
        ("INTERVIEWER (PELLAM BRENHOLT):\nMinister, welcome to the programme.", "PELLAM BRENHOLT"),
    ],
)
def test_role_aside_names_its_holder(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


def test_role_aside_not_closing_the_label_names_nobody(nlp: Language) -> None:
    assert "Person" not in {t for ts in linked_types(nlp, "ANCHOR (JASNA SARKOVA) said: fine.").values() for t in ts}
