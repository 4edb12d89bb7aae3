"""A flow noun counted by a verb takes that verb's period: "recorded 6,310 arrivals in X in May".

Agency notes count a flow as the object of "recorded", "registered" or "counted" and put the
month on that verb, not on the noun; the figure it is "compared with" is the same flow in the
earlier period. Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2026, 7, 9)


def _flows(nlp: Language, text: str) -> dict[int, tuple[str | None, str | None]]:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    return {e.count: (e.start_date, e.end_date) for e in out.events if e.type == "BorderCrossing" and e.count}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Border officials registered 3,140 new arrivals in Angola in May.",
            {3140: ("2026-05-01", "2026-05-31")},
        ),
        (
            "The agency counted 1,275 new arrivals in Eswatini in June, compared with 5,480 in May.",
            {1275: ("2026-06-01", "2026-06-30"), 5480: ("2026-05-01", "2026-05-31")},
        ),
        (
            "Some 2,600 entries into Nicaragua were recorded in April.",
            {2600: ("2026-04-01", "2026-04-30")},
        ),
    ],
)
def test_events_counted_flows_take_the_counting_verbs_period(
    nlp: Language, text: str, want: dict[int, tuple[str, str]]
) -> None:
    assert _flows(nlp, text) == want
