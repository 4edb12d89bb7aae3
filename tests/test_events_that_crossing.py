"""People who "use that crossing" are a flow through the crossing named before, though the tagger
reads "crossing" after "that" as the verb's gerund: its determiner makes it the noun, in a plain
sentence and in a speaker's answer.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Friday.
PUB = date(2026, 5, 22)

NAMES = {
    "Lithuania": ("state/LT", "State"),
    "Velkaro": ("checkpoint/velkaro", "Checkpoint"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Velkaro is a quiet post on the Lithuanian side of the lake. Some 1,350 people use that crossing every day.",
        "HOST: Where are the queues worst?\n\n"
        "GUEST: At Velkaro, on the Lithuanian border. About 1,350 travellers use that crossing every day.",
    ],
)
def test_users_of_that_crossing_flow_through_the_crossing_named_before(nlp: Language, text: str) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert flow.count == 1350
    assert flow.per_time_unit == "day"
    assert flow.via == ("checkpoint/velkaro",)
