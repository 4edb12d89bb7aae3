"""A body referred to by its noun ("the Ministry", "the agency") is the one whose own name has that
noun, however far back, and of several the one the text names most, not the last body of any kind:
"the Ministry reported" after a paragraph about the coast guard is the ministry's.

Every sentence is invented for the test, in two or more wordings. Entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 7, 3)
NAMES = {
    "Andorra": ("state/AD", "State"),
    "Ministry of Home Affairs": ("agency/home-affairs-andorra", "Agency"),
    "Ministry of Culture": ("agency/culture-andorra", "Agency"),
    "Andorran Border Police": ("agency/border-police-andorra", "Agency"),
}


def _sources(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.reported_by for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Home Affairs sent more staff to the north. The Ministry of Home Affairs said the "
        "situation was calm. The Andorran Border Police stopped a van on Monday. "
        "Since 1 January, 1,870 people have entered Andorra, the Ministry reported.",
        "The Ministry of Home Affairs opened two centres. Its staff met the Ministry of Home Affairs "
        "inspectors. The Ministry of Culture will hold a festival. "
        "Since 1 January, 1,870 people have entered Andorra, according to the Ministry.",
    ],
)
def test_events_called_bodies_by_their_noun(nlp: Language, text: str) -> None:
    assert _sources(nlp, text)[1870] == ("agency/home-affairs-andorra",)
