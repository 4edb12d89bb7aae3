"""Government centres and body names cut at their "and": invented sentences through the real model.

Classes: a centre the model calls a body, led by "National", "Federal", "Joint" or a demonym, or
naming a body's work ("Police Command Centre"), is a government body, not a place; a body's name
the model ends at its "and" ("National Command and" + "Operation Centre") is one name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


def _types(nlp: Language, text: str) -> dict[str, set[str]]:
    """Surface text -> the entity types its mentions were linked to."""
    out: dict[str, set[str]] = {}
    for link in link_mentions(nlp(text)):
        out.setdefault(link.text, set()).add(link.type)
    return out


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
    assert _types(nlp, text).get(name) == {"Agency"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarnville Shopping Centre was closed on Sunday.", "Tarnville Shopping Centre"),
        ("The summit was held at the National Exhibition Center in the capital.", "National Exhibition Center"),
    ],
)
def test_entities_centres_venues_stay_places(nlp: Language, text: str, name: str) -> None:
    assert _types(nlp, text).get(name) == {"Place"}


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
    types = _types(nlp, text)
    assert types.get(name) == {"Agency"}
    assert "Operation Centre" not in types and "Control Centre" not in types
