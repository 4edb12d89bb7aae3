"""People who "left X" in a story of two neighbouring states went into the other one.

A count of departures ("9,300 undocumented foreign nationals have left X") names where people came
from and leaves where they went to the story: with only X and its neighbour Y named, they went to
Y, as arrivals "into X" in such a story already came from Y. Without a destination the flow could
not be told from any other count. Sentences are invented; two wordings through the real model, and
a near miss: with a third state named, the text must say where people went.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _flows(nlp: Language, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], int | None]]:
    out = extract(nlp(text), Article("t", text, "test", published=date(2025, 3, 4)))
    return [(e.origin, e.destination, e.count) for e in out.events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            "About 4,170 people left Suriname last week, officials said. "
            "The government of Guyana opened two reception centres.",
            "state/SR",
            "state/GY",
        ),
        (
            "Since 1 January, 9,300 undocumented foreign nationals have left Gabon, the minister said on Tuesday. "
            "Officers from Equatorial Guinea have been sent to the border posts.",
            "state/GA",
            "state/GQ",
        ),
    ],
)
def test_events_departures_go_to_the_one_neighbour(nlp: Language, text: str, origin: str, destination: str) -> None:
    flows = _flows(nlp, text)
    assert any(o == (origin,) and d == (destination,) for o, d, _ in flows), flows


def test_events_departures_with_a_third_state_keep_no_destination(nlp: Language) -> None:
    text = (
        "About 4,170 people left Suriname last week, officials said. "
        "The governments of Guyana and Brazil opened two reception centres."
    )
    assert all(d == () for _, d, _ in _flows(nlp, text)), _flows(nlp, text)
