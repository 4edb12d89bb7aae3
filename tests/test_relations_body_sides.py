"""A generic body belongs to the state of the town it sits in ("the Interior Ministry in X"), and
not to the state people only tried to reach ("stopped 800 people trying to reach Y"), however
near the sentence names that other state; a body called national ("the National Assembly") is
the state's of the story, whatever its head."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Police chiefs meet\n\nPolice chiefs of Zambia and Malawi met on Friday. The talks, attended by "
            "officers of Malawi, took place at the Interior Ministry in Lusaka.",
            "agency/interior-ministry-zambia",
            "state/ZM",
        ),
        (
            "Ministers meet\n\nThe foreign ministers of Costa Rica and Nicaragua met on Monday. Costa Rica's "
            "minister was received at the Ministry of Foreign Affairs in Managua.",
            "agency/foreign-ministry-nicaragua",
            "state/NI",
        ),
    ],
)
def test_relations_body_sides_town_after_in(nlp: Language, text: str, body: str, state: str) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Six smugglers sentenced\n\nVALDORA, Morocco, June 3 - Judges in Valdora sentenced six "
            "smugglers on Wednesday.\n\nAccording to the National Guard, its patrols have turned back 800 people "
            "trying to reach Spain by sea since March.",
            "agency/national-guard-morocco",
        ),
        (
            "Six smugglers sentenced\n\nVALDORA, Morocco, June 3 - Judges in Valdora sentenced six "
            "smugglers on Wednesday.\n\nThe Coast Guard said it intercepted 200 migrants attempting to reach "
            "Greece in small boats.",
            "agency/coast-guard-morocco",
        ),
    ],
)
def test_relations_body_sides_not_where_people_tried_to_go(nlp: Language, text: str, body: str) -> None:
    parts = related_pairs(nlp, text, "partOf")
    assert (body, "state/MA") in parts
    assert not {o for s, o in parts if s.startswith("agency/") and o in {"state/ES", "state/GR"}}


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Boats stopped\n\nThe coast guard of Comoros intercepted two boats carrying 150 people off Comoros "
            "on Sunday.\n\nThe passengers were handed over to the National Gendarmerie for identification.",
            "agency/national-gendarmerie-comoros",
            "state/KM",
        ),
        (
            "Party rejects results\n\nThe opposition of Mauritius said the figures published on Tuesday, which "
            "give the ruling party 40 of the 62 seats in the National Assembly, are not what the "
            "voters of Mauritius chose.",
            "agency/national-assembly-mauritius",
            "state/MU",
        ),
    ],
)
def test_relations_body_sides_national_body_of_the_story(nlp: Language, text: str, body: str, state: str) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Ministers meet in Lisbon\n\nThe foreign ministers of Portugal and Spain met in Lisbon on Monday. "
            "Portugal hosted the talks and Portugal will host the next round.\n\nFM TAVARINHO: Spain welcomes every "
            "step that makes customs simpler. Our State Tax Committee stands ready to exchange records with the "
            "Finance Office of Portugal.",
            "agency/state-tax-committee-spain",
            "state/ES",
        ),
        (
            "Talks in Vilnius\n\nLithuania and Latvia held talks in Vilnius. Lithuania said Lithuania would host a "
            "second round.\n\nLatvia has tightened its checks on the border. The National Revenue Service said 40 "
            "lorries were stopped.",
            "agency/national-revenue-service-latvia",
            "state/LV",
        ),
    ],
)
def test_relations_body_sides_national_name_of_its_paragraph(nlp: Language, text: str, body: str, state: str) -> None:
    assert (body, state) in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Joint patrols\n\nEswatini's army and the Lesotho Citizens' Guard Force held joint patrols on the "
            "border, the Eswatini army said. Eswatini will host the next round.",
            "agency/lesotho-citizens-guard-force",
            "state/LS",
        ),
        (
            "Troops arrive\n\nZambian troops arrived in Kasama on Wednesday. The army of Zambia said it had begun "
            "operations together with the Malawi Women's Border Corps under a joint plan agreed by Zambia.",
            "agency/malawi-womens-border-corps",
            "state/MW",
        ),
    ],
)
def test_relations_body_sides_state_inside_its_own_name(nlp: Language, text: str, body: str, state: str) -> None:
    parts = related_pairs(nlp, text, "partOf")
    assert (body, state) in parts
    assert [o for s, o in parts if s == body] == [state]


def test_relations_body_sides_mission_in_a_state_is_not_its(nlp: Language) -> None:
    text = (
        "Peacekeepers deployed\n\nThe United Nations Interim Mission in Lesotho (UNIMLE) said on Monday that it had "
        "sent two patrols to the border. Lesotho welcomed the patrols."
    )
    parts = related_pairs(nlp, text, "partOf")
    assert not [o for s, o in parts if "interim-mission" in s and o == "state/LS"]


def test_relations_body_sides_entering_is_said_at_home(nlp: Language) -> None:
    text = (
        "Boats intercepted\n\nThe Coast Guard said on Monday that since January it had intercepted 300 persons "
        "attempting to enter Barbados illegally from Venezuela. Venezuela was asked to help, the Coast Guard said."
    )
    assert ("agency/coast-guard-barbados", "state/BB") in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Budget passed\n\nLawmakers in Ghana met on Monday. The National Assembly passed the budget, "
            "the clerk of Ghana's parliament said.",
            "state/GH",
        ),
        (
            "Walkout\n\nThe opposition of Kenya left the chamber on Tuesday, and the National Assembly "
            "adjourned until June, officials of Kenya said.",
            "state/KE",
        ),
    ],
)
def test_relations_body_sides_a_national_body_given_its_state_is_that_states_node(
    nlp: Language, text: str, state: str
) -> None:
    """Two states' "National Assembly" named in two documents must be two nodes, each part of its
    own state: the key of a body the story's state was given names that state, or one node would
    be part of both."""
    bodies = {s for s, o in related_pairs(nlp, text, "partOf") if o == state and "assembly" in s}
    assert bodies and all(s.startswith("agency/national-assembly-") for s in bodies)
