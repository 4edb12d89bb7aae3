"""Closures of a named way across that the parser misreads: "the X crossing" tagged as a verb ("will
be closed" with "will" hung on "be"), and a "which" clause on the way across after "at" ("the
situation at the X border post, which was closed on Friday"): the way across is closed, on the
days the clause gives (ahead of publication for "will be closed").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2026, 6, 8)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Dunmore": ("checkpoint/dunmore", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 8 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "Because of works on the bridge, the Dunmore crossing on the border with Kesselmark will be closed to all "
        "traffic from 18 to 20 June.",
        "For maintenance, the Dunmore crossing on the Kesselmark border will be closed to all traffic "
        "from 18 to 20 June.",
    ],
)
def test_a_crossing_to_be_closed_is_closed_ahead(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.target == ("checkpoint/dunmore",)
    assert (closure.start_date, closure.end_date) == ("2026-06-18", "2026-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke about the situation at the Dunmore border post, which was closed on Friday, 5 June "
        "after floods washed away the road.",
        "Talks covered the queues at the Dunmore crossing, which has been shut since Friday.",
    ],
)
def test_a_which_clause_on_a_way_across_closes_it(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.target == ("checkpoint/dunmore",)
    assert closure.start_date == "2026-06-05"
