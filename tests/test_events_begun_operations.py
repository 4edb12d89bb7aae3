"""An operation that a verb of beginning begins runs from its day: a start, not a one-day date.

"Units began an operation on 12 October" tells when a continuing operation opened; before, the day
was kept as the operation's one date, as if it had lasted that day only. An operation "carried
out" on a day keeps that day.

Every sentence here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 10, 20)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Pelling": ("settlement/pelling", "Settlement"),
    "Norland Army": ("agency/norland-army", "Agency"),
}


def _operation(nlp: Language, text: str):
    (op,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "MilitaryOperation"]
    return op


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Units of the Norland Army began an operation on Monday, 12 October, after armed smugglers were seen "
            "in the forests south of Pelling.",
            "2026-10-12",
        ),
        ("The Norland Army started a security operation near Pelling on 14 October, the ministry said.", "2026-10-14"),
    ],
)
def test_a_begun_operation_starts_on_its_day(nlp: Language, text: str, start: str) -> None:
    op = _operation(nlp, text)
    assert (op.date, op.start_date) == (None, start)


def test_an_operation_carried_out_on_a_day_keeps_the_day(nlp: Language) -> None:
    op = _operation(nlp, "The Norland Army carried out an operation near Pelling on 14 October.")
    assert (op.date, op.start_date) == ("2026-10-14", None)
