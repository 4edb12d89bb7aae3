"""A figure that splits a crossing total by nationality in a sentence of its own ("Of all those
people, 2,900 were Latvian citizens", "Of those travellers, 4,800 were Estonian nationals") takes that
nationality's state as its origin, also for a second figure the parser hangs on the first group.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Lithuania": ("state/LT", "State"),
    "Estonia": ("state/EE", "State"),
    "Latvia": ("state/LV", "State"),
}


def _origins(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    return {e.count: e.origin for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"}


def test_events_nationality_said_of_a_part_is_its_origin(nlp: Language) -> None:
    text = (
        "Over the weekend 8,100 people entered Lithuania. "
        "Of all those people, 2,900 were Latvian citizens and 1,300 were Estonian citizens."
    )
    origins = _origins(nlp, text)
    assert (origins[2900], origins[1300]) == (("state/LV",), ("state/EE",))


def test_events_nationality_of_those_counted_is_the_part_s_origin(nlp: Language) -> None:
    text = (
        "In the first half of May, 12,000 people arrived in Lithuania by road. "
        "Of those travellers, 4,800 were Estonian nationals."
    )
    assert _origins(nlp, text)[4800] == ("state/EE",)
