"""A referendum its sentence does not place, in a release with no dateline about one state: "the
referendum held yesterday on the land law", where the text names that state and no other. That
state is the vote's place; in a text naming other states too (which often mention other states'
votes in passing) the vote stays unplaced and is left out.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2031, 3, 10)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostravia": ("state/ostravia", "State"),
}


def _referendums(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    "text",
    [
        "The Electoral Board publishes the provisional results of the referendum held yesterday on the "
        "new land law. The law was passed by the parliament of Veltrania in March, and the government of "
        "Veltrania thanked the observers.",
        "Turnout in Sunday's plebiscite on the coastal law reached 58%, the electoral tribunal said. "
        "The tribunal of Veltrania will publish the final figures on Friday, and the parliament of "
        "Veltrania will meet next week.",
    ],
)
def test_unplaced_referendum_is_the_story_states(nlp: Language, text: str) -> None:
    (vote,) = _referendums(nlp, text)
    assert vote.place == ("state/veltrania",)


@pytest.mark.parametrize(
    "text",
    [
        "The Electoral Board publishes the provisional results of the referendum held yesterday on the "
        "new land law. Observers from Ostravia and from Veltrania called the day calm.",
        "The Electoral Board publishes the provisional results of the referendum held yesterday on the "
        "new land law. The parliament of Veltrania passed it in March; Veltrania's observers came from "
        "Ostravia.",
    ],
)
def test_unplaced_referendum_in_a_text_of_several_states_is_left_out(nlp: Language, text: str) -> None:
    assert _referendums(nlp, text) == []
