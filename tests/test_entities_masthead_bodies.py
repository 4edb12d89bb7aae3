"""A security body's whole name in capitals on a release's first line ("NORLAND POLICE") is one
body of the state it opens with, even where the parser starts a sentence inside a state's name of
two words ("COSTA RICA ..." read as "RICA ..."); the state is found in capitals too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "alias", "state"),
    [
        (
            "FIJI POLICE\nPress and Public Affairs\n\nTwo fishermen were arrested near the wharf on Friday night.",
            "FIJI POLICE",
            "state/FJ",
        ),
        (
            "COSTA RICA BORDER POLICE\nPress Desk\n\nA lorry carrying 40 people was stopped "
            "on the northern highway on Tuesday.",
            "COSTA RICA BORDER POLICE",
            "state/CR",
        ),
        (
            "NEPAL ARMED POLICE FORCE\nProvince Headquarters\n\nOfficers searched the valley road after the landslide.",
            "NEPAL ARMED POLICE FORCE",
            "state/NP",
        ),
    ],
)
def test_a_body_named_in_capitals_on_its_line_is_one_body_of_its_state(
    nlp: Language, text: str, alias: str, state: str
) -> None:
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    bodies = {n for e in found if e.type == "Agency" for n in (e.name, *e.aliases)}
    assert alias in bodies, bodies
    assert state in {e.key for e in found}
    assert not any(e.name.upper() in {"RICA BORDER POLICE", "ARMED POLICE FORCE"} for e in found)
