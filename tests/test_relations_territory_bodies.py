"""A body named "of" a dependent territory or a state's top-level unit is that unit's, not a state's.

"The Police Service of X" or "the Government of X", X a territory (ISO 3166-1, not independent) or a
federal state or province (ISO 3166-2): the NER cut the name at "of" or the region tables took X, so
the body was lost, or was given to a state the text names elsewhere. The body is part of X, keeps
its written name, and X stays a place of the text. A territory inside a body's own name ("the
Royal X Police") owns it even where the text never names the territory's sovereign state.

The sentences are invented; the territories and units come from ISO's own data (pycountry).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article
from tests.named_entities import related_pairs


@pytest.mark.parametrize(
    ("text", "body", "unit"),
    [
        (
            "Officers of the Police Service of Tasmania closed the ferry ramp at Kestrow on Sunday, "
            "and a spokesman for Australia's home affairs department said checks would go on.",
            "agency/police-tasmania",
            "region/tasmania",
        ),
        (
            "The Government of Bermuda said on Thursday that two more patrol boats would be bought, "
            "after a trawler from the United States ran aground off Orlin Bay.",
            "agency/government-bermuda",
            "region/bermuda",
        ),
        (
            "A spokeswoman for the Police Service of Manitoba told reporters the highway near "
            "Wenmarch was open again, though Canada's border agency kept one lane closed.",
            "agency/police-manitoba",
            "region/manitoba",
        ),
    ],
)
def test_relations_a_body_of_a_unit_is_part_of_the_unit(nlp: Language, text: str, body: str, unit: str) -> None:
    pairs = related_pairs(nlp, text, "partOf")
    assert (body, unit) in pairs, pairs
    assert not any(s == body and o.startswith("state/") for s, o in pairs), pairs


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The Police Service of Tasmania said the ferry ramp at Kestrow would reopen on Monday.",
            "Police Service of Tasmania",
        ),
        (
            "Inspectors from the Government of Anguilla checked the cargo sheds at Tallisport overnight.",
            "Government of Anguilla",
        ),
    ],
)
def test_entities_a_body_of_a_unit_keeps_its_written_name_and_the_unit(nlp: Language, text: str, written: str) -> None:
    entities = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    bodies = [e for e in entities if e.type == "Agency" and written in (e.name, *e.aliases)]
    assert bodies, entities
    assert any(e.type == "Region" and e.name in written for e in entities), entities


@pytest.mark.parametrize(
    ("text", "body", "territory"),
    [
        (
            "The Royal Montserrat Police said a fishing boat was found drifting ten miles off Montserrat, "
            "and France sent a helicopter to help.",
            "agency/royal-montserrat-police",
            "region/montserrat",
        ),
        (
            "Detectives of the Royal Cayman Islands Police arrested two men who had sailed to the Cayman "
            "Islands from Jamaica, a week after Jamaica warned of a smuggling ring.",
            "agency/royal-cayman-islands-police",
            "region/cayman-islands",
        ),
    ],
)
def test_relations_a_territory_inside_a_body_name_owns_it(nlp: Language, text: str, body: str, territory: str) -> None:
    pairs = related_pairs(nlp, text, "partOf")
    assert (body, territory) in pairs, pairs
    assert not any(s == body and o.startswith("state/") for s, o in pairs), pairs
