"""Offices as unseen official text words them: two offices joined before one name, compound
titles and ranks, a title's complement, a body's area, and the state of a story's dateline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article, Position

Got = set[tuple[str, str, str | None]]


def _run(nlp: Language, text: str) -> Got:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions: tuple[Position, ...] = find_positions(doc, article, find_entities(doc, article))
    return {(p.holder, p.title, p.post_in) for p in positions}


def _held(got: Got, holder: str) -> set[tuple[str, str | None]]:
    return {(title, post) for h, title, post in got if h == holder}


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        ("Deputy Prime Minister/Foreign Minister Tarek Osmani said Jordan would help.", "person/tarek-osmani", "JO"),
        (
            "Jordan's Deputy Prime Minister and Foreign Minister Tarek Osmani said talks were over.",
            "person/tarek-osmani",
            "JO",
        ),
        (
            "Foreign Minister/Deputy Prime Minister Ilse Brandauer said Austria would vote yes.",
            "person/ilse-brandauer",
            "AT",
        ),
    ],
)
def test_positions_official_two_offices_before_one_name(nlp: Language, text: str, holder: str, state: str) -> None:
    """A slash or "and" between two whole offices: the person holds both, in one state."""
    assert _held(_run(nlp, text), holder) == {
        ("Deputy Prime Minister", f"state/{state}"),
        ("Foreign Minister", f"state/{state}"),
    }


def test_positions_official_office_and_command(nlp: Language) -> None:
    """The first office takes the state, not the body the second one commands."""
    text = "Prime Minister and Commander-in-Chief of the Armed Forces Nabil al-Hashemi visited the base in Iraq."
    got = _held(_run(nlp, text), "person/nabil-al-hashemi")
    assert ("Prime Minister", "state/IQ") in got
    assert "Commander-in-Chief" in {title for title, _ in got}


def test_positions_official_an_article_makes_two_people(nlp: Language) -> None:
    text = "The President and Prime Minister Maren Sorvik met in Malta on Monday."
    assert {t for t, _ in _held(_run(nlp, text), "person/maren-sorvik")} == {"Prime Minister"}


@pytest.mark.parametrize(
    "text",
    [
        "Commander-in-Chief Fadi Montero inspected the troops in Chile.",
        "The troops in Chile were inspected by Commander-in-Chief Fadi Montero on Sunday.",
    ],
)
def test_positions_official_hyphenated_title_is_one_word(nlp: Language, text: str) -> None:
    assert {t for t, _ in _held(_run(nlp, text), "person/fadi-montero")} == {"Commander-in-Chief"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The Commander of the Navy, Vice Admiral Ramiro Tello Vasquez, warned families on Monday.",
            "ramiro-tello-vasquez",
        ),
        ("The Chief of the Coast Guard, Rear Admiral Maren Sorvik, said patrols would double.", "maren-sorvik"),
    ],
)
def test_positions_official_graded_rank_beside_an_office_is_none(nlp: Language, text: str, holder: str) -> None:
    """ "Vice Admiral" and "Rear Admiral" are ranks, like "Major General": no office of their own."""
    titles = {t for t, _ in _held(_run(nlp, text), f"person/{holder}")}
    assert titles and not titles & {"Vice Admiral", "Rear Admiral"}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Spokesman for the Commander-in-Chief of the Armed Forces, Brigadier General Fadi al-Kawari, "
            "said the raids would go on.",
            "person/fadi-al-kawari",
            "Spokesman for the Commander-in-Chief",
        ),
        (
            "The spokeswoman for the Prime Minister, Oona Rask, said Finland would wait.",
            "person/oona-rask",
            "Spokeswoman for the Prime Minister",
        ),
    ],
)
def test_positions_official_office_in_a_complement_is_not_the_holders(
    nlp: Language, text: str, holder: str, title: str
) -> None:
    """The name after the comma holds the whole office, not the one its complement names."""
    assert {t for t, _ in _held(_run(nlp, text), holder)} == {title}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Oxfam warned of hunger in Chad. Oxfam's Country Director for Chad, Joris Abeloos, said food ran out.",
            "organization/oxfam",
        ),
        (
            "UNFPA warned of hunger in Chad. UNFPA's Representative for Chad, Joris Abeloos, said food ran out.",
            "organization/unfpa",
        ),
    ],
)
def test_positions_official_body_named_in_possessive_serves_an_area(nlp: Language, text: str, body: str) -> None:
    """ "the agency's director for Y": the agency is the body, Y the area it serves."""
    assert {p for _, p in _held(_run(nlp, text), "person/joris-abeloos")} == {body}


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "VALLETTA — Foreign Minister Oskar Brenvik said on Monday that talks with Libya on the migrant "
            "boats would resume next week. Libya has not commented.",
            "person/oskar-brenvik",
            "state/MT",
        ),
        (
            "TALLINN, May 2 (Wire) - Interior Minister Lado Kvemo said more guards would go to the border. "
            "Russia has not replied to the note.",
            "person/lado-kvemo",
            "state/EE",
        ),
    ],
)
def test_positions_official_dateline_capital_gives_the_state(nlp: Language, text: str, holder: str, state: str) -> None:
    """ "CAPITAL — Foreign Minister X said": X is that state's minister, named or not."""
    assert {p for _, p in _held(_run(nlp, text), holder)} == {state}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Norway and Sweden argued over the border. Prime Minister Maren Sorvik has ordered every crossing "
            "with Sweden in Finnmark and Nordland closed until further notice.",
            "state/NO",
        ),
        (
            "Ethiopia accused Kenya of delays. Schools in Turkana and Marsabit will stay closed this week, "
            "President Maren Sorvik told reporters.",
            "state/KE",
        ),
    ],
)
def test_positions_official_regions_in_the_sentence_give_the_state(nlp: Language, text: str, state: str) -> None:
    """Provinces or towns of a state the text names say whose leader is speaking, as its name would."""
    assert {p for _, p in _held(_run(nlp, text), "person/maren-sorvik")} == {state}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Readout of President Maren Sorvik's Call with Prime Minister Oskar Brenvik\n\nThe Finnish President "
            "spoke by telephone on Tuesday with the Estonian Prime Minister about the border with Russia.\n",
            {("person/maren-sorvik", "state/FI"), ("person/oskar-brenvik", "state/EE")},
        ),
        (
            "Readout: Chancellor Ilse Brandauer meets President Fadi Montero\n\nThe Austrian Chancellor received "
            "the Chilean President in Vienna on Monday. Trade and migration were discussed.\n",
            {("person/ilse-brandauer", "state/AT"), ("person/fadi-montero", "state/CL")},
        ),
    ],
)
def test_positions_official_demonym_description_names_the_state(
    nlp: Language, text: str, want: set[tuple[str, str]]
) -> None:
    """Leaders named only in a title line: "the Tarnian President" below says whose president."""
    assert {(h, p) for h, _, p in _run(nlp, text)} == want


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Kars Chief Public Prosecutor's Office: six people charged\n\nThe Kars Chief Public Prosecutor's Office "
            "charged six people in Turkey on Monday. Governor of Kars Osman Yilmazer thanked the police.\n",
            "Kars Chief Public Prosecutor's Office",
        ),
        (
            "Kars Chief Public Prosecutor's Office: a network dismantled\n\nThe Kars Chief Public Prosecutor's Office "
            "said a smuggling network in Turkey was dismantled. The Governor of Kars, Osman Yilmazer, praised the "
            "gendarmerie.\n",
            "Kars Chief Public Prosecutor's Office",
        ),
    ],
)
def test_positions_official_governor_of_an_untagged_province(nlp: Language, text: str, publisher: str) -> None:
    """A local office "of" a province the gazetteer knows is in its state, never in the publishing body."""
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    got = find_positions(doc, article, find_entities(doc, article))
    posts = {p.post_in or "" for p in got if p.holder == "person/osman-yilmazer"}
    assert posts and all(p == "state/TR" or p.startswith(("region/", "settlement/")) for p in posts), posts


