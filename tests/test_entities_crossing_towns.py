"""A crossing named after its town, and the town itself in the same text: two places, two nodes.

Invented sentences through the real model: "the X border post" made every bare "X" a checkpoint,
so "migrants were found near X" put the town's name on the crossing and left the town out.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.crossing_towns import crossings_apart_from_towns
from kg.extract.entities import link_mentions
from kg.extract.links import Linked


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        (
            "Traffic at the Velsar border post doubled on Monday. Police found nine migrants in a van near Velsar.",
            "Velsar border post",
        ),
        (
            "The Kormeni crossing reopened on Friday after a week of repairs. "
            "Farmers who live outside Kormeni said the queues had already returned.",
            "Kormeni crossing",
        ),
    ],
)
def test_entities_crossing_towns_town_and_crossing_apart(nlp: Language, text: str, crossing: str) -> None:
    town = crossing.split()[0]
    found = {(lk.type, lk.name) for lk in link_mentions(nlp(text))}
    assert ("Settlement", town) in found
    assert ("Checkpoint", crossing) in found
    assert ("Checkpoint", town) not in found


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        (
            "Queues at the Kestrova post have grown since June, and the ministry has posted six more clerks to"
            " Kestrova on the border with Zambia.",
            "Kestrova post",
        ),
        (
            "Two customs officers were assigned to Tamberin last week. The Tamberin border post still closes"
            " at six, traders crossing from Namibia complain.",
            "Tamberin border post",
        ),
    ],
)
def test_entities_crossing_towns_staff_posted_to_the_town(nlp: Language, text: str, crossing: str) -> None:
    town = crossing.split()[0]
    found = {(lk.type, lk.name) for lk in link_mentions(nlp(text))}
    assert ("Settlement", town) in found
    assert ("Checkpoint", crossing) in found


def test_entities_crossing_towns_a_crossing_alone_keeps_its_name() -> None:
    text = "Lorries queued at the Velsar border post."
    link = Linked(text.index("Velsar"), text.index("Velsar") + 6, "Velsar", "Checkpoint", "checkpoint/velsar", "Velsar")
    assert crossings_apart_from_towns(text, [link]) == [link]


def test_entities_crossing_towns_kind_words_before_the_name() -> None:
    text = "Queues grew at the border crossing at Velsar, and shops in the town of Velsar shut."
    first, second = text.index("Velsar"), text.rindex("Velsar")
    links = [
        Linked(first, first + 6, "Velsar", "Checkpoint", "checkpoint/velsar", "Velsar"),
        Linked(second, second + 6, "Velsar", "Settlement", "settlement/velsar", "Velsar"),
    ]
    renamed = crossings_apart_from_towns(text, links)
    assert (renamed[0].name, renamed[0].key) == ("Velsar border crossing", "checkpoint/velsar-border-crossing")
    assert renamed[1] == links[1]
