"""People a border service or a post handles "on average" are counted as those it handles: "in May the
X service cleared an average of 3,260 travellers a day at the Y post", "the Y checkpoint handled an
average of about 2,400 passengers a day". The tally noun ("an average of", "a total of") stands
between the verb and the people; the people are still what is counted, at the rate the sentence gives.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Kessmarch": ("checkpoint/kessmarch", "Checkpoint"),
    "National Gendarmerie": ("agency/gendarmerie", "Agency"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In May the National Gendarmerie cleared an average of 3,260 travellers a day at the Kessmarch post.", 3260),
        ("The Kessmarch checkpoint handled an average of about 2,400 passengers a day in May.", 2400),
        ("At present, the Kessmarch crossing processes an average of 1,370 travellers a day.", 1370),
    ],
)
def test_people_handled_on_average_are_a_daily_flow(nlp: Language, text: str, count: int) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert [(e.count, e.per_time_unit) for e in flows] == [(count, "day")]
    assert "checkpoint/kessmarch" in flows[0].via


def test_an_average_handled_in_a_town_is_no_flow(nlp: Language) -> None:
    text = "The clinic in Norvalia handled an average of 140 patients a day in May."
    assert [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"] == []
