"""A phone-in or a programme labels its host by role with the name in capitals in brackets
("HOST (ORLA BRISK): Good morning ..."). The label's speaker is the bracketed name, and the
role makes the turn the programme's own voice; the check read the label up to the colon,
closing bracket included ("BRISK)"), so the role was missed and the host's greeting and
questions became statements.

Every sentence here is invented; the class is shown in two wordings (the host's name in capitals
and in mixed case, hyphenated), built with the real model through :func:`kg.extract.extract`; a
"REPORTER" label, whose role the check always saw, stays the programme's voice too.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said


@pytest.mark.parametrize(
    ("role", "name"), [("HOST", "ORLA BRISK"), ("HOST", "Tamsin Okafor-Lind"), ("REPORTER", "MARTIN QUIRINUS")]
)
def test_a_role_label_with_the_name_in_brackets_narrates(nlp: Language, role: str, name: str) -> None:
    text = (
        "VALLEY RADIO -- MORNING LINE (transcript)\n\n"
        f"{role} ({name}): Good morning, valley. With us today is the Minister of Roads, Dr. Ines Harwick. "
        "Minister, welcome.\n\n"
        "MINISTER HARWICK: Thank you. The new bridge at the ford opens to lorries on Monday.\n\n"
        f"{role}: A caller is waiting. Go ahead.\n\n"
        "MINISTER HARWICK: We will keep one lane open for buses during the works.\n"
    )
    found = said(nlp, text)
    assert not [q for q in found if "With us today" in q], found
    assert {v for q, v in found.items() if "bridge at the ford" in q} == {"Ines Harwick"}, found
