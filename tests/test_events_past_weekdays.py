"""A past figure for a weekday range ("Between Friday and Sunday, 4,300 crossed") in a paper of that
Friday covers the days before, not the ones ahead; a closure still to come keeps the days ahead.

Every sentence is invented for the test, each class in two or more wordings. Entities are built by
hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Friday in May.
FRIDAY = date(2027, 5, 14)

NAMES = {
    "Ruritania": ("state/RU-X", "State"),
    "Borduria": ("state/BO-X", "State"),
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
    "Palau": ("state/PW", "State"),
    "Palau Coast Guard": ("agency/palau-coast-guard", "Agency"),
}


def _events(nlp: Language, text: str, published: date) -> tuple[Event, ...]:
    entities = entities_named(text, NAMES)
    return find_events(nlp(text), Article(id="t", text=text, source="test", published=published), entities, ())


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        (
            "Between Friday and Sunday, 4,300 people crossed into Ruritania from Borduria.",
            FRIDAY,
            ("2027-05-07", "2027-05-09"),
        ),
        (
            "From Friday to Sunday the Palau Coast Guard intercepted 320 people trying to reach Palau.",
            FRIDAY,
            ("2027-05-07", "2027-05-09"),
        ),
        (
            "Between Monday and Wednesday, 4,300 people have crossed into Ruritania from Borduria.",
            date(2027, 5, 17),
            ("2027-05-10", "2027-05-12"),
        ),
    ],
)
def test_events_past_weekdays_a_past_figure_ends_before_publication(
    nlp: Language, text: str, published: date, period: tuple[str, str]
) -> None:
    (ev,) = [e for e in _events(nlp, text, published) if e.type == "BorderCrossing"]
    assert (ev.start_date, ev.end_date) == period


def test_events_past_weekdays_a_closure_to_come_keeps_the_days_ahead(nlp: Language) -> None:
    (ev,) = [e for e in _events(nlp, "Ruritania will close Elm Bridge between Friday and Sunday.", FRIDAY)]
    assert (ev.start_date, ev.end_date) == ("2027-05-14", "2027-05-16")
