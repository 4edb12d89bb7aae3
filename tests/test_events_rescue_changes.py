"""A counted rescue compared with an earlier period keeps the change the sentence states after its
figure: a running tally set against last year's ("2,437 so far this year, up 22% on the 1,958 of
2030") or a month against the one before ("417 during May, a drop of twelve per cent on April").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {
    "Ostravel": ("state/ostravel", "State"),
    "Ostravel Coast Guard": ("agency/coast-guard-ostravel", "Agency"),
}


@pytest.mark.parametrize(
    ("text", "count", "change"),
    [
        (
            "So far this year the Ostravel Coast Guard has rescued 2,437 migrants, up 22% on the 1,958 of the"
            " same months of 2030.",
            2437,
            22.0,
        ),
        ("The Ostravel Coast Guard rescued 417 fishermen during May, a drop of twelve per cent on April.", 417, -12.0),
    ],
)
def test_events_counted_rescue_keeps_its_change(nlp: Language, text: str, count: int, change: float) -> None:
    rescues = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert rescues and all(e.change_percent == change for e in rescues)


def test_events_rescue_without_comparison_has_no_change(nlp: Language) -> None:
    text = "The Ostravel Coast Guard rescued 417 fishermen during May."
    rescues = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 417]
    assert rescues and all(e.change_percent is None for e in rescues)
