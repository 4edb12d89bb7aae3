"""Figures whose sentence credits them through a noun of data: "Figures presented by X showed
that ...", "Data released by X show ...", "Figures from X indicate ...", "X statistics show ...":
X is the figure's source (``kg:reportedBy``), as after "according to figures released by X".
Data credited to no one name no source.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Sweden": ("state/SE", "State"),
    "Norway": ("state/NO", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Migration Board": ("agency/migration-board-sweden", "Agency"),
}


def _source(nlp: Language, text: str) -> tuple[str, ...]:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == 41000]
    return flow.reported_by


@pytest.mark.parametrize(
    "text",
    [
        "Figures presented by the Migration Board showed that 41,000 people crossed into Sweden through "
        "Velmora from January to May.",
        "Data released by the Migration Board show that 41,000 people entered Sweden in May.",
        "Figures from the Migration Board indicate that 41,000 people entered Sweden in May.",
        "Migration Board statistics show that 41,000 people entered Sweden in May.",
    ],
)
def test_events_data_noun_credits_its_source(nlp: Language, text: str) -> None:
    assert _source(nlp, text) == ("agency/migration-board-sweden",)


def test_events_data_credited_to_no_one_name_no_source(nlp: Language) -> None:
    text = "Figures published on Monday show that 41,000 people from Norway entered Sweden in May."
    assert _source(nlp, text) == ()
