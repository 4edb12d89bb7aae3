"""Shares written in words, and a referendum's share of the valid votes.

A change stated with a number word ("twelve per cent more than the week before", "That is fifteen
percent fewer") is the figure's change as "12%" would be; a referendum's result may be given as a
share "of valid ballots", as the share that "answered 'yes'", or on a line labelled with its side
("No: N votes (44.6 per cent of valid votes)" counts against and is no result).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2027, 5, 12)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostrecka": ("state/ostrecka", "State"),
    "Marrowgate": ("checkpoint/marrowgate", "Checkpoint"),
}


def _only(nlp: Language, text: str, kind: str) -> Event:
    (event,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == kind]
    return event


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "Border guards said 8,240 people entered Ostrecka from Veltrania at Marrowgate last week, "
            "twelve per cent more than the week before.",
            12.0,
        ),
        (
            "Last week 5,310 travellers crossed from Veltrania into Ostrecka at Marrowgate. "
            "That is fifteen percent fewer than in the previous week.",
            -15.0,
        ),
        (
            "Arrivals in Ostrecka from Veltrania reached 19,600 in April, up twenty-three per cent on March.",
            23.0,
        ),
    ],
)
def test_a_change_in_words_is_the_figures_change(nlp: Language, text: str, change: float) -> None:
    assert _only(nlp, text, "BorderCrossing").change_percent == change


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Veltrania held a referendum on the new charter on Sunday. The charter won 61.4 per cent of "
            "valid ballots, the electoral board said.",
            61.4,
        ),
        (
            "Veltrania held a referendum on the charter on Sunday. The question was whether it should be "
            'adopted: 58.2 percent chose "yes", and most of the rest ticked "no".',
            58.2,
        ),
        (
            "Veltrania held a referendum on the charter on Sunday. The board published the count on Monday.\n"
            "No: 310,200 votes (44.6 per cent of valid votes)\n"
            "Yes: 385,400 votes (55.4 per cent of valid votes)",
            55.4,
        ),
    ],
)
def test_a_share_of_valid_votes_is_the_result(nlp: Language, text: str, share: float) -> None:
    assert _only(nlp, text, "Referendum").result_percent == share
