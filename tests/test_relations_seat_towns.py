"""A body with a name of its own sits in the state of the town written after it with "in" ("the
Railway Security Directorate in X"), not in the state the text names most: a minister speaking of a
neighbour's body names his own state far more often than the neighbour's. A state the text only
evokes by its demonym counts, as a state's own communique may never name it."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "state", "other"),
    [
        (
            "Portugal adds officers to night trains\n\nPortugal will put more officers on its night trains from "
            "Monday, the minister said. Portugal has seen more arrivals by rail this year, and the police in "
            "Portugal expect more. Spain has agreed to joint patrols. My Spanish colleague, the Director of the "
            "Railway Security Directorate in Seville, confirmed this to me on Friday.",
            "state/ES",
            "state/PT",
        ),
        (
            "Lithuania signs a customs accord\n\nLithuania signed the accord with Estonia on Tuesday. Lithuania "
            "will share its lorry data, and officials in Lithuania say queues will shorten. The minister said the "
            "files would be kept by the Customs Intelligence Unit in Tallinn.",
            "state/EE",
            "state/LT",
        ),
    ],
)
def test_relations_seat_towns_body_in_a_town(nlp: Language, text: str, state: str, other: str) -> None:
    pairs = related_pairs(nlp, text, "partOf")
    owners = {o for s, o in pairs if "security-directorate" in s or "intelligence-unit" in s}
    assert owners == {state}
    assert other not in owners


@pytest.mark.parametrize(
    "text",
    [
        "COMMUNIQUE No. 12\n\nThe Southern Command informs the Kenyan people that its units dismantled two "
        "camps near the border with Tanzania and the Republic of Uganda. Nine suspects were handed to the "
        "Public Prosecution Office in Kisumu.",
        "Statement of the Northern Command\n\nThe Northern Command informs the Ghanaian people of an operation "
        "near the border with Togo. Four people were detained and handed to the Public Prosecution "
        "Office in Kumasi, and two were sent to Togo.",
    ],
)
def test_relations_seat_towns_state_evoked_by_demonym(nlp: Language, text: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if "prosecution" in s}
    state = "state/KE" if "Kenyan" in text else "state/GH"
    assert owners == {state}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal and Spain agree on rail checks\n\nPortugal and Spain agreed on Monday to convene the Joint "
        "Railway Commission in Seville in June.",
        "The ministers of Portugal and Spain will meet again when the Joint Railway Commission sits in Seville "
        "next month.",
    ],
)
def test_relations_seat_towns_joint_body_has_no_host(nlp: Language, text: str) -> None:
    assert not {o for s, o in related_pairs(nlp, text, "partOf") if "railway-commission" in s and o == "state/ES"}
