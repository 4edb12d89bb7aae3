"""Offices shared out between two leaders: "their foreign ministers, X and Y" gives X the state of
the first-named leader and Y the second's; when the list and the leaders are not as many, the
offices are left as the context gives them.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import posts_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "The President of Portugal, Olmar Vesketh, spoke on Monday with the President of Finland, Kesti Lundarva. "
        "The two leaders agreed that their foreign ministers, Arnis Tolveyra and Bera Quonnel, would meet in June.",
        "President Olmar Vesketh of Portugal received President Kesti Lundarva of Finland in the capital. "
        "Their defence ministers, Arnis Tolveyra and Bera Quonnel, signed a plan.",
    ],
)
def test_each_minister_serves_the_leader_in_its_place(nlp: Language, text: str) -> None:
    posts = posts_by_holder(nlp, text)
    assert posts["person/arnis-tolveyra"] == {"state/PT"}
    assert posts["person/bera-quonnel"] == {"state/FI"}


def test_lists_of_unequal_length_are_left_alone(nlp: Language) -> None:
    text = (
        "President Olmar Vesketh of Portugal received President Kesti Lundarva of Finland in the capital. "
        "Their foreign ministers, Arnis Tolveyra, Bera Quonnel and Marto Selvik, drafted a plan."
    )
    posts = posts_by_holder(nlp, text)
    assert posts.get("person/arnis-tolveyra") == posts.get("person/bera-quonnel")
