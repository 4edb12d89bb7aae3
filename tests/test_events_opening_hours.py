"""Border posts whose opening hours are extended for a period: "the two ministries decided to
lengthen the daily opening hours at two posts, X and Y, from 6 July to 28 August", "the X and Y
posts will stay open day and night from ... until ...", "decided to keep the X crossing open
round the clock from ... until ...". Each is one event at the posts named, over the period, of the bodies that
extend or keep the hours when the sentence names them. A post said to be open all day with no
period ("which stays open 24 hours each day") or hours lengthened within a day announce nothing.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 24)
NAMES = {
    "Brask": ("checkpoint/brask", "Checkpoint"),
    "Ollendorf": ("checkpoint/ollendorf", "Checkpoint"),
    "Tolsey Interior Office": ("agency/tolsey-interior-office", "Agency"),
    "Frontier Service": ("agency/frontier-service", "Agency"),
}


def _hours(nlp: Language, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None, str | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return [(e.agent, e.place, e.start_date, e.end_date) for e in events if e.label.startswith("Extended opening")]


BOTH = ("checkpoint/brask", "checkpoint/ollendorf")


@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        (
            "The Tolsey Interior Office and the Frontier Service have decided to lengthen the daily opening hours "
            "at two posts, Brask and Ollendorf, from 6 July to 28 August.",
            ("agency/tolsey-interior-office", "agency/frontier-service"),
            BOTH,
        ),
        (
            "The Frontier Service wishes to inform hauliers that the Brask and Ollendorf posts will stay open day "
            "and night, every day of the week, from Monday, 6 July 2026 until Friday, 28 August 2026.",
            (),
            BOTH,
        ),
        (
            "The Tolsey Interior Office will keep Brask open day and night from 6 July until 28 August.",
            ("agency/tolsey-interior-office",),
            ("checkpoint/brask",),
        ),
    ],
)
def test_hours_extended_for_a_period_are_an_event_at_the_posts(
    nlp: Language, text: str, agent: tuple[str, ...], place: tuple[str, ...]
) -> None:
    assert _hours(nlp, text) == [(agent, place, "2026-07-06", "2026-08-28")]


@pytest.mark.parametrize(
    "text",
    [
        "Drivers can use Ollendorf instead, which stays open 24 hours each day.",
        "Brask's opening hours will be lengthened by two hours every evening.",
        "The Brask post stayed open during the blizzard.",
    ],
)
def test_hours_with_no_period_announce_nothing(nlp: Language, text: str) -> None:
    assert _hours(nlp, text) == []
