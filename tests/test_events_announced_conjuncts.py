"""A closure announced in the second of two reported clauses: "announced that 600 soldiers would be
deployed, and that the X post would close to cargo traffic", "said the X crossing would reopen on
Friday and that the Y crossing would close on Monday". The second clause hangs on the first by
"and", not on the verb of saying, so the closure was read as a mere possibility ("would") and
dropped.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
    "Kelso Gate": ("checkpoint/kelso-gate", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        (
            "The premier announced that 380 soldiers would be sent north, and that the Tolmaz post would"
            " close to lorries overnight for two weeks.",
            "checkpoint/tolmaz",
        ),
        (
            "The minister said the Tolmaz crossing would reopen on Friday and that the Kelso Gate crossing would"
            " close on Monday.",
            "checkpoint/kelso-gate",
        ),
    ],
)
def test_a_closure_announced_in_a_second_clause_is_kept(nlp: Language, text: str, crossing: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.target == (crossing,)


def test_a_closure_that_could_come_stays_silent(nlp: Language) -> None:
    text = "The minister said the Tolmaz crossing would reopen on Friday and that the Kelso Gate crossing could close."
    assert _closures(nlp, text) == []
