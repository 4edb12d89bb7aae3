"""Two events told by nouns in one clause, each dated in its own phrase ("the attack of 22 October
on X ... and the ambush of 24 October near Y"; "the shelling of X on 22 October and the ambush near
Y on 24 October"): each takes its own day, not the first one the clause names.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 11, 2)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
    "Bremmin": ("settlement/bremmin", "Settlement"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The curfew follows the attack of 22 October on the hamlet of Ostrova, where gunmen burned the "
        "granary, and the ambush of 24 October near Bremmin, in which three gendarmes were wounded.",
        "The curfew comes after the shelling of Ostrova on 22 October and the ambush near Bremmin on 24 October.",
    ],
)
def test_own_phrase_days_each_noun_event_keeps_its_day(nlp: Language, text: str) -> None:
    text = "OSTRAVEN, Varnolia, 2 November 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    days = {e.target[0]: e.date for e in events if e.type == "MilitaryOperation" and e.target}
    assert days == {"settlement/ostrova": "2026-10-22", "settlement/bremmin": "2026-10-24"}
