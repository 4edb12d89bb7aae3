"""A personal name whose given name is two syllables joined by a hyphen, the second written in
lower case ("Jae-hyuk", "Mei-ling"), as romanised Korean and Chinese names are. The second syllable
read as a lower-case word inside the name, so the name was taken for a phrase and dropped; and
the NER may stop the name before the hyphen ("Seo Jae" of "Seo Jae-hyuk").

Every sentence and name is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Defence Minister Yoon Jae-hyuk said on Monday that the drills would go ahead.", "Yoon Jae-hyuk"),
        ("The talks were useful, Tsai Mei-ling told reporters in the capital on Friday.", "Tsai Mei-ling"),
        ("Deputy Chairperson Ko Hae-joon added that every polling station had opened on time.", "Ko Hae-joon"),
    ],
)
def test_a_given_name_joined_by_a_hyphen_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Person", kg_entity_types(nlp, text)


def test_a_lower_case_compound_is_no_name(nlp: Language) -> None:
    types = kg_entity_types(nlp, "Cross-border lorry traffic dropped sharply during the spring months.")
    assert not any("border" in name for name in types), types
