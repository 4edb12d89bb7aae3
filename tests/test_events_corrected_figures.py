"""A figure a speaker corrects at once ("sixty -- sorry, sixteen") counts by the corrected value,
once, wherever the grammar holds the figure; two figures with no cue between them stay two.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Ostvik": ("settlement/ostvik", "Settlement"),
    "Torsby Police": ("agency/torsby-police", "Agency"),
}


def _counts(nlp: Language, text: str) -> list[tuple[str, int | None, str | None]]:
    events: tuple[Event, ...] = named_events(nlp, text, NAMES, PUB)
    return sorted((e.type, e.count, e.per_time_unit) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "MINISTER HALVORSEN: We have posted sixty -- sorry, sixteen officers at Velmora.",
        "The Torsby Police sent sixty -- no, sorry, sixteen officers to Ostvik on Monday.",
        "MINISTER HALVORSEN: The Torsby Police deployed sixty officers to Ostvik, sorry, sixteen.",
    ],
)
def test_the_corrected_figure_counts_the_deployment(nlp: Language, text: str) -> None:
    assert _counts(nlp, text) == [("Event", 16, None)]


@pytest.mark.parametrize(
    "text",
    [
        "MINISTER HALVORSEN: Around 90 people a day entered Norway at Velmora during the opening week, "
        "sorry, that's nine, not ninety, nine a day.",
        "MINISTER HALVORSEN: Since January, some 5,200... no, sorry, I mean 2,500 travellers "
        "entered Norway through Velmora.",
    ],
)
def test_the_corrected_figure_counts_the_crossing_once(nlp: Language, text: str) -> None:
    (flow,) = _counts(nlp, text)
    assert flow[0] == "BorderCrossing"
    assert flow[1] in (9, 2500)
    assert flow[2] == ("day" if flow[1] == 9 else None)


def test_figures_without_a_cue_stay_apart(nlp: Language) -> None:
    text = "The Torsby Police sent sixty officers to Ostvik, no fewer than the army sent to Velmora."
    assert _counts(nlp, text) == [("Event", 60, None)]
