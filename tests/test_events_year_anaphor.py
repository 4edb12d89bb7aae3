"""A bare "during the year" or "over the year" is the year the text stated before it.

A yearly review names its year once, in a paragraph that opens "In 2025", and later figures fall
"during the year"; "earlier in the year" is a time inside the year, not all of
it. Every sentence is invented for the test, in two or more wordings; entities are built by hand so
that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {"Portugal": ("state/PT", "State"), "Spain": ("state/ES", "State")}
PUB = date(2026, 3, 17)


@pytest.mark.parametrize(
    "text",
    [
        "The border service published its yearly review for 2025 on Tuesday. In 2025 officers checked 2.1 "
        "million travellers on the Spanish frontier. The review also shows that 940 people were refused entry "
        "into Portugal during the year, most of them at night.",
        "Border officers had a busy time in 2025. Over the year, some 940 people were refused entry "
        "into Portugal from Spain, most of them at night.",
    ],
)
def test_events_year_anaphor_takes_the_stated_year(nlp: Language, text: str) -> None:
    refused = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 940]
    assert refused
    assert all((e.start_date, e.end_date) == ("2025-01-01", "2025-12-31") for e in refused)


def test_events_year_anaphor_not_earlier_in_the_year(nlp: Language) -> None:
    text = (
        "Figures for 2025 came out on Monday. Earlier in the year, some 940 people were refused entry into "
        "Portugal from Spain, the border service said."
    )
    refused = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 940]
    assert all(e.start_date is None and e.date is None for e in refused)
