"""A one-word name led by "the" ("the Kurvasta approved the law") names an institution, not a person.

The NER reads an unfamiliar parliament's or council's one-word name as a person's; a person's name
stands without an article. A name that only modifies a noun ("the Obama administration") is left
to its own reading.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The law was passed by the Hovsalla on Thursday, and the Hovsalla sent it to the president.", "Hovsalla"),
        ("The president of the Ostmarka said that the Ostmarka would not sit in August.", "Ostmarka"),
    ],
)
def test_entities_article_led_name_is_no_person(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Organization"}


def test_entities_name_modifying_a_noun_keeps_its_reading(nlp: Language) -> None:
    text = "Analysts said the Merkel government and the opposition disagreed."
    assert linked_types(nlp, text).get("Merkel") == {"Person"}
