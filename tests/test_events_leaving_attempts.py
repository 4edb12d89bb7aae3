"""Attempts told in a clause on the people counted, and attempts at leaving.

"patrols detected 127 migrants who were trying to enter X" counts the people the clause describes;
"... trying to leave X illegally towards Y" comes from X and goes towards Y. An attempt at leaving
with nowhere named is never an attempt into the state left (nor into the one that stopped it), and
a stop that reads its own figure ("stopped 285 people who were trying to ...") makes one attempt.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Norvalian Border Police": ("agency/norvalian-border-police", "Agency"),
}


def _attempts(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            "In the same week, patrols detected 127 migrants who were trying to enter Norvalia illegally from Tarnia.",
            ("state/tarnia",),
            ("state/norvalia",),
        ),
        (
            "That week patrols detected 127 migrants who were trying to leave Norvalia illegally towards Tarnia.",
            ("state/norvalia",),
            ("state/tarnia",),
        ),
        (
            "On Sunday border guards stopped 127 people trying to leave Norvalia illegally towards Tarnia.",
            ("state/norvalia",),
            ("state/tarnia",),
        ),
    ],
)
def test_the_people_an_attempt_clause_describes_are_counted(
    nlp: Language, text: str, origin: tuple[str, ...], destination: tuple[str, ...]
) -> None:
    (attempt,) = _attempts(nlp, text)
    assert (attempt.count, attempt.origin, attempt.destination) == (127, origin, destination)


def test_an_attempt_at_leaving_goes_nowhere_unnamed(nlp: Language) -> None:
    text = "Last month 415 people tried to leave Norvalia illegally, the Norvalian Border Police said."
    assert all("state/norvalia" not in e.destination for e in _attempts(nlp, text))


def test_a_stop_that_reads_its_figure_makes_one_attempt(nlp: Language) -> None:
    text = "Border guards stopped 285 people who were trying to enter Norvalia from Tarnia."
    assert [e.count for e in _attempts(nlp, text)] == [285]


def test_the_country_a_described_group_tried_to_enter_is_the_story_s(nlp: Language) -> None:
    text = (
        "Norvalia recorded steady traffic on Sunday, and officials in Norvalia expect more. At the crossing on "
        "the border with Tarnia, lorries waited two hours. Officers detected nine people who tried to enter "
        "the country without papers."
    )
    (attempt,) = (e for e in _attempts(nlp, text) if e.count == 9)
    assert attempt.destination == ("state/norvalia",)


def test_the_country_is_no_state_named_in_passing(nlp: Language) -> None:
    text = (
        "Traffic was steady on Sunday. At the crossing on the border with Tarnia, lorries waited two hours. "
        "Officers detected nine people who tried to enter the country without papers."
    )
    assert all("state/tarnia" not in e.destination for e in _attempts(nlp, text))
