"""Border checks put in place, kept or extended are an event labelled "Border checks": done by the
subject, a "by" phrase or a possessive, placed by the crossing, town or state named "at", "on" or
"along" (never the state beyond "its border with Y"), dated by the verb's clause. Checks of
anything else, or checks not made, are none.

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
    "Keltra": ("state/keltra", "State"),
    "Slovenia": ("state/SI", "State"),
    "Keltra Gendarmerie": ("agency/keltra-gendarmerie", "Agency"),
    "Quarnholt": ("checkpoint/quarnholt", "Checkpoint"),
    "Talsburg bridge": ("checkpoint/talsburg-bridge", "Checkpoint"),
}


def _checks(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Border checks")]


@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        (
            "Keltra introduced passport checks at Quarnholt on 1 May, the interior ministry said.",
            "state/keltra",
            "checkpoint/quarnholt",
        ),
        (
            "The Keltra Gendarmerie's spot checks at Quarnholt will run through August.",
            "agency/keltra-gendarmerie",
            "checkpoint/quarnholt",
        ),
        (
            "Checks on the Talsburg bridge were prolonged to 30 November by the Keltra Gendarmerie.",
            "agency/keltra-gendarmerie",
            "checkpoint/talsburg-bridge",
        ),
    ],
)
def test_checks_put_in_place_or_kept_are_an_event(nlp: Language, text: str, agent: str, place: str) -> None:
    (checks,) = _checks(nlp, text)
    assert agent in checks.agent
    assert place in checks.place


def test_the_state_beyond_a_border_is_no_place_of_its_checks(nlp: Language) -> None:
    (checks,) = _checks(nlp, "Keltra reimposed controls along its frontier with Slovenia in March.")
    assert checks.agent == ("state/keltra",)
    assert "state/SI" not in checks.place


@pytest.mark.parametrize(
    "text",
    [
        "Keltra did not reintroduce border checks at Quarnholt.",
        "The Keltra Gendarmerie announced price controls in Keltra.",
        "Keltra kept checks on imports of grain from Slovenia.",
        "Gendarmes conducted checks on 3,150 travellers at Quarnholt on Monday.",
        "The Keltra Gendarmerie wants to extend border checks at Quarnholt into the autumn.",
        "The checks at Quarnholt remain a duty of the Keltra Gendarmerie, the minister said.",
        "The checks at Quarnholt, in force since 2019, go on day and night.",
    ],
)
def test_other_checks_or_checks_not_made_are_none(nlp: Language, text: str) -> None:
    assert _checks(nlp, text) == []
