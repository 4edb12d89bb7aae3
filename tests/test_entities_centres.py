"""Government centres, body names cut at their "and", missions' short forms: invented sentences.

Classes: a centre the model calls a body, led by "National", "Federal", "Joint" or a demonym and
naming a state's work ("Crisis Management"), or naming a body ("Police Command Centre"), is a
government body, not a place; a body's name the model ends at its "and" ("National Command and"
+ "Operation Centre") is one name; a short form in brackets after the place a body works in ("the
Support Mission in Y (SMY)") is that body's.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to the National Crisis Management Centre, six roads were closed.",
            "National Crisis Management Centre",
        ),
        ("The Joint Coordination Centre reported that ships had left the port.", "Joint Coordination Centre"),
        (
            "Officials at the Federal Emergency Operations Center said the river was rising.",
            "Federal Emergency Operations Center",
        ),
        ("The Police Command Centre in Tarnville said two men were held.", "Police Command Centre"),
    ],
)
def test_entities_centres_of_a_state_are_bodies(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarnville Shopping Centre was closed on Sunday.", "Tarnville Shopping Centre"),
        ("The summit was held at the National Exhibition Center in the capital.", "National Exhibition Center"),
    ],
)
def test_entities_centres_venues_stay_places(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Place"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Tarnian National Command and Control Centre reported 40 new cases on Monday.",
            "Tarnian National Command and Control Centre",
        ),
        (
            "The Disaster Management Authority and the National Command and Operation Centre met on Monday.",
            "National Command and Operation Centre",
        ),
    ],
)
def test_entities_centres_name_cut_at_and_is_whole(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Agency"}
    assert "Operation Centre" not in types and "Control Centre" not in types


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "The council thanked the Regional Support Mission in Tarnia (RSMT) for its help. RSMT said the road "
            "was open.",
            "RSMT",
        ),
        (
            "The attack on a post of the Joint Observer Force in the Varta Valley (JOFV) was condemned. JOFV said two "
            "were hurt.",
            "JOFV",
        ),
    ],
)
def test_entities_centres_short_form_after_the_place_a_body_works_in(nlp: Language, text: str, short: str) -> None:
    """ "the X Mission in Y (XMY)": the bracketed form and its later uses are the mission, not a body of their own."""
    links = link_mentions(nlp(text))
    keys = {lk.key for lk in links if lk.text == short}
    assert len([lk for lk in links if lk.text == short]) == 2
    assert len(keys) == 1
    assert next(iter(keys)).endswith(("regional-support-mission", "joint-observer-force"))


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The council thanked the United Nations Integrated Support Mission in Tarnia (UNISMT) for its help. "
            "UNISMT said the road was open.",
            "United Nations Integrated Support Mission in Tarnia",
            "UNISMT",
        ),
        (
            "The African Union Support Mission in Tarnia (AUSMT) moved troops north.",
            "African Union Support Mission in Tarnia",
            "AUSMT",
        ),
    ],
)
def test_entities_centres_mission_of_an_international_body(nlp: Language, text: str, name: str, short: str) -> None:
    """ "the United Nations X Mission in Y (ABC)": the mission (its place and short form read with its
    name), an intergovernmental body, not the United Nations."""
    links = link_mentions(nlp(text))
    named = {lk.text: lk for lk in links}
    assert named[name].type == "Agency"
    assert {lk.key for lk in links if lk.text == short} == {named[name].key}
    assert "United Nations" not in named and "African Union" not in named


@pytest.mark.parametrize(
    "text",
    [
        "The African Union summit opened on Monday.",
        "Many are sleeping in schools. The African Union Liaison Office in Tarnia is working with the authorities.",
    ],
)
def test_entities_centres_international_body_alone_stays(nlp: Language, text: str) -> None:
    """A summit is no organ, and an organ's name the model cut before its place ("... Office" + "in Y") is
    no name of its own: the international body stands."""
    assert linked_types(nlp, text).get("African Union") == {"Organization"}
