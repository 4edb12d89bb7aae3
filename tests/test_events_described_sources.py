"""The body that reports a figure keeps the credit when an indefinite apposition describes it ("X, a
unit of the Y, reported that ..."): such a phrase says what X is, it names no other source. A
name in apposition ("the migration agency Z said") still is the source.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 4, 14)

NAMES = {
    "Quellmark": ("state/quellmark", "State"),
    "Border Guard of Quellmark": ("agency/border-guard-quellmark", "Agency"),
    "Coast Watch": ("agency/coast-watch", "Agency"),
    "Home Office": ("agency/interior-ministry-quellmark", "Agency"),
    "Interior Ministry": ("agency/interior-ministry-quellmark", "Agency"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Border Guard of Quellmark, a department of the Home Office, reported that 12,400 "
            "people entered Quellmark over the Easter weekend.",
            "agency/border-guard-quellmark",
        ),
        (
            "The Border Guard of Quellmark, a subdivision of the Interior Ministry, announces that from Friday to "
            "Monday 12,400 people entered Quellmark.",
            "agency/border-guard-quellmark",
        ),
        (
            "The Coast Watch, a unit of the Interior Ministry, said on Monday that 3,170 people arrived in "
            "Quellmark by sea last week.",
            "agency/coast-watch",
        ),
    ],
)
def test_an_indefinite_apposition_leaves_the_source_its_own(nlp: Language, text: str, source: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.reported_by == (source,)


def test_a_named_apposition_is_still_the_source(nlp: Language) -> None:
    text = "The country's sea rescue service, the Coast Watch, said that 3,170 people arrived in Quellmark last week."
    (crossing,) = _crossings(nlp, text)
    assert crossing.reported_by == ("agency/coast-watch",)
