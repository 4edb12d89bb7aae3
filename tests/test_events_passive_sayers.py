"""A passive event with a sayer after it ("The X crossing will be closed from 4 to 6 August, the
Customs Administration has announced"; "The X crossing was closed on Monday, the ministry said"):
the sayer reports the closure and is not its doer; a "by" phrase still names who closes.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 8)

NAMES = {
    "Kesselmark": ("state/kesselmark", "State"),
    "Dunmore": ("checkpoint/dunmore", "Checkpoint"),
    "Customs Administration": ("agency/customs-varnolia", "Agency"),
    "Interior Ministry": ("agency/interior-ministry-varnolia", "Agency"),
    "Border Police": ("agency/border-police-varnolia", "Agency"),
}


def _closure(nlp: Language, text: str) -> Event:
    events = named_events(nlp, text, NAMES, PUB)
    (closure,) = [e for e in events if e.type == "BorderClosure"]
    return closure


@pytest.mark.parametrize(
    ("text", "sayer"),
    [
        (
            "The Dunmore border crossing with Kesselmark will be closed to lorries from 12 to 15 September "
            "while the bridge is repainted, the Customs Administration has announced.",
            "agency/customs-varnolia",
        ),
        ("The Dunmore crossing was closed on Monday, the Interior Ministry said.", "agency/interior-ministry-varnolia"),
    ],
)
def test_passive_sayers_report_and_do_not_close(nlp: Language, text: str, sayer: str) -> None:
    closure = _closure(nlp, text)
    assert closure.agent == ()
    assert closure.reported_by == (sayer,)


def test_passive_sayers_a_by_phrase_still_closes(nlp: Language) -> None:
    text = "The Dunmore crossing was closed by the Border Police on Monday, the Interior Ministry said."
    assert _closure(nlp, text).agent == ("agency/border-police-varnolia",)
