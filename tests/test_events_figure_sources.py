"""Figures credited to whoever a sentence says gives them: "The latest figures from X: 960 people
have crossed ..." in one sentence, and "X has released its weekly figures. Some 3,170 people entered
..." across two, where the figures follow in the sentences after; a figure with its own source, or a
sentence about figures that counts nothing and is followed by none, changes nothing.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 4, 16)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Frontier Directorate": ("agency/frontier-directorate", "Agency"),
    "Registry Board": ("agency/registry-board", "Agency"),
    "Kessmarch": ("kessmarch", "Checkpoint"),
    "Ostrelka": ("ostrelka", "Checkpoint"),
}


def _sources(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    return {e.count: e.reported_by for e in named_events(nlp, text, NAMES, PUB) if e.count is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Newest tally from the Frontier Directorate: 960 travellers have crossed into Norvalia at Kessmarch "
            "since dawn.",
            {960: ("agency/frontier-directorate",)},
        ),
        (
            "The Frontier Directorate has released its weekly figures. Some 3,170 people entered Norvalia at "
            "Kessmarch last week. Another 1,200 came in through Ostrelka.",
            {3170: ("agency/frontier-directorate",), 1200: ("agency/frontier-directorate",)},
        ),
        (
            "On Tuesday the Registry Board published fresh data on the border. In March, 41,200 people arrived in "
            "Norvalia from Tarnia.",
            {41200: ("agency/registry-board",)},
        ),
    ],
)
def test_figures_take_the_source_their_sentence_names(
    nlp: Language, text: str, expected: dict[int, tuple[str, ...]]
) -> None:
    assert _sources(nlp, text) == expected


def test_a_figure_with_its_own_source_keeps_it(nlp: Language) -> None:
    text = (
        "The Frontier Directorate has released its weekly figures. According to the Registry Board, 2,300 people "
        "entered Norvalia at Kessmarch last week."
    )
    assert _sources(nlp, text) == {2300: ("agency/registry-board",)}
