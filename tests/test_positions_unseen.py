"""Offices as unseen news states them: lower offices, signatures, bracketed names, portfolios, "its"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions, posts_to_add
from kg.model import Article, Position

Got = set[tuple[str, str, str | None]]


def _run(nlp: Language, text: str, publisher: str | None = None) -> Got:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    positions: tuple[Position, ...] = find_positions(doc, article, find_entities(doc, article))
    return {(p.holder, p.title, p.post_in) for p in positions}


def _held(got: Got, holder: str) -> set[tuple[str, str | None]]:
    return {(title, post) for h, title, post in got if h == holder}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Chile reopened the road on Monday. The Superintendent of Migration, Jorge Ramos Ruiz, said "
            "that about 700 people crossed each day.",
            "person/jorge-ramos-ruiz",
            "Superintendent of Migration",
        ),
        (
            "The Electoral Commission counted the votes overnight. The commission's chairperson, Justice "
            "Mary Banda-Phiri, urged candidates to wait.",
            "person/mary-banda-phiri",
            "Chairperson",
        ),
        (
            "Zambia opened a new terminal. The chief negotiator, Paul Mwale, said talks would resume.",
            "person/paul-mwale",
            "Chief Negotiator",
        ),
    ],
)
def test_positions_unseen_offices_below_the_top(nlp: Language, text: str, holder: str, title: str) -> None:
    assert title in {t for t, _ in _held(_run(nlp, text), holder)}


@pytest.mark.parametrize(
    ("text", "holder", "title", "post"),
    [
        (
            "The National Police Service regrets the loss of life in Kenya.\n\nOur thoughts are with the "
            "families.\n\nDr. Jane Wambui, PhD\nPolice Spokesperson\nNational Police Service\n",
            "person/jane-wambui",
            "Police Spokesperson",
            "agency/police-kenya",
        ),
        (
            "The ministry announced new rules for the harbour in Ghana.\n\nFor more information:\nKwame Mensah\n"
            "Head of Communications\nTel. 123 456\n",
            "person/kwame-mensah",
            "Head of Communications",
            "state/GH",
        ),
    ],
)
def test_positions_unseen_signature_block(nlp: Language, text: str, holder: str, title: str, post: str) -> None:
    """A release signed with the name, the title and the body on lines of their own."""
    assert (title, post) in _held(_run(nlp, text), holder)


def test_positions_unseen_name_line_in_a_sentence_is_no_signature(nlp: Language) -> None:
    text = "Kwame Mensah said on Monday that the port would reopen.\nHead of Communications\n"
    assert not _held(_run(nlp, text), "person/kwame-mensah")


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Minister for Housing (Tom Sheridan): Figures show that 1,312 families were rehoused.",
            "person/tom-sheridan",
            "Minister for Housing",
        ),
        (
            "Britain said so. The Secretary of State for Transport (Anna Whitby): We have invested in the railways.",
            "person/anna-whitby",
            "Secretary of State for Transport",
        ),
    ],
)
def test_positions_unseen_bracketed_name_after_title(nlp: Language, text: str, holder: str, title: str) -> None:
    """A record of proceedings names the office holder in brackets after the office."""
    assert title in {t for t, _ in _held(_run(nlp, text), holder)}


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Energy Security, Tom Sheridan, opened the plant.",
        "The Commissioner for Refugees and Returnees, Tom Sheridan, opened the camp.",
    ],
)
def test_positions_unseen_portfolio_is_no_body(nlp: Language, text: str) -> None:
    """ "Minister for X": X is the portfolio, never the body the minister serves in."""
    held = _held(_run(nlp, text), "person/tom-sheridan")
    assert held and all(post is None or post.startswith("state/") for _, post in held), held
    assert any(" for " in title for title, _ in held), held


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda met. Cabinet Secretary for Trade Peter Kamau spoke by telephone on Tuesday with "
        "Uganda's Minister of Trade Jane Akello. Kenya said so.",
        "Kenya and Uganda met. Cabinet Secretary Peter Kamau held talks with Uganda's Trade Minister Jane Akello "
        "in Kampala. Kenya welcomed the talks.",
    ],
)
def test_positions_unseen_other_side_owns_no_office(nlp: Language, text: str) -> None:
    """The state that owns the other official's title, after "with", is not this official's."""
    held = _held(_run(nlp, text), "person/peter-kamau")
    assert held and {post for _, post in held} == {"state/KE"}, held


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Peter Kamau spoke with the United States President about trade and the ports.",
        "Prime Minister Peter Kamau held talks with the Norwegian Foreign Minister about fishing rights.",
    ],
)
def test_positions_unseen_state_named_only_as_the_other_side_owns_no_office(nlp: Language, text: str) -> None:
    """A state the text names only after "with (the)" is the other side's, even as the text's only state."""
    held = _held(_run(nlp, text), "person/peter-kamau")
    assert held and {post for _, post in held} == {None}, held


@pytest.mark.parametrize(
    "text",
    [
        'Fighting spread on Monday. "We do not want to see what we saw in Ghana or Mali," Commissioner for '
        "Refugees Peter Kamau told reporters in Geneva.",
        '"Nobody in Peru or Chile has seen such floods," Special Envoy Peter Kamau said on Monday.',
    ],
)
def test_positions_unseen_state_inside_the_quote_is_not_the_speakers(nlp: Language, text: str) -> None:
    held = _held(_run(nlp, text), "person/peter-kamau")
    assert held and not any(post and post.startswith("state/") for _, post in held), held


@pytest.mark.parametrize(
    "text",
    [
        "Arab League ministers gathered in Tunis. Comoros, one of the league's smallest members, came for the "
        "first time in years. Its Prime Minister, Said Mdahoma Ali, promised a new envoy.",
        "The African Union welcomed Eswatini, the union's smallest member. Its Foreign Minister, "
        "Sipho Dlamini, thanked the bloc.",
    ],
)
def test_positions_unseen_its_minister_is_a_states(nlp: Language, text: str) -> None:
    """ "its" before a minister stands for the state last named, not a bloc named after it."""
    got = _run(nlp, text)
    posts = {post for _, _, post in got if post}
    assert posts and all(post.startswith("state/") for post in posts), got


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The defence minister met the Commander of the Army, General Paulo Mendes Lima, in Brasilia.",
            "person/paulo-mendes-lima",
        ),
        ("Peru said the Commander of the Navy, Admiral Luis Vargas Soto, would retire.", "person/luis-vargas-soto"),
    ],
)
def test_positions_unseen_office_with_a_rank_word(nlp: Language, text: str, holder: str) -> None:
    """ "Commander of the Army" is an office (a body is named); the bare rank after it is none."""
    held = _held(_run(nlp, text), holder)
    assert len(held) == 1 and next(iter(held))[0] == "Commander", held


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Haiti said so. The Humanitarian Coordinator, Omar Diallo, condemned the strike.",
            "person/omar-diallo",
            "Humanitarian Coordinator",
        ),
        (
            "The following is a transcript of the briefing by Maria Lopez, Deputy Spokesperson for the "
            "Secretary-General.",
            "person/maria-lopez",
            "Deputy Spokesperson for the Secretary-General",
        ),
    ],
)
def test_positions_unseen_office_the_tagger_misreads(nlp: Language, text: str, holder: str, title: str) -> None:
    """An office read as an organization's name or a person's by the tagger is still an office."""
    assert title in {t for t, _ in _held(_run(nlp, text), holder)}


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "This is the Northern Radio Service evening bulletin. Voters in Norway backed the plan. The Prime "
            "Minister, Ola Berg, spoke to them shortly after midnight.",
            "Northern Radio Service",
        ),
        (
            "The Ministry of Culture welcomed the result. Voters in Norway backed the plan. The Prime Minister, "
            "Ola Berg, spoke to them.",
            "Ministry of Culture",
        ),
    ],
)
def test_positions_unseen_state_office_not_the_publishers(nlp: Language, text: str, publisher: str) -> None:
    """A prime minister is a state's, even in a text a ministry or a broadcaster publishes."""
    assert _held(_run(nlp, text, publisher), "person/ola-berg") == {("Prime Minister", "state/NO")}


