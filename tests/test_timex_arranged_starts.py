"""A period being arranged opens on a coming day: "are being recalled ... from 1 October", "is
moving its staff to the new hall from 3 October" or "for six weeks from 2 October" in a story of
late September start this year, not last; a start further ahead, or one told in the past tense,
stays where the one-week slack puts it.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUB = date(2026, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 volunteers of the Dravenna militia are being recalled to duty from 1 October.", "2026-10-01"),
        ("The port authority is moving its inspectors to the new hall from 3 October.", "2026-10-03"),
        ("The ring road at Ostrelka closes for six weeks from 2 October while the lanes are relaid.", "2026-10-02"),
    ],
)
def test_an_arranged_start_in_the_coming_weeks_lies_ahead(text: str, expected: str) -> None:
    assert [t.start_date for t in find_times(text, PUB)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port authority moved its inspectors to the new hall from 3 October.", "2025-10-03"),
        # months ahead: no arrangement said in the present reaches that far
        ("The port authority is moving its inspectors to the new hall from 3 December.", "2025-12-03"),
        ("Since 1 October, some 400 people are arriving at the hall every day.", "2025-10-01"),
        # "is nothing": no progressive
        ("The notice said there is nothing to pay from 3 October onwards.", "2025-10-03"),
    ],
)
def test_a_start_told_otherwise_stays_behind(text: str, expected: str) -> None:
    assert [t.start_date for t in find_times(text, PUB)] == [expected]
