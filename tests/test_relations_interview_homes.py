"""Whose bodies a text speaks of when it names the other side more than its own state.

An interview about an emergency at home may name the neighbour twice and its own state only by
its people and its towns; a region's update on an attack writes the attacker's demonym on its
weapons and troops and never names its own state. Neither makes the other side the home of the
text's bodies.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _owners(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    assert any(e.type == "Agency" for e in entities)
    relations = find_relations(doc, article, entities)
    return {r.object for r in relations if r.predicate == "partOf" and r.subject.startswith("agency/")}


@pytest.mark.parametrize(
    ("text", "home", "other"),
    [
        (
            "INTERVIEWER: Paraguay says the convoys are organised on your side of the border. Is that so?\n\n"
            "MINISTER: Some are, and Paraguay knows it.\n\nINTERVIEWER: What have you done since then?\n\n"
            "MINISTER: We have sent 400 officers to Tarija, Cobija and Riberalta, and the Army is guarding "
            "the roads. Bolivians want calm.",
            "state/BO",
            "state/PY",
        ),
        (
            "PRESENTER: Nicaragua blames the smuggling rings on your country. Nicaragua wants action.\n\n"
            "PRESENTER: So what happens now?\n\nGUEST: Since Monday we have moved officers to Juticalpa, "
            "Danli and Comayagua, and the National Police will stay there. Hondurans suffer "
            "from these rings first.",
            "state/HN",
            "state/NI",
        ),
    ],
)
def test_relations_interview_homes_towns_outweigh_the_named_neighbour(
    nlp: Language, text: str, home: str, other: str
) -> None:
    """The body is the state whose people and towns the interview speaks of, not the neighbour it names."""
    owners = _owners(nlp, text)
    assert home in owners
    assert other not in owners


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Cameroonian drones struck a fuel depot near the river overnight, and a second drone hit a "
            "lorry on the road south.\n\nThe State Relief Agency said two people were hurt.",
            "state/CM",
        ),
        (
            "Montenegrin troops shelled three villages on Tuesday. The National Relief Agency said it had "
            "opened two shelters for the families.",
            "state/ME",
        ),
    ],
)
def test_relations_interview_homes_attacker_is_no_home(nlp: Language, text: str, attacker: str) -> None:
    """The demonym on the weapons or troops that struck is the other side's, not the body's state."""
    assert attacker not in _owners(nlp, text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Chile has sent two more ships to the coast near Valparaiso, and Chile says more will follow "
            "from Antofagasta.\n\nTongans vote next Saturday in a general election. The Polling Supervision "
            "Office says 58,400 people have registered.",
            "state/TO",
        ),
        (
            "Argentina has closed two more roads near Mendoza, and Argentina says the closures will last "
            "until Friday.\n\nFijians go to the polls on Tuesday, and the Polling Supervision Office "
            "expects a high turnout.",
            "state/FJ",
        ),
    ],
)
def test_relations_interview_homes_bulletin_story_of_a_people(nlp: Language, text: str, people: str) -> None:
    """A bulletin story opening with a state's people as its subject is that state's: its body of a
    name of its own is theirs, not the state the bulletin's first story names most."""
    assert _owners(nlp, text) == {people}
