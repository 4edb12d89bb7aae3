"""A programme may label its host by name with the role in brackets after it ("ORIEL (host):"),
then by the name alone ("ORIEL:"). Both are the programme's own voice: the host's welcome,
questions and hand-overs to callers are no statements, while the guest's answers stay the
guest's. Only the opposite order ("HOST (ORIEL):") was read before.

Every sentence is invented; two wordings (a full name in capitals and one in mixed case,
the role in either case), built with the real model through :func:`kg.extract.extract`.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said


@pytest.mark.parametrize(
    ("label", "short", "role"), [("ORIEL BRANNAGH", "BRANNAGH", "host"), ("Yusra Tolvik", "TOLVIK", "Presenter")]
)
def test_statement_named_role_asides_make_the_programmes_voice(
    nlp: Language, label: str, short: str, role: str
) -> None:
    text = (
        "Saltmarsh FM -- Drive Time phone-in, transcript\n\n"
        f"{label} ({role}): Good evening and welcome. In the studio tonight is Ms. Marisol Dunhaven, who runs "
        "the harbour authority at Ebbmouth. Tonight's topic: the new ferry timetable.\n\n"
        "DUNHAVEN: From June the night ferry will sail to the islands twice an hour.\n\n"
        f"{short}: Will the fares go up for islanders?\n\n"
        "DUNHAVEN: Islanders keep their half-price tickets for the whole summer.\n\n"
        f"{short}: Lines are busy. Corrin in Fenwray, you're on the air.\n"
    )
    found = said(nlp, text)
    assert "Marisol Dunhaven" in found.values(), found
    assert {v for q, v in found.items() if "half-price" in q} == {"Marisol Dunhaven"}, found
    assert not [q for q in found if "welcome" in q or "fares go up" in q or "Lines are busy" in q], found
