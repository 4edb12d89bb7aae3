"""A consul is an office like an ambassador's: "the Consul of X in Y, Mr Z" holds it in X, and so
do "Consul Z" and "Z, the consul of X". An inverted attribution ('"...," said the Consul of X in Y,
Mr Z.') is Z's words, not the state's.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import posts_by_holder, titles_by_holder
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.statements import find_statements
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The Consul of Norway in Brenvoll, Halvor Eikrem, said the queues at the crossing were long.",
        "Travellers were told to carry passports, according to Halvor Eikrem, the consul of Norway in Brenvoll.",
    ],
)
def test_a_consul_holds_office_in_the_state_named(nlp: Language, text: str) -> None:
    assert titles_by_holder(nlp, text).get("person/halvor-eikrem") == "Consul"
    assert posts_by_holder(nlp, text).get("person/halvor-eikrem") == {"state/NO"}


@pytest.mark.parametrize(
    "text",
    [
        '"The queues are long and the road is icy," said the Consul of Norway in Brenvoll, Mr Halvor Eikrem.',
        'The Consul, Mr Halvor Eikrem, opened the office early. "The queues are long and the road is icy," '
        "the Consul said.",
    ],
)
def test_a_quote_said_by_the_consul_is_the_consuls(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    speakers = {s.speaker for s in find_statements(doc, article, find_entities(doc, article))}
    assert speakers == {"person/halvor-eikrem"}
