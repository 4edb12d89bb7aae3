"""Where an office is held when its title names no body: a governor's province, a mayor's town,
the state named after the holder elsewhere ("X of Y"), the state of a bulletin's own story."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _posts(nlp: Language, text: str, holder: str, publisher: str | None = None) -> set[str | None]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    return {p.post_in for p in find_positions(doc, article, find_entities(doc, article)) if p.holder == holder}


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "The Governor of Kerman Province, Tomas Brenn, opened a new hospital in Bam on Sunday.",
            "person/tomas-brenn",
            "region/kerman",
        ),
        (
            "The Mayor of Springfield, Jane Holt, said the bridge would reopen in May.",
            "person/jane-holt",
            "settlement/springfield",
        ),
        (
            "Heavy rain fell overnight in Mexico. The mayor of Tecate, Rosa Ibarra, said the schools would close.",
            "person/rosa-ibarra",
            "settlement/tecate",
        ),
    ],
)
def test_positions_places_office_of_a_region_or_town(nlp: Language, text: str, holder: str, post: str) -> None:
    """A governor serves the province the title names, a mayor the town, not the state around them."""
    assert _posts(nlp, text, holder) == {post}


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "I thank my guests Ivo Petrov of Bulgaria and Dan Popescu of Romania for coming. "
            "Minister Popescu said the road is open. Minister Petrov agreed.",
            "person/dan-popescu",
            "state/RO",
        ),
        (
            "Talks opened in Tallinn with Lars Vinter of Norway and Mia Sundqvist of Sweden.\n\n"
            "Minister Vinter said the ferry would run again. Minister Sundqvist said nothing.",
            "person/mia-sundqvist",
            "state/SE",
        ),
    ],
)
def test_positions_places_state_named_after_the_holder(nlp: Language, text: str, holder: str, post: str) -> None:
    """A bare title ("Minister X") in a text another state published is in the state "X of Y" names."""
    assert _posts(nlp, text, holder, publisher="Ministry of Foreign Affairs of Georgia") == {post}


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "Croatia and Slovenia signed a deal on Monday, officials in Ljubljana said. Slovenia will build "
            "a new road to the coast.\n\nFloods hit villages on the coast overnight. Police Commissioner Ana "
            "Kovac said in Zadar that the search would go on overnight.",
            "person/ana-kovac",
            "state/HR",
        ),
        (
            "Ghana and Togo agreed on a new customs post, Togo's government said. Togo will staff it from "
            "May.\n\nA fire destroyed a market overnight. Fire Commissioner Kofi Adjei said in Kumasi that "
            "nobody was hurt.",
            "person/kofi-adjei",
            "state/GH",
        ),
    ],
)
def test_positions_places_state_of_the_paragraph(nlp: Language, text: str, holder: str, post: str) -> None:
    """A bulletin's story names its state by its towns: not the state the bulletin names most."""
    assert _posts(nlp, text, holder) == {post}


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "Brazil sent more troops to the north, Brazil's critics said. Brazil denied it.\n\n"
            "Thousands fled to Peru and Colombia last week. They blame President Lucas Almeida's decree.",
            "person/lucas-almeida",
            "state/BR",
        ),
        (
            "Egypt closed the crossing again. Egypt said it was for security.\n\n"
            "Trucks waited in Libya for days. Drivers blamed President Tarek Haddou for the delay.",
            "person/tarek-haddou",
            "state/EG",
        ),
    ],
)
def test_positions_places_head_of_state_keeps_the_main_state(nlp: Language, text: str, holder: str, post: str) -> None:
    """A president named bare is the text's, not the state of the paragraph that names the other side."""
    assert _posts(nlp, text, holder) == {post}
