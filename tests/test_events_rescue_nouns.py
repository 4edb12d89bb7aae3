"""A rescue told by its noun in a release: "The X Coast Guard informs residents of the rescue of
eleven fishermen off Y on Tuesday 18 August", "the navy reported the rescue of nine passengers
near Z". The people in its "of" phrase are counted, the body that reports it is the rescuer, and a
place or day hung on the verb of telling is the rescue's. A rescue of people not counted ("the
rescue of the crew") is no figure and stays silent.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Saturday.
PUB = date(2026, 8, 22)
NAMES = {
    "Quillan Coast Guard": ("agency/quillan-coast-guard", "Agency"),
    "Morrow Head": ("settlement/morrow-head", "Settlement"),
}


def _rescues(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Rescue")]


@pytest.mark.parametrize(
    "text",
    [
        "The Quillan Coast Guard informs residents of the rescue of eleven fishermen off Morrow Head on "
        "Tuesday 18 August.",
        "The Quillan Coast Guard reported the rescue of eleven fishermen near Morrow Head, all of them "
        "from the islands.",
    ],
)
def test_a_counted_rescue_noun_is_the_reporting_body_rescue(nlp: Language, text: str) -> None:
    (rescue,) = _rescues(nlp, text)
    assert (rescue.count, rescue.agent, rescue.place) == (
        11,
        ("agency/quillan-coast-guard",),
        ("settlement/morrow-head",),
    )


def test_a_rescue_noun_takes_the_day_of_its_telling_verb(nlp: Language) -> None:
    text = (
        "The Quillan Coast Guard informs residents of the rescue of eleven fishermen off Morrow Head on "
        "Tuesday 18 August."
    )
    (rescue,) = _rescues(nlp, text)
    assert rescue.date == "2026-08-18"


def test_an_uncounted_rescue_noun_is_no_figure(nlp: Language) -> None:
    assert _rescues(nlp, "The Quillan Coast Guard praised the rescue of the crew near Morrow Head.") == []
