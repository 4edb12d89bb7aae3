"""A crossing point set off by a comma and placed in a town: "the X border post, in Y," lies in Y.

Invented sentences through the real model: before, only a state or a region after "in" placed a
named place, so a crossing's town (border posts lie in or are named after the towns they serve)
was left out. Without the comma "in Y" may say where something happened, and nothing is read.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    out = extract(nlp(text), Article("t", text, "test"))
    return {(r.subject, r.predicate, r.object) for r in out.relations}


@pytest.mark.parametrize(
    ("text", "crossing", "town"),
    [
        (
            "The revenue authority said the Lwakhakha border post, in Eldoret, would stay open at night.",
            "checkpoint/lwakhakha",
            "settlement/eldoret",
        ),
        (
            "Lorries were sent on to the Suam crossing, in Kakamega, where the queue was shorter.",
            "checkpoint/suam",
            "settlement/kakamega",
        ),
    ],
)
def test_crossing_set_off_by_a_comma_lies_in_the_town(nlp: Language, text: str, crossing: str, town: str) -> None:
    assert (crossing, "locatedIn", town) in _relations(nlp, text)
