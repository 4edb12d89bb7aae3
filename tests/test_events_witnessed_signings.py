"""Texts signed at a meeting without a signatory in the signing clause: the heads who "witnessed"
or "attended" the signing, or a passive with no doer after the meeting is reported ("Three
accords were then signed"), are signed by the sides of that meeting, at its place; signatories a
participle names ("signed by X") are taken instead; a doerless signing in a text that reports no
meeting stays out (nothing says who signed).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2026, 6, 18)

NAMES = {
    "Ilse Marwick": ("person/ilse-marwick", "Person"),
    "Tobin Arkell": ("person/tobin-arkell", "Person"),
    "Castellmar": ("settlement/castellmar", "Settlement"),
    "Brelland": ("state/brelland", "State"),
    "Fenwright": ("state/fenwright", "State"),
}

MEETING = (
    "In Castellmar on Tuesday, Prime Minister Ilse Marwick of Brelland received President Tobin Arkell of Fenwright. "
)


def _signings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if not e.label.startswith(("Meeting", "Talks", "Visit"))]


@pytest.mark.parametrize(
    "text",
    [
        MEETING + "The two leaders then witnessed the signing of four instruments on energy and transport.",
        MEETING + "Five instruments were signed as the visit closed:\n(a) a Treaty on water;"
        "\n(b) a Memorandum on railways.",
        MEETING + "Three accords on fisheries, ports and customs were concluded before the guests left.",
    ],
)
def test_a_signing_at_a_meeting_is_done_by_its_sides(nlp: Language, text: str) -> None:
    (signing,) = _signings(nlp, text)
    assert set(signing.agent) == {"person/ilse-marwick", "person/tobin-arkell"}
    assert "settlement/castellmar" in signing.place


@pytest.mark.parametrize(
    "text",
    [
        "Five instruments were signed as the year closed:\n(a) a Treaty on water;\n(b) a Memorandum on railways.",
        "Three accords on fisheries, ports and customs were concluded last year.",
    ],
)
def test_a_signing_with_no_meeting_names_nobody(nlp: Language, text: str) -> None:
    assert _signings(nlp, text) == []


def test_signatories_named_by_a_participle_sign_rather_than_the_witnesses(nlp: Language) -> None:
    names = {**NAMES, "Rona Pell": ("person/rona-pell", "Person")}
    text = (
        MEETING + "Both heads of government then attended the signing of an accord on fisheries, signed for"
        " Brelland by its fisheries minister, Rona Pell."
    )
    (signing,) = [e for e in named_events(nlp, text, names, PUB) if e.label.startswith("Accord")]
    assert "person/rona-pell" in signing.agent
    assert "person/ilse-marwick" not in signing.agent
