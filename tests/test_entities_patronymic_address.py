"""A given name and a patronymic ("dear Jo Ivanovich") is the polite form of address of the person
the text names in full, not a body or a second person, and "Dear" is no part of the name.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "address", "full"),
    [
        (
            "Talks of President Ruslan Timurovich Akhmedov with his guest\n\n"
            "GUEST: Dear Ruslan Timurovich, thank you for the invitation.",
            "Ruslan Timurovich",
            "Ruslan Timurovich Akhmedov",
        ),
        (
            "Zarina Kamolovna Saidova, who chairs the regional council, opened the session on Friday.\n\n"
            "VISITING MINISTER: Dear Zarina Kamolovna, thank you for a warm welcome to your province.",
            "Zarina Kamolovna",
            "Zarina Kamolovna Saidova",
        ),
    ],
)
def test_patronymic_address_joins_the_full_name(nlp: Language, text: str, address: str, full: str) -> None:
    links = link_mentions(nlp(text))
    owners = {lk.name for lk in links if lk.text == address}
    assert owners == {full}
    assert not [lk for lk in links if lk.text.lower().startswith("dear")]


@pytest.mark.parametrize(
    "text",
    [
        "PRESIDENT: Dear Tolib Rustamovich, I thank you for coming to our capital in such weather.",
        "The host raised his glass. To you, dear Tolib Rustamovich, he said, and to the long friendship.",
    ],
)
def test_patronymic_address_alone_is_a_person(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert types.get("Tolib Rustamovich") == {"Person"}
    assert not [name for name in types if name.lower().startswith("dear")]
