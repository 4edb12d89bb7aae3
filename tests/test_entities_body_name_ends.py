"""A government body's name is read to its own end: the word before its "for" heads it, so a title
word opening it stays ("the State Agency for X" is no "Agency for X" after the title "State"), and
a capitalised Service, Authority, Agency, Administration or Headquarters after a security body's
words ends its name ("the Finnish Police Authority" is not the state's police alone)."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Engineers of the State Agency for Water Reserves inspected the dam near the Uzbek border on Monday.",
            "State Agency for Water Reserves",
        ),
        (
            "General Aibek Turov, who heads the State Committee for Frontier Protection, flew in from the capital "
            "for the talks.",
            "State Committee for Frontier Protection",
        ),
    ],
)
def test_a_title_word_opening_a_body_named_for_its_task_stays_in_the_name(nlp: Language, text: str, name: str) -> None:
    assert (name, "Agency") in found_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "Officers of the Finnish Police Authority will patrol the lakeside crossing from Monday.",
            "Finnish Police Authority",
        ),
        (
            "According to the State Coast Guard Service, the ferry was towed back to Kessary overnight.",
            "State Coast Guard Service",
        ),
        (
            "Three vans were stopped overnight, the Vellin Police Administration said on Sunday.",
            "Vellin Police Administration",
        ),
    ],
)
def test_a_security_body_keeps_the_noun_that_ends_its_name(nlp: Language, text: str, alias: str) -> None:
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    names = {n for e in found for n in (e.name, *e.aliases)}
    assert alias in names, names
