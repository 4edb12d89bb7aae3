"""A share of the people counted, in the figure's own sentence, gives their origin when it names one
state ("intercepted around 2,400 migrants ..., most of them Andorran nationals"; "..., the majority
of them Maltese citizens"); two states, or no state ("most of them women and children"), give none.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 8)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
    "Telsk": ("region/telsk", "Region"),
}


def _crossing(nlp: Language, text: str) -> Event:
    events = named_events(nlp, text, NAMES, PUB)
    (crossing,) = [e for e in events if e.type == "BorderCrossing"]
    return crossing


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Between February and May, soldiers intercepted some 1,730 foreign migrants who had entered Varnolia "
            "without papers near Ostrova, most of them Andorran nationals bound for Telsk.",
            "state/AD",
        ),
        ("About 300 people crossed into Varnolia on Sunday, the majority of them Maltese citizens.", "state/MT"),
    ],
)
def test_share_origins_a_share_of_one_nationality_gives_the_origin(nlp: Language, text: str, origin: str) -> None:
    assert _crossing(nlp, text).origin == (origin,)


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people crossed into Varnolia on Sunday, most of them Maltese and Andorran citizens.",
        "About 300 people crossed into Varnolia on Sunday, most of them women and children.",
    ],
)
def test_share_origins_no_single_state_gives_none(nlp: Language, text: str) -> None:
    assert _crossing(nlp, text).origin == ()
