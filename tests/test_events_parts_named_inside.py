"""A part of a figure named inside its sentence ("handled 1.2 million of these crossings") takes the
time of the whole stated in the sentence before.

Before, only a sentence opening with "Of these," or a clause after a comma (", of whom ...") was read
as a part; a part named in the middle of its sentence stayed undated when the whole before it was no
event of its own (a total with no destination).

Every sentence here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 3, 20)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Orvik Bridge": ("checkpoint/orvik-bridge", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Customs figures show 3.1 million people crossed between Norland and Tarnia in 2025. "
            "The Orvik Bridge alone handled about 1.2 million of these crossings, officials added.",
            1200000,
        ),
        (
            "Tarnia's statistics office counted 2.2 million people crossing into Norland during 2025. "
            "The Orvik Bridge processed some 800,000 of those crossings, mostly on weekdays.",
            800000,
        ),
    ],
)
def test_a_part_named_inside_its_sentence_takes_the_time_before(nlp: Language, text: str, count: int) -> None:
    (part,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert (part.start_date, part.end_date) == ("2025-01-01", "2025-12-31")
