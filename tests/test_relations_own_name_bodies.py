"""A state's body that goes by a name of its own and no generic head ("the Counter-Narcotics
Service"), one named with its state's demonym ("the Ecuadorian Fisheries Institute") and one named
with a province of its state the text does not name apart ("the Bursa Provincial Gendarmerie
Command") are each part of that state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _parts(nlp: Language, text: str) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for r in find_relations(doc, article, find_entities(doc, article)):
        if r.predicate == "partOf" and r.subject.startswith("agency/"):
            out.setdefault(r.subject, set()).add(r.object)
    return out


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Counter-Narcotics Service said on Tuesday it had seized 3 tonnes of cocaine at the port. "
            "The government of Ecuador has declared a state of emergency in Ecuador.",
            "agency/counter-narcotics-service-ecuador",
            "state/EC",
        ),
        (
            "Jordan's army said its troops had shot two smugglers near the border. "
            "The Anti-Smuggling Department said a further 14 people were detained in Jordan.",
            "agency/anti-smuggling-department-jordan",
            "state/JO",
        ),
    ],
)
def test_relations_a_body_of_its_own_name_is_the_texts_states(nlp: Language, text: str, body: str, state: str) -> None:
    assert _parts(nlp, text).get(body) == {state}


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Ecuadorian Fisheries Institute closed the season early, officials said. "
            "Boats in Ecuador stayed in port.",
            "agency/ecuadorian-fisheries-institute",
            "state/EC",
        ),
        (
            "A spokesman for the Chilean Forestry Institute said 40 fires were burning in Chile on Sunday.",
            "agency/chilean-forestry-institute",
            "state/CL",
        ),
    ],
)
def test_relations_a_body_named_with_a_demonym_is_that_states(nlp: Language, text: str, body: str, state: str) -> None:
    assert _parts(nlp, text).get(body) == {state}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Bursa Provincial Gendarmerie Command detained 12 people on Monday, Turkey's interior "
            "ministry said. The suspects were taken to court.",
            "agency/bursa-provincial-gendarmerie-command",
        ),
        (
            "Officers of the Konya Police Department seized 40 kilograms of heroin on Friday. "
            "Turkey has stepped up checks on roads from Iran.",
            "agency/konya-police-department",
        ),
    ],
)
def test_relations_a_body_named_with_a_province_is_its_states(nlp: Language, text: str, body: str) -> None:
    """The province is no node of the text (named only inside the body's name): the state is the parent."""
    assert _parts(nlp, text).get(body) == {"state/TR"}
