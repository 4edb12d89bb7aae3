"""A journey's means in a "by" phrase carries its "from" and "to": "reached X by sea from Y",
"came by road from Y to X". The parser may hang them on the means noun, not on the verb.

Every sentence is invented for the test (the states are real, for their names), in two or more
wordings, through the whole extraction.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUB = date(2026, 5, 14)


@pytest.mark.parametrize(
    ("text", "count", "origin", "destination"),
    [
        ("Latvia said 1,370 people had reached Estonia by sea from Finland since 1 January.", 1370, "FI", "EE"),
        ("Officials said 830 migrants came by road from Chile to Peru last month.", 830, "CL", "PE"),
    ],
)
def test_events_means_from_is_the_origin(nlp: Language, text: str, count: int, origin: str, destination: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=PUB))
    (ev,) = [e for e in out.events if e.type == "BorderCrossing"]
    assert (ev.count, ev.origin, ev.destination) == (count, (f"state/{origin}",), (f"state/{destination}",))
