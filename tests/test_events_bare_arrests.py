"""A counted arrest is a reported fact even when the sentence names neither the arrester nor the
place ("Six suspects have been arrested"); partners "in cooperation with X" arrest too; "near the
border town of X" puts it in the town. People caught while crossing and headline arrests stay
silent: the crossing, and the body's own report, are the events. People held at a border on
suspicion of smuggling moved others across: theirs is an arrest.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark Police": ("agency/kesselmark-police", "Agency"),
    "Tarrow": ("settlement/tarrow", "Settlement"),
}


def _arrests(nlp: Language, text: str, heading: str = "") -> list[Event]:
    text = heading + "OSTRAVEN, Varnolia, 10 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Six suspects have been arrested and the inquiry goes on.", 6),
        ("The police arrested three people after the chase.", 3),
        ("Nine suspected smugglers were detained on Monday morning.", 9),
    ],
)
def test_a_counted_arrest_needs_no_named_argument(nlp: Language, text: str, count: int) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.count == count


@pytest.mark.parametrize(
    "text",
    [
        "In cooperation with the Kesselmark Police, officers arrested seven persons suspected of smuggling.",
        "Together with the Kesselmark Police, officers detained seven people on Friday night.",
    ],
)
def test_a_partner_in_cooperation_arrests_too(nlp: Language, text: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.agent == ("agency/kesselmark-police",)
    assert arrest.count == 7


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 37 people near the border town of Tarrow on Wednesday night.",
        "Officers detained 37 suspects outside the border village of Tarrow.",
    ],
)
def test_a_border_town_is_no_border(nlp: Language, text: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.place == ("settlement/tarrow",)
    assert arrest.count == 37


@pytest.mark.parametrize(
    "text",
    [
        "Forty-two men were held as they tried to get over the state border between two checkpoints.",
        "Officers detained 42 people as they tried to enter Varnolia through the forest.",
        "Police detained 38 foreign nationals, including 9 children, thought to have come into the country by boat.",
        "At the Tarrow crossing point, two travellers were detained after presenting forged passports.",
    ],
)
def test_people_caught_crossing_or_held_at_a_crossing_are_no_arrest(nlp: Language, text: str) -> None:
    assert _arrests(nlp, text) == []


@pytest.mark.parametrize(
    "heading",
    ["POLICE DETAIN 12 PERSONS IN DAWN RAID\n\n", "Twelve people held in dawn raid\n\n"],
)
def test_a_headline_arrest_with_no_argument_is_no_event(nlp: Language, heading: str) -> None:
    assert _arrests(nlp, "The raid was announced on Monday.", heading) == []


def test_people_who_helped_others_cross_are_arrested(nlp: Language) -> None:
    (arrest,) = _arrests(nlp, "Police arrested five men who had helped migrants cross the river.")
    assert arrest.count == 5


@pytest.mark.parametrize(
    "text",
    [
        '"Three drivers were arrested as well," the commander said.',
        "\u201cWe can confirm that four more suspects have been detained,\u201d the spokeswoman said.",
    ],
)
def test_a_bare_arrest_in_quotation_marks_is_an_aside(nlp: Language, text: str) -> None:
    assert _arrests(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers detained five men on suspicion of migrant smuggling during border checks on Saturday.",
        "Three drivers suspected of human trafficking were detained at the border crossing on Sunday.",
    ],
)
def test_people_held_as_smugglers_at_a_border_are_arrested(nlp: Language, text: str) -> None:
    """The grounds of the hold name smuggling: those held moved others across, no crossing of theirs."""
    (arrest,) = _arrests(nlp, text)
    assert arrest.count in (3, 5)
