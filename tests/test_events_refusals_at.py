"""A refusal of entry takes place where the text says it was made: at a named post or town, or on
the side a nationality word names, each figure on its own side; with none of those and no state
entered in its own clause, the refusing side is the state the story is about.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
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
    "Estonia": ("state/EE", "State"),
    "Latvia": ("state/LV", "State"),
    "Norway": ("state/NO", "State"),
    "Sweden": ("state/SE", "State"),
    "Korvana": ("checkpoint/korvana", "Checkpoint"),
    "Tessmark": ("settlement/tessmark", "Settlement"),
    "Vesterby Police": ("agency/vesterby-police", "Agency"),
}


def _refusals(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "where", "count"),
    [
        (
            "At least 85 lorry drivers were refused entry at Korvana over Easter, the ministry said on Monday.",
            "checkpoint/korvana",
            85,
        ),
        ("Entry was refused to 63 travellers at Tessmark during the holiday week.", "settlement/tessmark", 63),
        ("Guards at Korvana have denied entry to 41 drivers since the new rules began.", "checkpoint/korvana", 41),
    ],
)
def test_a_refusal_takes_place_at_the_post_or_town_named(nlp: Language, text: str, where: str, count: int) -> None:
    (refusal,) = _refusals(nlp, text)
    assert refusal.count == count
    assert where in refusal.place


@pytest.mark.parametrize(
    "text",
    [
        "Border officers refused entry to 85 travellers on the Estonian side and to 40 on the Latvian side.",
        "Over the weekend guards denied entry to 85 drivers on the Estonian side, against 40 on the Latvian side.",
    ],
)
def test_each_figure_keeps_the_side_it_was_refused_on(nlp: Language, text: str) -> None:
    places = {e.count: e.place for e in _refusals(nlp, text)}
    assert places == {85: ("state/EE",), 40: ("state/LV",)}


@pytest.mark.parametrize(
    "text",
    [
        "Norway tightened its checks in April. Norway says the Vesterby Police refused entry to 1,540 "
        "travellers on the frontier with Sweden during the spring.",
        "Norway has kept its controls. Over the spring the Vesterby Police denied entry to 1,540 people "
        "along the border with Sweden, Norway's justice ministry said.",
    ],
)
def test_a_refusal_on_a_border_with_a_neighbour_is_the_story_states(nlp: Language, text: str) -> None:
    (refusal,) = _refusals(nlp, text)
    assert refusal.count == 1540
    assert refusal.destination == ("state/NO",)
    assert refusal.agent == ("agency/vesterby-police",)
