"""Government bodies named whole: an office's closing title, a service's head, a state's institute.

Every sentence is invented, two or more wordings per class: the NER leaves "Minister" out of
"Office of the Prime Minister"; the "police" pattern cut "National Police Service" to "Police";
an institute led by "National" or a demonym is a government body (an Agency), not a firm.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya's Office of the Prime Minister said on Monday that aid would be sent.", "Office of the Prime Minister"),
        ("A statement from the Office of the Vice President said the visit was off.", "Office of the Vice President"),
    ],
)
def test_entities_body_names_an_office_keeps_its_title(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesman for the National Police Service said three officers were hurt.", "National Police Service"),
        ("The Federal Police Service said two suspects were held.", "Federal Police Service"),
    ],
)
def test_entities_body_names_a_national_service_keeps_its_head(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    named = [e for e in ents.values() if name == e.name or name in e.aliases]
    assert [e.type for e in named] == ["Agency"], ents
    assert named[0].key.startswith("agency/police")  # the state's police, under the name it gives itself


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The National Statistics Institute said prices rose.", "National Statistics Institute"),
        ("Officers of the Peruvian Migration Institute were deployed.", "Peruvian Migration Institute"),
    ],
)
def test_entities_body_names_a_state_institute_is_an_agency(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Agency"


def test_entities_body_names_a_firm_institute_stays_an_organization(nlp: Language) -> None:
    ents = _run(nlp, "The Harlow Institute of Design opened a new campus.")
    assert [e.type for e in ents.values() if "Institute" in e.name] == ["Organization"], sorted(ents)


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, Foreign Office spokesperson Amna Qureshi said the talks would go on.",
        "The Home Office said 300 people had crossed on Monday.",
    ],
)
def test_entities_body_names_an_office_after_a_title_word_is_a_body(nlp: Language, text: str) -> None:
    """ "the Foreign Office": the title word opens a body's name, no person called "Office"."""
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type == "Person" and e.name == "Office"], ents
    assert any(e.type == "Agency" for e in ents.values()), ents


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders will meet at the Lima Summit next month.",
        "They discussed the upcoming G20 Summit, which will take place in London.",
    ],
)
def test_entities_body_names_a_summit_is_no_body(nlp: Language, text: str) -> None:
    """A summit is a meeting (an event), not an organization."""
    assert not [n for n in _run(nlp, text) if "Summit" in n]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Minister for Communications and Information Technology, Yuba Tamang said so.", "Communications"),
        ("The Commissioner for Roads and Bridges, Ana Rojas, opened the pass.", "Roads"),
    ],
)
def test_entities_body_names_a_portfolio_is_no_body(nlp: Language, text: str, field: str) -> None:
    """The fields after "Minister for" are the office's portfolio, not an organization."""
    assert not [n for n in _run(nlp, text) if field in n]


@pytest.mark.parametrize(
    "text",
    [
        "The crossing was closed because of COVID-19, the ministry said.",
        "Investigators studied the wreck of flight MH-17 for a year.",
    ],
)
def test_entities_body_names_a_code_of_letters_and_digits_is_no_entity(nlp: Language, text: str) -> None:
    assert not [n for n in _run(nlp, text) if any(c.isdigit() for c in n)]
