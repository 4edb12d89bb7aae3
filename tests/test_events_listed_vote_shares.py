"""A referendum's result given as a list line labelled with its side ("In favour: 8,114 (55.2 %)"),
several sentences after the vote is named, with no "of the votes" after the share; and a share
"cast in favour" after the comma that closes it ("Of the valid ballots, 9,020, or 58.3 percent,
were cast in favour").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2031, 5, 15)

NAMES = {"Tarquel": ("settlement/tarquel", "Settlement"), "Ostravel": ("state/ostravel", "State")}


def _dated_referendum(nlp: Language, text: str) -> Event:
    events = named_events(nlp, text, NAMES, PUB)
    (vote,) = [e for e in events if e.type == "Referendum" and e.date]
    return vote


_OPENING = (
    "The electoral board has published the count of the referendum held in Tarquel on 11 May 2031 on"
    " building a second harbour wall. Some 15,300 people were entitled to take part. By law, a"
    " municipal referendum counts only if a third of the electorate votes. That threshold was passed"
    " comfortably. The board thanked its staff.\n"
)


@pytest.mark.parametrize(
    ("lines", "share"),
    [
        ("Results by side:\nYes: 6,402 (55.2 %)\nNo: 5,196 (44.8 %)\n", 55.2),
        ("How the town voted:\n- Against: 4,310 votes (41.4 per cent)\n- For: 6,090 votes (58.6 per cent)\n", 58.6),
        ("Totals\nIn favour: 5,880 ballots (53.0%)\nAgainst: 5,214 ballots (47.0%)\n", 53.0),
    ],
)
def test_events_listed_side_share_is_the_result(nlp: Language, lines: str, share: float) -> None:
    assert _dated_referendum(nlp, _OPENING + lines).result_percent == share


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "A referendum on a coastal park was held in Ostravel on 11 May 2031. Of the valid ballots, 9,020,"
            " or 57.9 percent, were cast in favour of the park and 6,559, or 42.1 percent, against it.",
            57.9,
        ),
        (
            "Ostravel held a referendum on 11 May 2031 on lowering the voting age. The commission reported"
            " that 1.6 million ballots, or 62.4 per cent, were cast for the change.",
            62.4,
        ),
    ],
)
def test_events_share_cast_in_favour_is_the_result(nlp: Language, text: str, share: float) -> None:
    assert _dated_referendum(nlp, text).result_percent == share


def test_events_listed_share_far_from_any_vote_is_none(nlp: Language) -> None:
    text = (
        "A referendum on a coastal park took place in Ostravel on 11 May 2031. The board met. It thanked its staff."
        " It praised the police. It closed the count. It published a map. It went home. It slept. It woke."
        " The harbour opened.\nPoll of anglers:\nYes: 130 (61.0 %)\n"
    )
    assert _dated_referendum(nlp, text).result_percent is None
