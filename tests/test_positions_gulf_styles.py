"""A Gulf style before a name that holds an office is no office of its own: "Sheikh X,
Undersecretary of the Ministry of Foreign Affairs", "His Highness Sheikh Y, Minister of Defence",
"Sayyid Z, the Governor of W" hold the office, and "Sheikh" and "Sayyid" are how they are
addressed, as "Prince" is. Alone, "Sheikh X" keeps it (a tribe's sheikh is an office).

Every name here is invented for the test; the class is shown in two or more wordings, with a near
miss that keeps its title.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.title for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    "text",
    [
        "Sheikh Rashid bin Talal Al Mazrui, Undersecretary at the Oman Foreign Ministry, joined the talks on Monday.",
        "His Highness Sheikh Jabir bin Ali Al Sabah, Minister of Defence of Kuwait, opened the exercise.",
        "Sayyid Hamad bin Nasir Al Harthi, the Governor of Musandam, welcomed the delegation.",
    ],
)
def test_a_gulf_style_beside_an_office_is_no_office(nlp: Language, text: str) -> None:
    titles = {t.lower() for t in _titles(nlp, text)}
    assert titles and not titles & {"sheikh", "sayyid"}


def test_a_sheikh_alone_keeps_the_title(nlp: Language) -> None:
    assert _titles(nlp, "Sheikh Rashid bin Talal Al Mazrui visited the flooded villages on Monday.") == {"Sheikh"}
