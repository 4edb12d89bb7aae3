"""A town the gazetteers know, at one end of a route, is a place whatever the other end is.

"the track from Dovrek to Muang Xay", "the bridge between Dovrek and Vang Vieng": the model reads
such a name as a person; one end being a village no table has does not make the known end
anything but a town. Invented villages at the other end, real towns the tables know.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ministry will pave the track from Dovrek to Muang Xay next year.", "Muang Xay"),
        ("The new bridge between Dovrek and Vang Vieng opened on Friday.", "Vang Vieng"),
        (
            "Officials opened the Tolvo Unity Bridge between Dovrek and Sakon Nakhon on Friday.",
            "Sakon Nakhon",
        ),
    ],
)
def test_entities_known_town_at_a_route_end_is_a_settlement(nlp: Language, text: str, name: str) -> None:
    assert "Settlement" in linked_types(nlp, text).get(name, set())


def test_entities_person_after_to_without_a_route_stays_a_person(nlp: Language) -> None:
    """No "from" or "between" opens a route: a name after "to" alone is whatever it was."""
    types = linked_types(nlp, "The minister spoke to Jana Penhallow on Friday.")
    assert "Settlement" not in types.get("Jana Penhallow", set())
