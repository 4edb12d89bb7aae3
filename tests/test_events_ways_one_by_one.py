"""A figures list whose heading takes the ways across one by one, in the singular: "Travellers by
checkpoint, first half of 2025:" / "Kallup: 412,300" / "Drenova: 95,800", "Passengers per
crossing point:". Each line is a flow through the point its label names, as under a plural
heading ("the checkpoints:"); a list of lorries per checkpoint counts no people and stays silent.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Thursday.
PUB = date(2025, 10, 2)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
    "Kallup": ("checkpoint/kallup", "Checkpoint"),
    "Drenova": ("checkpoint/drenova", "Checkpoint"),
}

OPENING = "Nordavia, 2 October 2025 - The border guard has released its figures for the frontier with Varnekia.\n\n"
CLOSING = "\n\nMore officers will be posted to both points in the winter."


@pytest.mark.parametrize(
    "heading",
    [
        "Travellers by checkpoint, July to September (both directions):",
        "Passengers per crossing point in the third quarter:",
        "Crossings at each checkpoint since July:",
    ],
)
def test_a_list_by_checkpoint_is_a_flow_through_each(nlp: Language, heading: str) -> None:
    text = OPENING + heading + "\nKallup: 412,300 (up 7 per cent)\nDrenova: 95,800 (down 2 per cent)" + CLOSING
    flows = {e.count: e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"}
    assert sorted(flows) == [95800, 412300]
    assert flows[412300].via == ("checkpoint/kallup",)
    assert flows[95800].via == ("checkpoint/drenova",)


def test_lorries_by_checkpoint_count_no_people(nlp: Language) -> None:
    text = OPENING + "Lorries per checkpoint since July:\nKallup: 41,300\nDrenova: 9,580" + CLOSING
    assert [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"] == []
