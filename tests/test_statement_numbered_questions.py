"""A select committee's record of oral evidence numbers each question and names who puts it
("Q7 Chair:", "Q12 Ottilie Berengar:"): those turns are the committee's questions, nobody's
statements, like the "Q:" lines of an interview; the witness's answers stay the witness's. The
chair closing the sitting ("The hearing is adjourned.", "We stand adjourned.") says nothing either.

Every sentence is invented; two wordings (the chair's and a member's numbered questions, two
closing formulas, under the chair's name and office), built with the real model through :func:`kg.extract.extract`.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said


@pytest.mark.parametrize(
    ("asker", "closer", "closing"),
    [
        ("Amsel Dorrance", "Amsel Dorrance", "Thank you, Commissioner. The hearing is adjourned."),
        ("Ottilie Berengar", "Chair", "We stand adjourned."),
    ],
)
def test_statement_numbered_questions_are_nobodys(nlp: Language, asker: str, closer: str, closing: str) -> None:
    text = (
        "Evidence heard by the Transport Committee on the Wexcombe ferry crossing (uncorrected)\n"
        "In the chair: Amsel Dorrance. Also sitting: Ottilie Berengar.\n"
        "Giving evidence: Halvard Strome, the harbour commissioner\n\n"
        f"Q7 {asker}: Commissioner, how many lorries wait at the ramp on a normal day?\n\n"
        "Halvard Strome: Around two hundred lorries wait at the ramp on a weekday morning.\n\n"
        f"Q8 {asker}: And at weekends?\n\n"
        "Halvard Strome: Fewer, perhaps eighty, because the freight boats do not sail on Sundays.\n\n"
        f"{closer}: {closing}\n"
    )
    found = said(nlp, text)
    assert {v for q, v in found.items() if "two hundred lorries" in q} == {"Halvard Strome"}, found
    assert not [q for q in found if q.endswith("?") or "adjourned" in q], found
