"""Two counted groups deployed together: "620 police officers and 410 soldiers of the X have been
deployed in Y". Each group is a deployment with its own figure, the second with its own body (the
"of" phrase after it) as agent; a group with no number of its own ("200 officers and border guards")
adds none.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Thursday.
PUB = date(2026, 7, 9)
NAMES = {"Velmora": ("region/velmora", "Region"), "Tarnovian Army": ("agency/tarnovian-army", "Agency")}


def _deployments(nlp: Language, text: str) -> dict[int | None, tuple[tuple[str, ...], str | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: (e.agent, e.start_date or e.date) for e in events if e.label.startswith("Deployment")}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Since Monday, 620 officers and 410 soldiers of the Tarnovian Army have been deployed in Velmora.", 620, 410),
        ("The state deployed 200 officers and 150 soldiers of the Tarnovian Army to Velmora on Monday.", 200, 150),
    ],
)
def test_each_counted_group_is_a_deployment(nlp: Language, text: str, first: int, second: int) -> None:
    found = _deployments(nlp, text)
    assert found[first] == ((), "2026-07-06")
    assert found[second] == (("agency/tarnovian-army",), "2026-07-06")


def test_an_uncounted_group_adds_no_deployment(nlp: Language) -> None:
    text = "The ministry deployed 200 police officers and border guards to Velmora on Monday."
    assert list(_deployments(nlp, text)) == [200]


@pytest.mark.parametrize(
    "text",
    [
        "The Tarnovian Army has sent 2,360 soldiers and 74 vehicles to Velmora since Monday.",
        "Since Monday, 2,360 officers and 40 trucks of the Tarnovian Army have been deployed in Velmora.",
    ],
)
def test_things_sent_with_a_force_are_no_deployment(nlp: Language, text: str) -> None:
    assert list(_deployments(nlp, text)) == [2360]
