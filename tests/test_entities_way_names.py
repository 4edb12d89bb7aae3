"""kg.nlp.kinds: a name before a lower-case way or landing noun ("the X road") is a town's, no person's."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Queues reached the Tovela roundabout before seven.", "Tovela"),
        ("The road from Sambrel to Orvani is cut at the Mivasoa junction.", "Mivasoa"),
        ("Fishermen unload their catch at the Kelvaro landing each dawn.", "Kelvaro"),
        ("At the southern post, where the Marivoa ferry crosses the river, 2,100 travellers were counted.", "Marivoa"),
        ("The post has been closed since the Tadunga road on the other side was flooded.", "Tadunga"),
    ],
)
def test_entities_name_before_a_way_noun_is_a_town(nlp: Language, text: str, name: str) -> None:
    assert (name, "Settlement") in found_entities(nlp, text)


@pytest.mark.parametrize("text", ["The Golden Gate ferry was late.", "Traffic on the Main road was slow."])
def test_entities_common_words_before_a_way_noun_name_no_town(nlp: Language, text: str) -> None:
    assert not any(type_ == "Settlement" for _, type_ in found_entities(nlp, text))
