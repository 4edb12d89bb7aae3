"""People, names and one node per thing: invented sentences through the real model (issue 8, classes 1, 2, 5)."""

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


def _keys(nlp: Language, text: str) -> dict[str, str]:
    """Surface text -> entity key (the node it becomes)."""
    return {link.text: link.key for link in link_mentions(nlp(text))}


# ---------------------------------------------------------------- class 1: a gazetteer overturning a person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Jackson flew to Ottawa on Monday. Jackson said the talks went well.", "Jackson"),
        ("Vice President Clayton met the delegation in the capital.", "Clayton"),
        ("Clayton said the plan would fail. He added that the council had not been consulted.", "Clayton"),
    ],
)
def test_entities_persons_town_surname_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert _types(nlp, text)[name] == {"Person"}


def test_entities_persons_town_stays_a_town_without_personal_context(nlp: Language) -> None:
    types = _types(nlp, "Senator Jackson flew to Ottawa on Monday.")
    assert types["Ottawa"] == {"Settlement"}


# ---------------------------------------------------------------- class 2: names swallowed, cut or invented


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marta, 34, said she had waited three days at the crossing.", "Marta"),
        ("That is what happened to Ilona when she reached the last checkpoint.", "Ilona"),
        ("Our thanks go to Secretary of State Jim[2] Carrow for the visit.", "Carrow"),
    ],
)
def test_entities_persons_first_names_and_marked_names_are_people(nlp: Language, text: str, name: str) -> None:
    assert _types(nlp, text).get(name) == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Ms Hanna Lindqvist said the decision was final.",
        "Miss Hanna Lindqvist said the decision was final.",
    ],
)
def test_entities_persons_honorific_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    assert _types(nlp, text).get("Hanna Lindqvist") == {"Person"}


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Officers from the Member States joined the operation.", "Member States"),
        ("Nationals of Schengen Associated Countries may enter freely.", "Schengen Associated Countries"),
        ("Frightened Women Wait for Days at a Crowded Border\n\nThe queue grew all week.", "Women"),
    ],
)
def test_entities_persons_vague_groups_and_headline_words_are_no_entities(nlp: Language, text: str, junk: str) -> None:
    assert junk not in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dravik Motors Recalls Cars Over Brake Fault\n\nDravik Motors said it would pay.", "Dravik Motors"),
        ("Talks With Ostrava Bank Collapse Over Debt Terms\n\nOstrava Bank said it would not sign.", "Ostrava Bank"),
    ],
)
def test_entities_persons_headline_fragments_go_names_repeated_in_the_body_stay(
    nlp: Language, text: str, name: str
) -> None:
    links = link_mentions(nlp(text))
    headline = text.split("\n")[0]
    assert not [lk for lk in links if lk.start < len(headline) and lk.text != name]  # "... Opens New Terminal"
    assert any(lk.text == name for lk in links)
