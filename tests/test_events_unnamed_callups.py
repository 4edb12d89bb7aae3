"""A counted call-up that names no one who calls it and no place ("N conscripts will be called up
this autumn", "a call-up of no more than N reservists") is the act of the state the text is filed
from, or else of the state it names most: a call-up is a state's act. One that names its caller
keeps it, and an uncounted mention ("Is this a mobilization?") stays without one.

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
PUB = date(2026, 6, 10)

NAMES = {
    "Brevania": ("state/brevania", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
}

DATELINE = "PELLAN, Brevania, 10 June 2026 - "


def _callups(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Mobilization"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            DATELINE + "The defence council of Brevania met on Monday. Some 7,260 conscripts will be called up "
            "between October and December under the new rules.",
            7260,
        ),
        (
            DATELINE + "The cabinet of Brevania met on Monday. Its plan foresees a call-up of no more than 1,640 "
            "reservists for refresher courses.",
            1640,
        ),
        (  # no dateline: the state the text names most
            "Brevania is tightening its border with Ostrelia. Another 515 reservists were called up on Friday "
            "for a month of exercises, officials in Brevania said.",
            515,
        ),
    ],
)
def test_a_counted_call_up_with_no_caller_is_the_home_state_s(nlp: Language, text: str, count: int) -> None:
    (callup,) = _callups(nlp, text)
    assert callup.agent == ("state/brevania",)
    assert count in (callup.count, callup.count_max)


def test_a_call_up_with_its_caller_keeps_it(nlp: Language) -> None:
    text = "Ostrelia called up 2,000 reservists on Monday. Brevania and Brevania's allies watched closely."
    (callup,) = _callups(nlp, text)
    assert callup.agent == ("state/ostrelia",)
    assert "state/brevania" not in callup.place


def test_an_uncounted_mention_of_mobilization_has_no_caller(nlp: Language) -> None:
    text = DATELINE + "A reporter from Ostrelia asked: is this a mobilization? The minister said no."
    assert all(not c.agent for c in _callups(nlp, text))