@pytest.mark.parametrize(
    ("text", "holder", "want"),
    [
        (
            "Joris Abeloos, who directs the Chilean Migration Service, said 400 people had crossed.",
            "person/joris-abeloos",
            ("Director", "agency/migration-service-chile"),
        ),
        (
            "The camps were full, said Oskar Brenvik, who leads Mercy Corps in Chad.",
            "person/oskar-brenvik",
            ("Leader", "agency/mercy-corps"),
        ),
        (
            "Oona Rask, who is the Finnish ministry's spokeswoman, said Finland would wait.",
            "person/oona-rask",
            ("Spokeswoman", "state/FI"),
        ),
    ],
)
def test_positions_official_relative_clause_states_an_office(
    nlp: Language, text: str, holder: str, want: tuple[str, str]
) -> None:
    """ "X, who heads Y": a present verb of leading and a named body make an office in it."""
    assert _held(_run(nlp, text), holder) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "Joris Abeloos, who directed the Chilean Migration Service until May, said 400 people had crossed.",
        "Joris Abeloos, who runs a small clinic in Chile, said 400 people had crossed.",
    ],
)
def test_positions_official_relative_clause_past_or_unnamed_is_none(nlp: Language, text: str) -> None:
    assert not _held(_run(nlp, text), "person/joris-abeloos")


def test_positions_official_relative_clause_after_a_title_adds_no_office(nlp: Language) -> None:
    text = "Chilean Foreign Minister Joris Abeloos, who chairs the Pacific Alliance this year, opened the talks."
    assert {t for t, _ in _held(_run(nlp, text), "person/joris-abeloos")} == {"Foreign Minister"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The head of the observation mission, Ambassador Maren Sorvik, said the count would be watched.",
            "person/maren-sorvik",
        ),
        (
            "Speaking after the meeting, the Chair of the Council, Ambassador Oskar Brenvik, Permanent "
            "Representative of Norway to the African Union, said aid must reach the border.",
            "person/oskar-brenvik",
        ),
    ],
)
def test_positions_official_ambassador_as_address_is_no_office(nlp: Language, text: str, holder: str) -> None:
    """ "Ambassador" before the name of someone holding another office is how a diplomat is addressed."""
    titles = {t for t, _ in _held(_run(nlp, text), holder)}
    assert titles and "Ambassador" not in titles


def test_positions_official_ambassador_alone_stays_an_office(nlp: Language) -> None:
    assert _held(_run(nlp, "Ambassador Maren Sorvik said Norway would send aid."), "person/maren-sorvik") == {
        ("Ambassador", "state/NO")
    }


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Ethiopia accused Kenya of shelling. Ethiopia said the border would stay shut, and Ethiopia recalled "
            "its envoy.\n\nResidents of villages in Turkana were moved to shelters on Sunday. Schools will stay "
            "closed this week, county governor Maren Sorvik told local radio.\n",
            "state/KE",
        ),
        (
            "Russia closed its side of the border with Norway. Russia blamed the weather, and Russia said talks "
            "would follow.\n\nFamilies in Nordland were told to stay indoors. Roads will reopen on Friday, "
            "governor Maren Sorvik said.\n",
            "state/NO",
        ),
    ],
)
def test_positions_official_regions_of_the_paragraph_give_the_state(nlp: Language, text: str, state: str) -> None:
    """A province the paragraph names votes for its state, like a town or the state's own name."""
    assert {p for _, p in _held(_run(nlp, text), "person/maren-sorvik")} == {state}
