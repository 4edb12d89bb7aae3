"""Long body names the NER or a pattern cut short: invented sentences through the real model.

Classes: a ministry of two portfolios ("the Ministry of X and Y"), and a body's name whose "of"
phrase the NER left out or tagged apart ("the X Court of First Instance").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities, link_mentions
from kg.model import Article


def _spans(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {s.text: s.label_ for s in doc.spans["kg_entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Health and Sanitation announced on Friday that the clinics would reopen.",
            "Ministry of Health and Sanitation",
        ),
        (
            "According to the Ministry of Transport and Public Works, the bridge will be repaired.",
            "Ministry of Transport and Public Works",
        ),
        ("The Ministry of Energy and Mines of Tarnia said the pipeline was closed.", "Ministry of Energy and Mines"),
    ],
)
def test_entities_long_bodies_ministry_of_two_portfolios(nlp: Language, text: str, name: str) -> None:
    assert _spans(nlp, text).get(name) == "Agency"


def test_entities_long_bodies_and_before_an_office_is_no_portfolio(nlp: Language) -> None:
    spans = _spans(nlp, "The Ministry of Interior and Foreign Minister Hanna Velk agreed on the plan.")
    assert spans.get("Ministry of Interior") == "Agency"
    assert spans.get("Hanna Velk") == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Orvan Court of First Instance sentenced four men on Tuesday.", "Orvan Court of First Instance"),
        (
            "said Kemal Orran, spokesman for the Dessa Court of First Instance. The men were fined.",
            "Dessa Court of First Instance",
        ),
        ("A spokesman for the Ledo Council of Elders said the talks had failed.", "Ledo Council of Elders"),
    ],
)
def test_entities_long_bodies_of_phrase_completes_the_name(nlp: Language, text: str, name: str) -> None:
    assert _spans(nlp, text).get(name) in {"Agency", "Organization"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Croatian Coast Guard rescued 40 people on Sunday. A spokesman for the Coast Guard said the boat "
            "had capsized.",
            "agency/coast-guard-croatia",
        ),
        (
            "The Maltese Armed Forces intercepted a boat. The Armed Forces later said 12 people were missing.",
            "agency/armed-forces-malta",
        ),
        (
            "The Zambian National Guard was deployed to the town. The National Guard set up two checkpoints.",
            "agency/national-guard-zambia",
        ),
    ],
)
def test_entities_long_bodies_short_form_takes_the_state_only_a_demonym_names(
    nlp: Language, text: str, key: str
) -> None:
    """A text that evokes its state only by a demonym: the body's short form is still that state's."""
    keys = {link.key for link in link_mentions(nlp(text)) if link.type == "Agency"}
    assert keys == {key}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Namibian Defence Forces said on Monday that two soldiers were wounded.", "Namibian Defence Forces"),
        ("Troops of the Zambian Defence Forces crossed the river at dawn.", "Zambian Defence Forces"),
    ],
)
def test_entities_long_bodies_forces_named_by_a_demonym(nlp: Language, text: str, name: str) -> None:
    """A plural head after a demonym ("Defence Forces") is the state's body, no vague group, no armed group."""
    entities = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    agencies = [e for e in entities if e.type == "Agency"]
    assert any(name in (e.name, *e.aliases) for e in agencies), entities


def test_entities_long_bodies_a_body_named_after_a_demonym_is_one_per_state(nlp: Language) -> None:
    """ "the Chilean Air Force" and "the Peruvian Air Force" are two bodies, each its state's."""
    keys = set()
    for text in ("The Chilean Air Force sent two helicopters.", "The Peruvian Air Force sent a plane."):
        doc = nlp(text)
        keys |= {e.key for e in find_entities(doc, Article(id="t", text=text, source="test")) if e.type == "Agency"}
    assert len(keys) == 2, keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Ministry of Foreign Affairs said 40 Sri Lankan fishermen had been freed. Sri Lankan officials met "
            "them at the port after their release by India.",
            "agency/foreign-ministry-sri-lanka",
        ),
        (
            "The Interior Ministry said 300 South Sudanese police officers had finished their training. South "
            "Sudanese officials thanked the instructors from Sudan.",
            "agency/interior-ministry-south-sudan",
        ),
    ],
)
def test_entities_long_bodies_demonym_of_two_words_names_the_home_state(nlp: Language, text: str, key: str) -> None:
    """ "Sri Lankan", "South Sudanese": a demonym of two words counts whole for the state of a generic body."""
    keys = {link.key for link in link_mentions(nlp(text)) if link.type == "Agency"}
    assert key in keys


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Internal Administration of Portugal will send twelve officers to the islands.",
        "Twelve officers will be sent to the islands, according to Portugal's Ministry of Internal Administration.",
    ],
)
def test_entities_long_bodies_internal_administration_is_the_whole_portfolio(nlp: Language, text: str) -> None:
    """ "Internal Administration" ends the ministry's name, as "Internal Affairs" does: no "Ministry of Internal"."""
    bodies = {link.text for link in link_mentions(nlp(text)) if link.type == "Agency"}
    assert "Ministry of Internal Administration" in bodies
