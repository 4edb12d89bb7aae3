"""Rescues as coast guard and police releases word them: the count as a capitalised number word
opening the sentence (the parser reads it as an adjective, or as a proper noun after a dateline),
the people saved as a participle on another verb ("carried six passengers rescued near X to
Y"), and the place as a compass bearing from an island or town ("south of X"). An ordinal counts
nobody.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Saturday.
PUB = date(2026, 8, 22)

NAMES = {
    "Skerrant Marine Police": ("agency/skerrant-marine-police", "Agency"),
    "Tallow Island": ("region/tallow-island", "Region"),
    "Port Vashti": ("settlement/port-vashti", "Settlement"),
}


def _rescues(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Rescue")]


@pytest.mark.parametrize(
    "text",
    [
        "PORT VASHTI, 22 August - Thirteen tourists from a capsized pleasure boat were rescued by the"
        " Skerrant Marine Police overnight.",
        "Thirteen tourists from a pleasure boat that capsized near Tallow Island were rescued by the"
        " Skerrant Marine Police overnight.",
    ],
)
def test_a_number_word_opening_the_sentence_counts_the_rescued(nlp: Language, text: str) -> None:
    (rescue,) = _rescues(nlp, text)
    assert rescue.count == 13
    assert rescue.agent == ("agency/skerrant-marine-police",)


@pytest.mark.parametrize(
    "text",
    [
        "A Skerrant Marine Police launch carried six passengers rescued near Tallow Island to Port Vashti.",
        "Police brought ashore six passengers rescued from a yacht that sank south of Tallow Island.",
    ],
)
def test_people_rescued_in_a_participle_are_a_rescue_placed_by_its_phrase(nlp: Language, text: str) -> None:
    (rescue,) = _rescues(nlp, text)
    assert rescue.place == ("region/tallow-island",)
    assert rescue.count == 6


def test_an_ordinal_counts_nobody(nlp: Language) -> None:
    text = "Fifth in line, the crew members were rescued on Thursday by the Skerrant Marine Police."
    assert all(e.count is None for e in _rescues(nlp, text))
