"""A greeting in another language ("Senhor Ministro", "Señora Ministra", "Madame la
Présidente") is a form of address and no name; an address before a personal name keeps the person.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Senhor Ministro, thank you for receiving our delegation this morning.", "Presidente"),
        ("QUESTION: Señora Ministra, when will the bridge at the river reopen?", "Ministra"),
        ('"Merci, Madame la Présidente," the envoy replied before the talks began.', "Présidente"),
        ("Signor Ministro, the floor is yours for five minutes.", "Ministro"),
    ],
)
def test_entities_foreign_greeting_is_no_name(nlp: Language, text: str, greeting: str) -> None:
    assert not [name for name in linked_types(nlp, text) if greeting in name]


def test_entities_foreign_address_before_name_keeps_person(nlp: Language) -> None:
    types = linked_types(nlp, "Señora Belmonte Arriaga told reporters the bridge would reopen on Monday.")
    assert [t for name, t in types.items() if "Arriaga" in name] == [{"Person"}]
