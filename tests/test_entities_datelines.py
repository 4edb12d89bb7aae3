"""A spaced dash is no part of a name: datelines with a plain hyphen, asides set off by dashes."""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Rabat - Morocco closed its border with Algeria on Monday.", "Rabat", "Morocco"),
        ("Lima - Peru declared a state of emergency in the south on Friday.", "Lima", "Peru"),
        ("Nairobi – Kenya sent 300 police officers to the border on Tuesday.", "Nairobi", "Kenya"),
    ],
)
def test_entities_dateline_with_a_spaced_dash_is_a_town_then_a_state(
    nlp: Language, text: str, town: str, state: str
) -> None:
    got = linked_types(nlp, text)
    assert got.get(town) == {"Settlement"}
    assert got.get(state) == {"State"}
    assert not any(" - " in name or " – " in name for name in got)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe - Norway's foreign minister - said on Friday the border would stay open.",
        "Jane Roe – the ministry's spokeswoman – said the talks would resume on Monday.",
    ],
)
def test_entities_person_before_a_dashed_aside_is_no_dateline(nlp: Language, text: str) -> None:
    assert linked_types(nlp, text).get("Jane Roe") == {"Person"}


def test_entities_hyphen_inside_a_name_stays(nlp: Language) -> None:
    got = linked_types(nlp, "Guinea-Bissau and Jean-Paul Okafor met in Accra on Monday.")
    assert got.get("Guinea-Bissau") == {"State"}
    assert got.get("Jean-Paul Okafor") == {"Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Transcript by The Hon Marta Kovac MP\n\nPress Conference\n\nThe floods reached the valley.", "Marta Kovac"),
        ("Remarks by Dr. Ilse Varga\n\nPress Release\n\nThe talks ended on Monday.", "Ilse Varga"),
    ],
)
def test_entities_no_name_runs_over_a_blank_line(nlp: Language, text: str, name: str) -> None:
    """A byline and the heading below it are two lines: no entity holds the blank line between them."""
    types = linked_types(nlp, text)
    assert not any("\n\n" in t for t in types), types
    assert "Person" in types.get(name, set()), types
