"""A call told with a time before "by telephone with X" ("spoke at noon by telephone with
X"): the parser hangs "with X" on the telephone, and X is still the other side of the talks.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Friday.
PUB = date(2026, 10, 9)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Oren Talvik": ("person/oren-talvik", "Person"),
    "Ilse Marisko": ("person/ilse-marisko", "Person"),
}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("President Oren Talvik spoke at noon by telephone with Ilse Marisko, the President of Nordavia.", None),
        ("Oren Talvik spoke yesterday by video with Ilse Marisko, the President of Nordavia.", "2026-10-08"),
        ("Oren Talvik spoke late on Monday by phone with Ilse Marisko about the border.", "2026-10-05"),
    ],
)
def test_events_phone_talks_with_time_before(nlp: Language, text: str, day: str | None) -> None:
    talks = [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Talks")]
    assert [set(e.agent) for e in talks] == [{"person/oren-talvik", "person/ilse-marisko"}]
    if day is not None:
        assert talks[0].date == day