@pytest.mark.parametrize("publisher", ["United Nations", "NATO"])
def test_positions_unseen_international_publisher(nlp: Language, publisher: str) -> None:
    """An international organization's own briefing: its officials named with no body serve it."""
    text = (
        "The following is a transcript of today's noon briefing by Maria Lopez, Deputy Spokesperson for the "
        "Secretary-General.\n\nGood afternoon. The strike in Chad was condemned."
    )
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    entities = find_entities(doc, article)
    positions = find_positions(doc, article, entities)
    posts = {p.post_in for p in positions if p.holder == "person/maria-lopez"}
    assert len(posts) == 1 and next(iter(posts), "").startswith("organization/"), posts
    added = posts_to_add(positions, entities)
    assert {e.key for e in added} >= posts and all(e.name for e in added)


def test_positions_unseen_outlet_publisher_is_no_body(nlp: Language) -> None:
    text = (
        "The following is a transcript of the briefing by Maria Lopez, Deputy Spokesperson for the Secretary-General."
    )
    assert not any(
        (post or "").startswith("organization/")
        for _, post in _held(_run(nlp, text, "Evening Radio"), "person/maria-lopez")
    )


def test_positions_unseen_our_official_is_the_speakers(nlp: Language) -> None:
    """A speech's "our chief negotiator, Secretary X": the speaker's state, for both titles of the mention."""
    text = (
        "Yesterday in Jakarta, the Government of Indonesia and the rebels signed an agreement. I thank Prime "
        "Minister Lee Wong and the Government of Singapore, and our chief negotiator, Secretary Maria Santos, "
        "who never left the table. Indonesia will keep its word."
    )
    held = _held(_run(nlp, text), "person/maria-santos")
    assert ("Chief Negotiator", "state/ID") in held and {post for _, post in held} == {"state/ID"}, held


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ghana's Minister of Infrastructure and Equipment, Yaw Boateng, opened the port.", "state/GH"),
        ("The Minister of Water and Sanitation of Kenya, Yaw Boateng, visited the dam on Tuesday.", "state/KE"),
        ("Peru's Secretary of Mines and Energy, Yaw Boateng, signed the permit.", "state/PE"),
    ],
)
def test_positions_unseen_portfolio_after_of_is_no_body(nlp: Language, text: str, state: str) -> None:
    """ "Minister of X" where the tagger took X for a body that names none: X is the portfolio."""
    held = _held(_run(nlp, text), "person/yaw-boateng")
    assert held and all(post in {state, None} for _, post in held), held
    assert any(" of " in title for title, _ in held), held
