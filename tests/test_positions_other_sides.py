"""Whose office a title named bare is, when the text names the other side more.

A hearing record or a release names its own officials bare and the neighbour by name; a headline
qualifies the visitor's office with its state ("Y Foreign Minister holds talks with Prime Minister X"); a
minister speaks of "my counterpart in" the other capital; a guest styled "Ambassador" beside his
state is later called "Minister". Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import posts_by_holder
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "state"),
    [
        (
            "PARLIAMENT OF NORWAY\nHearing on the Kelvik crossing\n\n"
            "Witness: Hon. Sigrun Torvund-Eide, Minister of Justice, with Mr. "
            "Arvid Tornqvist-Lie, Director of Customs.\n\nWITNESS (Hon. Torvund-Eide): Lorries from Sweden wait "
            "for hours. Sweden has asked for longer opening hours, and traffic from Sweden grew by a fifth. "
            "Norway will answer next month.",
            "Parliament of Norway (committee record)",
            "person/sigrun-torvund-eide",
            "state/NO",
        ),
        (
            "Queues at the Velka Lipa bridge\n\nThe Interior Minister, Jana Kolarova-Sedlak, visited the bridge "
            "on Monday. Hungary wants more lanes, lorries from Hungary wait for hours and Hungary has written "
            "to Brussels. Slovakia will reply.",
            "Ministry of Transport of Slovakia",
            "person/jana-kolarova-sedlak",
            "state/SK",
        ),
    ],
)
def test_positions_other_sides_publisher_state_before_the_most_named(
    nlp: Language, text: str, publisher: str, holder: str, state: str
) -> None:
    assert state in posts_by_holder(nlp, text, publisher).get(holder, set())


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "Peru: Chilean Foreign Minister holds talks with President Jonas Varnholm in Lima\n\n"
            "The visit lasted two days.",
            "person/jonas-varnholm",
            "state/PE",
        ),
        (
            "Estonia hosts talks as Latvia's Interior Minister meets Prime Minister Teodora Lisk\n\n"
            "The talks were brief.",
            "person/teodora-lisk",
            "state/EE",
        ),
    ],
)
def test_positions_other_sides_state_of_another_office(nlp: Language, text: str, holder: str, state: str) -> None:
    assert posts_by_holder(nlp, text).get(holder) == {state}


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Foreign Affairs summoned Germany's ambassador on Tuesday. The Minister, Anna Wolny-Lis, "
        "has written to the Commission.\n\nPoland keeps its border open.",
        "On Friday the ministry called in the ambassador of Germany. The Minister, Anna Wolny-Lis, then spoke to "
        "the press.\n\nPoland keeps its border open.",
    ],
)
def test_positions_other_sides_envoys_state(nlp: Language, text: str) -> None:
    assert posts_by_holder(nlp, text).get("person/anna-wolny-lis") == {"state/PL"}


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "Warsaw, 3 May. Poland's trade minister said she would fly to see her counterpart in Prague, "
            "Minister Pavel Ostrava-Kral, after the summer recess.",
            "person/pavel-ostrava-kral",
            "state/CZ",
        ),
        (
            "Lisbon, 8 June. Portugal's agriculture minister told reporters that her counterpart in Madrid, "
            "Minister Lucia Ferrandiz Olmo, had agreed to the quotas.",
            "person/lucia-ferrandiz-olmo",
            "state/ES",
        ),
    ],
)
def test_positions_other_sides_counterpart_in_a_capital(nlp: Language, text: str, holder: str, state: str) -> None:
    assert posts_by_holder(nlp, text).get(holder) == {state}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ines Calvario received on Monday her Bolivian counterpart, Ambassador Teodoro Huarachi "
        "Llanque, in Lima. Minister Huarachi Llanque thanked Peru for its help.",
        "The Foreign Minister of Peru, Ines Calvario, welcomed her Bolivian counterpart, Ambassador Teodoro "
        "Huarachi Llanque, on Tuesday. Later, Minister Huarachi Llanque visited the port of Callao in Peru.",
    ],
)
def test_positions_other_sides_guest_styled_ambassador(nlp: Language, text: str) -> None:
    assert posts_by_holder(nlp, text).get("person/teodoro-huarachi-llanque") == {"state/BO"}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The general toured the base with the Minister Delegate in charge of Civic Education, "
            "Aurelien Koffi-Mensa, and the Chief of Staff.",
            "person/aurelien-koffi-mensa",
            "Minister Delegate in charge of Civic Education",
        ),
        (
            "On Monday the delegation met the Minister of State for Coast Provincial Affairs and Fisheries of "
            "Kenya, Mr. Jomo Barasa-Wekesa, in the port.",
            "person/jomo-barasa-wekesa",
            "Minister of State for Coast Provincial Affairs and Fisheries",
        ),
    ],
)
def test_positions_other_sides_portfolio_is_no_body(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = [p for p in find_positions(doc, article, find_entities(doc, article)) if p.holder == holder]
    assert [p.title for p in found] == [title]
    assert all(p.post_in is None or p.post_in.startswith("state/") for p in found)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "The war against Moldova: statement to the Council\n\nThank you, Chair. Three million people have "
            "fled Moldova because of President Dravanek's war. We stand with Moldova.",
            "Delegation of Sweden to the Council",
        ),
        (
            "Moldova under fire: statement by the Ministry\n\nThe Ministry condemns the strikes on towns in "
            "Moldova. President Dravanek ordered them. Sweden will send aid.",
            "Ministry of Foreign Affairs of Sweden",
        ),
    ],
)
def test_positions_other_sides_leader_named_bare_is_not_the_publishers(
    nlp: Language, text: str, publisher: str
) -> None:
    assert "state/SE" not in posts_by_holder(nlp, text, publisher).get("person/dravanek", {"state/SE"})


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "Bratislava, 4 May. The Security Council met on Monday. It was chaired by President Jonas Kralik of "
            "Slovakia and attended by Prime Minister Eva Hornakova-Benes.",
            "person/eva-hornakova-benes",
            "state/SK",
        ),
        (
            "Helsinki, 4 May. President Marja Lindqvist-Aro of Finland opened the session, and Prime Minister "
            "Pekka Soininen-Rautio spoke after her.",
            "person/pekka-soininen-rautio",
            "state/FI",
        ),
    ],
)
def test_positions_other_sides_head_of_government_beside_head_of_state(
    nlp: Language, text: str, holder: str, state: str
) -> None:
    assert posts_by_holder(nlp, text).get(holder) == {state}
