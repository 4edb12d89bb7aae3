"""A collector of customs or of a district holds an office, not a body's name.

"the Collector of Customs, Mrs X" (the head of a customs department in many Commonwealth
administrations) and "the District Collector, Y" (a district's chief officer) were read as
organizations by the tagger, and the person beside them held no office. "Collector" is an office
word like "Commissioner" or "Comptroller". Sentences and names are invented; three wordings,
through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder, titles_by_holder


@pytest.mark.parametrize(
    ("text", "holder", "title", "post"),
    [
        (
            "Jamaica's Collector of Customs, Orrin Blakewell, said the scanners at the wharf would be replaced in May.",
            "person/orrin-blakewell",
            "Collector of Customs",
            "state/JM",
        ),
        (
            "Malta has doubled its checks at the port of Valletta. The cigarettes were under a load of melons, "
            "the Collector of Customs, Mrs Tessa Brightwater, told reporters.",
            "person/tessa-brightwater",
            "Collector of Customs",
            "state/MT",
        ),
        (
            "The District Collector, Priya Wankhede, ordered schools in the district of Kerala closed after the "
            "floods in India.",
            "person/priya-wankhede",
            "District Collector",
            "state/IN",
        ),
    ],
)
def test_positions_collector_is_an_office(nlp: Language, text: str, holder: str, title: str, post: str) -> None:
    assert titles_by_holder(nlp, text)[holder] == title
    assert posts_by_holder(nlp, text)[holder] == {post}
