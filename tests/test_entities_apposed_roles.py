"""People named once, by one name, beside what they do: "said X, a driver", "Another trader, X, said".

Every sentence is invented, two or more wordings: the NER takes a lone unfamiliar given name for
an organization or a place; a person noun in apposition (after "a", "an", "another") says it is
a person. A thing's noun there ("a river", "a member") does not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.entities import find_entities
from kg.model import Article, Entity


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We sleep in the cab," said Tonderai, a trucker from Gweru.', "Tonderai"),
        ('"The queue is long," said Farai, a driver from Gweru.', "Farai"),
        ("Another driver, Tatenda, said the queue had not moved.", "Tatenda"),
    ],
)
def test_entities_apposed_roles_make_a_person(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [("The Tana, a river in the east, flooded.", "Tana"), ("Goods arrive at Kisumu, a port on the lake.", "Kisumu")],
)
def test_entities_apposed_roles_a_things_noun_makes_no_person(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert ents.get(name) is None or ents[name].type != "Person", sorted(ents)


@pytest.mark.parametrize(
    "office",
    ["Tarnia Revenue Authority regional manager for Vessel Province", "The port authority's director for Vessel North"],
)
def test_entities_apposed_roles_a_name_apposed_inside_the_subject_speaks_next(nlp: Language, office: str) -> None:
    text = (
        "Another driver, Mary Roe, said her company was losing money.\n\n"
        f"{office}, Mr Kofi Dube, said technicians were at work. "
        '"The link will be back by Friday," he said.'
    )
    found = extract(nlp(text), Article(id="t", text=text, source="test"))
    speakers = {s.quote: s.speaker for s in found.statements}
    assert speakers.get("The link will be back by Friday") == "person/kofi-dube", speakers
