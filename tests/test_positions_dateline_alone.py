"""A bare title's state in a briefing whose dateline is a town alone on its own line: the town's
state, not the neighbour the briefing names most."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "home"),
    [
        (
            "Kitwe\n\nHome Affairs Minister Chanda Mwelwa said on Sunday that 40 bags of maize had been seized. "
            "Zambian officers made the arrests. Tanzania had asked for the checks, and Tanzania sent two liaison "
            "officers. Tanzania will be told of the results.",
            "person/chanda-mwelwa",
            "state/ZM",
        ),
        (
            "Mbeya\n\nRegional Commissioner Chitalu Kaluba told reporters on Saturday that three lorries had been "
            "stopped. Tanzanian customs officers made the checks. Zambia asked for the drivers, and Zambia sent "
            "a team. Zambia thanked the officers.",
            "person/chitalu-kaluba",
            "state/TZ",
        ),
    ],
)
def test_positions_dateline_alone_gives_the_title_its_state(nlp: Language, text: str, holder: str, home: str) -> None:
    """The holder's post is in the dateline town's state."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    posts = [p.post_in for p in find_positions(doc, article, find_entities(doc, article)) if p.holder == holder]
    assert posts == [home]
