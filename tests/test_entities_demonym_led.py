"""kg.extract.entities: a body written after a demonym keeps that written form as one of its names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _names(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {n for e in find_entities(doc, article) for n in (e.name, *e.aliases)}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Jets of the Zambian Air Force struck two camps on Sunday, the military said.", "Zambian Air Force"),
        ("Volunteers of the Kenyan Red Cross handed out blankets in the camp.", "Kenyan Red Cross"),
        ("The Ghanaian Armed Forces said patrols along the coast would continue.", "Ghanaian Armed Forces"),
    ],
)
def test_entities_demonym_led_body_keeps_its_written_form(nlp: Language, text: str, written: str) -> None:
    assert written in _names(nlp, text)


def test_entities_demonym_led_person_gets_no_such_name(nlp: Language) -> None:
    names = _names(nlp, "The Kenyan runner Amos Kiptoo won the race in Berlin on Sunday.")
    assert "Kenyan Amos Kiptoo" not in names


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Sri Lankan Directorate of Fisheries Inspection said the trawler was held.",
            "Sri Lankan Directorate of Fisheries Inspection",
        ),
        (
            "The Sierra Leonean Directorate of Prisons said the inmates were moved.",
            "Sierra Leonean Directorate of Prisons",
        ),
    ],
)
def test_entities_demonym_led_by_a_demonym_of_two_words(nlp: Language, text: str, written: str) -> None:
    """A demonym of two words ("Sri Lankan") opening a body's name is cut from the body as a
    one-word one is, and the body is not lost to the state the demonym names."""
    assert written in _names(nlp, text)
