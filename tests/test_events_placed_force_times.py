"""A force put somewhere with a verb of putting is dated by that verb's own time.

"Added", "posted" and "put" are also verbs of saying ("she added", "he posted"), so the time of a
deployment told with them ("has added 30 guards at X since 9 June", "posted 12 guards at Y on
3 May") was taken for the time of a saying and dropped. The time of a real saying in the sentence
("..., the minister said on Monday") still dates nothing.

Every sentence here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 5, 20)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Orvik Bridge": ("checkpoint/orvik-bridge", "Checkpoint"),
    "Norland Excise Board": ("agency/norland-excise-board", "Agency"),
}


def _deployment(nlp: Language, text: str):
    (found,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]
    return found


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Since 1 April the Norland Excise Board has posted a dozen more inspectors at the Orvik Bridge.",
            (None, "2026-04-01"),
        ),
        ("Our service has added 133 more officers at the Orvik Bridge since August.", (None, "2025-08-01")),
        ("The Norland Excise Board posted twelve inspectors at the Orvik Bridge on 3 April.", ("2026-04-03", None)),
    ],
)
def test_a_placed_force_takes_its_verbs_time(nlp: Language, text: str, when: tuple[str | None, str | None]) -> None:
    found = _deployment(nlp, text)
    assert (found.date, found.start_date) == when


def test_the_day_of_a_saying_does_not_date_the_placement(nlp: Language) -> None:
    text = "The Norland Excise Board added twelve inspectors at the Orvik Bridge, the minister said on Monday."
    found = _deployment(nlp, text)
    assert (found.date, found.start_date) == (None, None)
