"""A transcript's all-caps header names the holder its speaker labels give by office alone:
"PRESS CONFERENCE BY PRIME MINISTER X" / "PRIME MINISTER: ..." makes X a person holding that office.
A caps headline ("PRESIDENT VISITS FLOODED TOWNS") or an office "of" a state names nobody.

Invented transcripts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_CONFERENCE = (
    "TRANSCRIPT OF PRESS CONFERENCE BY PRIME MINISTER MARIKA TOIVANEN, HELSINKI\n\n"
    "PRIME MINISTER: Good morning. Finland will close two more crossing points on the eastern border from "
    "Friday.\n\n"
    "QUESTION: How long will they stay closed?\n\n"
    "PRIME MINISTER: Until the situation changes. We are in close contact with Estonia and Norway.\n"
)
_REMARKS = (
    "REMARKS BY PRESIDENT TOMAS HELLQVIST ON THE BORDER SITUATION\n\n"
    "PRESIDENT: Thank you all for coming. Sweden has decided to strengthen controls at the ports from Monday.\n\n"
    "Q: Will the bridge stay open?\n\n"
    "PRESIDENT: Yes. We are talking with Denmark every day.\n"
)
_OF_STATE = (
    "STATEMENT BY THE PRIME MINISTER OF FINLAND ON EASTERN BORDER CROSSINGS\n\n"
    "PRIME MINISTER: Good morning. Finland will close two more crossing points on the eastern border.\n\n"
    "QUESTION: How long will they stay closed?\n\n"
    "PRIME MINISTER: Until the situation changes.\n"
)
_HEADLINE = "PRESIDENT VISITS FLOODED TOWNS\n\nThe president visited three towns on Monday. Sweden has sent aid.\n"


def _read(nlp: Language, text: str) -> tuple[set[str], dict[str, tuple[str, str | None]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    persons = {e.key for e in entities if e.type == "Person"}
    return persons, {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, entities)}


@pytest.mark.parametrize(
    ("text", "holder", "office"),
    [
        (_CONFERENCE, "person/marika-toivanen", ("Prime Minister", "state/FI")),
        (_REMARKS, "person/tomas-hellqvist", ("President", "state/SE")),
    ],
)
def test_positions_caps_headers_holder_named_in_the_header(
    nlp: Language, text: str, holder: str, office: tuple[str, str]
) -> None:
    persons, positions = _read(nlp, text)
    assert holder in persons
    assert positions[holder] == office


@pytest.mark.parametrize("text", [_OF_STATE, _HEADLINE])
def test_positions_caps_headers_no_name_no_person(nlp: Language, text: str) -> None:
    persons, _ = _read(nlp, text)
    assert not persons
