"""A force that reinforces a place is sent there, whichever way the sentence turns it: the counted
force as the verb's own subject ("another 150 soldiers will reinforce the X province", "Some 90
officers reinforced the Y post"), or a place reinforced "with" the force whose object names no
place of its own but the verb or the object says where ("has reinforced its presence in the
north of X with 75 troops"). Uncounted subjects ("the police reinforced the post") and
reinforcements that are no force ("reinforced her position with a speech") stay silent.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2025, 4, 9)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Harrow Vale": ("region/harrow-vale", "Region"),
    "Orlask": ("checkpoint/orlask", "Checkpoint"),
    "Nordavian Army": ("agency/nordavian-army", "Agency"),
    "Ilse Marrow": ("person/ilse-marrow", "Person"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.count is not None]


@pytest.mark.parametrize(
    ("text", "place", "count"),
    [
        ("From Friday, another 150 soldiers will reinforce Harrow Vale, the ministry said.", "region/harrow-vale", 150),
        ("Some 90 police officers reinforced the Orlask checkpoint overnight.", "checkpoint/orlask", 90),
        (
            "Four hundred and twenty marines have reinforced Harrow Vale since the storm, officials said.",
            "region/harrow-vale",
            420,
        ),
    ],
)
def test_a_counted_force_that_reinforces_a_place_is_sent_there(
    nlp: Language, text: str, place: str, count: int
) -> None:
    (event,) = _deployments(nlp, text)
    assert event.count == count
    assert place in event.place


@pytest.mark.parametrize(
    "text",
    [
        "The Nordavian Army has reinforced its presence in the north of Harrow Vale with 75 troops since"
        " Sunday, a spokesman said.",
        "Since Sunday the Nordavian Army has bolstered its footprint on the hills of Harrow Vale with 75 soldiers.",
    ],
)
def test_a_presence_reinforced_with_a_force_is_where_the_verb_says(nlp: Language, text: str) -> None:
    (event,) = _deployments(nlp, text)
    assert event.count == 75
    assert event.place == ("region/harrow-vale",)
    assert event.agent == ("agency/nordavian-army",)


@pytest.mark.parametrize(
    "text",
    [
        "The police reinforced the Orlask checkpoint on Friday.",
        "Ilse Marrow reinforced her position in Harrow Vale with a speech on Friday.",
        "The 12 ministers reinforced their ties with Harrow Vale on Friday.",
    ],
)
def test_no_counted_force_no_reinforcement(nlp: Language, text: str) -> None:
    assert not [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Event"]
