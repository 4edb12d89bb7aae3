"""A reopening that says how long the way was closed: "X reopened on D, after being closed since
D0" (or "after having been closed since D0") states a closure of X from D0 to D as well.

Invented sentences through the real model: before, only the reopening was read; the passive
"closed" in the "after" clause had no subject and made no closure.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "target", "start", "end"),
    [
        (
            "The Kalvik border crossing reopened to trucks on Tuesday 9 June, after being closed since "
            "Friday 29 May because of the floods.",
            "checkpoint/kalvik",
            "2026-05-29",
            "2026-06-09",
        ),
        (
            "The border post at Tarnmoor was reopened on 8 June, after having been closed since 1 June, "
            "the customs service said.",
            "checkpoint/tarnmoor",
            "2026-06-01",
            "2026-06-08",
        ),
    ],
)
def test_reopening_after_closure_gives_the_closure(nlp: Language, text: str, target: str, start: str, end: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 6, 10)))
    closures = [(e.target, e.start_date, e.end_date) for e in out.events if e.type == "BorderClosure"]
    assert ((target,), start, end) in closures
