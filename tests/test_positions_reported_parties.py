"""States an office holder speaks of are not the holder's: "Minister X said observers could go to A and B".

An office named with no body takes the state its sentence names; the states in the words a
holder is reported to have said, when two or more, are the parties spoken of, and the states
coordinated after "with" or "to" ("the border with A and B", "go to A and B") are all the
other side. The office then takes its paragraph's state. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_LEAD = "Clashes went on along the border between Chile and Argentina on Sunday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Mateo Irazabal said Chile and Argentina had both accepted the offer.",
        "Foreign Minister Mateo Irazabal said monitors could travel to Chile and Argentina within days.",
        "Foreign Minister Mateo Irazabal said that Argentina and Chile would meet in Montevideo on Friday.",
    ],
)
def test_positions_states_of_reported_words_are_the_parties(nlp: Language, sentence: str) -> None:
    text = _LEAD + "Uruguay, which chairs the bloc this year, has called for a truce. " + sentence
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert got == {("person/mateo-irazabal", "state/UY")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Interior Minister Sandro Vellutini said Uruguay would close its border with Brazil on Monday.",
        "Uruguay will close its border with Brazil and Argentina, Interior Minister Sandro Vellutini said.",
    ],
)
def test_positions_one_state_of_reported_words_stays_the_holders(nlp: Language, sentence: str) -> None:
    text = "Trucks queued for hours on Sunday.\n\n" + sentence
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert got == {("person/sandro-vellutini", "state/UY")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Wahyuni said that the deal would help Indonesian firms use Uruguay as a gateway to the south.",
        "Minister Wahyuni said Indonesian exporters would reach Uruguay and Brazil faster.",
    ],
)
def test_positions_demonym_in_reported_words_is_the_holders_people(nlp: Language, sentence: str) -> None:
    text = "Indonesia's Minister of Industry, Sri Wahyuni, signed the deal in Montevideo.\n\n" + sentence
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert got == {("person/sri-wahyuni", "state/ID")}
