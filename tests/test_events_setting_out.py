"""People stopped while setting out "for" a place ("intercepted 230 people trying to leave for X",
"stopped 90 migrants who were heading for X") were bound for it: an attempted crossing into X,
out of the state the report is filed from when nobody else is named as stopping them.

Every sentence is invented for the test, in two or more wordings, with near misses that must stay
silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 4, 11)
NAMES = {
    "Andorra": ("state/AD", "State"),
    "Malta": ("state/MT", "State"),
    "VALLETTA": ("settlement/valletta", "Settlement"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, tuple[tuple[str, ...], tuple[str, ...]]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: (e.origin, e.destination) for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "VALLETTA, April 10 (Wire) - Police in Malta said they had intercepted 230 people trying to leave "
        "for Andorra near the port.",
        "VALLETTA, April 10 (Wire) - Officers in Malta stopped 230 migrants who were heading for Andorra.",
        "VALLETTA, April 10 (Wire) - Malta's police intercepted 230 people attempting to sail for Andorra.",
    ],
)
def test_events_setting_out_names_the_destination(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == {230: (("state/MT",), ("state/AD",))}


@pytest.mark.parametrize(
    "text",
    [
        "VALLETTA, April 10 (Wire) - Police in Malta stopped 230 migrants who were leaving for work.",
        "VALLETTA, April 10 (Wire) - Police in Malta stopped 230 drivers heading for the stadium.",
    ],
)
def test_events_setting_out_elsewhere_is_no_crossing(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == {}
