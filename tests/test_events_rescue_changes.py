"""A counted rescue compared with an earlier period keeps the change the sentence states after its
figure: "has rescued 1,146 people since January, against 872 in the same period last year, an
increase of 31 per cent", "rescued 388 people in May, 12% fewer than in April".

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
            "Since 1 January, the Ostravel Coast Guard has rescued 1,146 people at sea, against 872 in the same"
            " period last year, a rise of 31 per cent.",
            1146,
            31.0,
        ),
        ("The Ostravel Coast Guard rescued 388 fishermen in May, 12% fewer than in April.", 388, -12.0),
    ],
)
def test_events_counted_rescue_keeps_its_change(nlp: Language, text: str, count: int, change: float) -> None:
    rescues = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert rescues and all(e.change_percent == change for e in rescues)


def test_events_rescue_without_comparison_has_no_change(nlp: Language) -> None:
    text = "The Ostravel Coast Guard rescued 388 fishermen in May."
    rescues = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 388]
    assert rescues and all(e.change_percent is None for e in rescues)
