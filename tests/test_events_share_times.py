"""A time written in a share set after a total ("held 57 people on trafficking charges this year,
nine of them in February") dates the share, never the total: the total keeps the period its own words give.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 10)

NAMES = {"Norvalia": ("state/norvalia", "State")}


def _times(nlp: Language, text: str) -> dict[int | None, tuple[str | None, str | None, str | None]]:
    return {e.count: (e.date, e.start_date, e.end_date) for e in named_events(nlp, text, NAMES, PUB)}


@pytest.mark.parametrize(
    ("text", "count", "start"),
    [
        (
            "Norvalia's gendarmes arrested 57 people on trafficking charges this year, nine of them in February.",
            57,
            "2026-01-01",
        ),
        (
            "The coast guard of Norvalia has rescued 640 people from the sea this year, 120 of them in May.",
            640,
            "2026-01-01",
        ),
        ("Norvalian police made 412 arrests for smuggling last year, 60 of them in December.", 412, "2025-01-01"),
    ],
)
def test_a_total_keeps_its_own_period(nlp: Language, text: str, count: int, start: str) -> None:
    assert _times(nlp, text)[count][1] == start


def test_a_total_with_only_its_share_s_time_is_left_undated(nlp: Language) -> None:
    text = "Norvalia's gendarmes arrested 57 people on trafficking charges, nine of them in February."
    assert _times(nlp, text)[57] == (None, None, None)


def test_a_share_that_is_no_figure_keeps_the_times_after_it(nlp: Language) -> None:
    text = "The ferry took on 83 passengers, most of them students stranded since Norvalia shut its ports on Monday."
    (closure,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderClosure"]
    assert (closure.date or closure.start_date) == "2026-06-08"
