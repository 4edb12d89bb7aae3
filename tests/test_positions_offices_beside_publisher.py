"""Offices a release names that are not the publishing body's own: the state holds them.

Invented releases through the real model, with the publisher named as the text names it (as an
outlet without a bracketed note would give it):

- a cabinet's or a government's officer ("Chief Cabinet Secretary X", "the Government
  Spokesperson, Y") quoted by a coast guard or a border guard sits in the government, not in the
  guard;
- a minister or a spokesperson in a text the government itself published ("Government of X",
  "the X Government") holds an office of the state, not of a body beside it;
- the head of the armed forces ("the Chief of Defence", "the Chief of the Defence Staff") in a
  defence ministry's release commands the state's forces, not the ministry.

A ministry's own minister in its own release stays the ministry's (see
``test_positions_minister_outside_publisher``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "state"),
    [
        (
            "HELSINKI - The Finnish Border Guard turned back two vessels near the southern islands on Sunday. "
            "Speaking after a cabinet meeting, Chief Cabinet Secretary Vilja Korpimaa said the vessels had "
            "ignored two warnings. The Finnish Border Guard said its patrols would continue.",
            "Finnish Border Guard",
            "person/vilja-korpimaa",
            "state/FI",
        ),
        (
            "The Portuguese Coast Guard rescued eleven fishermen off the coast of Portugal overnight. "
            "The rescue was praised by the Government Spokesperson, Lourenço Abrantes Vidigal, at a briefing "
            "in Lisbon. The Portuguese Coast Guard has four boats in the area.",
            "Portuguese Coast Guard",
            "person/lourenco-abrantes-vidigal",
            "state/PT",
        ),
    ],
)
def test_a_cabinet_officer_in_a_guards_release_is_the_states(
    nlp: Language, text: str, publisher: str, holder: str, state: str
) -> None:
    assert posts_by_holder(nlp, text, publisher).get(holder) == {state}


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "state"),
    [
        (
            "The Government of Portugal condemns the attack on the border post on Tuesday. The Minister of "
            "Internal Administration, Tiago Leitão Brandvoll, travelled to the post the same evening and met "
            "the officers on duty.",
            "Government of Portugal",
            "person/tiago-leitao-brandvoll",
            "state/PT",
        ),
        (
            "The Finnish Government has decided to keep two crossing points closed until March. Interior "
            "Minister Aino Kettunen-Vaara said the decision would be reviewed every two weeks, and the "
            "Finnish Government will report to Parliament in February.",
            "Finnish Government",
            "person/aino-kettunen-vaara",
            "state/FI",
        ),
    ],
)
def test_a_minister_in_a_governments_release_is_the_states(
    nlp: Language, text: str, publisher: str, holder: str, state: str
) -> None:
    assert posts_by_holder(nlp, text, publisher).get(holder) == {state}


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "state"),
    [
        (
            "OSLO - The Ministry of Defence of Norway will move an air defence unit to the north next week. "
            "Its commander reports to General Sigrun Marstrand Ravnås, the Chief of Defence, who saw the base "
            "on Monday. "
            "The Ministry of Defence of Norway will publish the costs later.",
            "Ministry of Defence of Norway",
            "person/sigrun-marstrand-ravnas",
            "state/NO",
        ),
        (
            "The Ministry of National Defence of Poland has called up 2,000 reservists for an exercise in the "
            "east. Bartosz Zabłocki-Kielan, the Chief of the Defence Staff, will inspect the units on Friday, "
            "the Ministry of National Defence of Poland said.",
            "Ministry of National Defence of Poland",
            "person/bartosz-zablocki-kielan",
            "state/PL",
        ),
    ],
)
def test_the_head_of_the_forces_in_a_ministrys_release_is_the_states(
    nlp: Language, text: str, publisher: str, holder: str, state: str
) -> None:
    assert posts_by_holder(nlp, text, publisher).get(holder) == {state}


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "state"),
    [
        (
            "Consuls of three neighbouring states were received by the Chilean Ministry of Foreign Affairs on "
            "Thursday. The Director of Immigration, Matías Oyarzún Lefimil, told them that 3,400 people had "
            "crossed the northern border in October.",
            "Chilean Ministry of Foreign Affairs",
            "person/matias-oyarzun-lefimil",
            "state/CL",
        ),
        (
            "The Ministry of the Interior of Finland has asked the border districts to prepare for more "
            "arrivals. Farms near the border will be compensated, the Minister of Agriculture and Forestry, "
            "Eero Hakalahti, told parliament on Tuesday.",
            "Ministry of the Interior of Finland",
            "person/eero-hakalahti",
            "state/FI",
        ),
    ],
)
def test_an_office_of_another_field_in_a_ministrys_release_is_the_states(
    nlp: Language, text: str, publisher: str, holder: str, state: str
) -> None:
    assert posts_by_holder(nlp, text, publisher).get(holder) == {state}


def test_an_office_of_the_ministrys_own_field_stays_the_ministrys(nlp: Language) -> None:
    text = (
        "The Ministry of the Interior of Finland has asked the border districts to prepare for more arrivals. "
        "The Deputy Minister of the Interior, Anni Saarenpää, will visit the eastern districts on Monday."
    )
    posts = posts_by_holder(nlp, text, "Ministry of the Interior of Finland")
    assert posts.get("person/anni-saarenpaa") == {"agency/interior-ministry-finland"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of the Interior of Chile sent 300 more police officers to the north on Sunday. The "
        "Governor, Rosario Quaresma Tapia, said the officers would stay until the end of the month.",
        "Police reinforcements reached the northern border on Sunday, the Ministry of the Interior of Chile "
        "said. Governor Rosario Quaresma Tapia thanked the officers when she met them in Arica.",
    ],
)
def test_a_governor_in_a_ministrys_release_is_not_the_ministrys(nlp: Language, text: str) -> None:
    posts = posts_by_holder(nlp, text, "Ministry of the Interior of Chile")
    assert posts.get("person/rosario-quaresma-tapia")
    assert "agency/interior-ministry-chile" not in posts["person/rosario-quaresma-tapia"]
