"""Titles of any shape: modifiers, "of"-complements, comma lists, possessives, publishers, speaker lines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.extract.titles import normalize_title
from kg.model import Article, Position

Got = set[tuple[str, str, str | None]]


def _run(nlp: Language, text: str, publisher: str | None = None) -> Got:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    positions: tuple[Position, ...] = find_positions(doc, article, find_entities(doc, article))
    return {(p.holder, p.title, p.post_in) for p in positions}


def _titles(got: Got, holder: str) -> set[str]:
    return {title for h, title, _ in got if h == holder}


def test_positions_titles_normalize_keeps_complements() -> None:
    assert normalize_title(["Minister", "of", "Labour", "and", "Social", "Protection"]) == (
        "Minister of Labour and Social Protection"
    )
    assert normalize_title(["Head", "of", "the", "Legal", "Department"]) == "Head of the Legal Department"
    assert normalize_title(["Minister", "of", "Foreign", "Affairs"]) == "Foreign Minister"


def test_positions_titles_normalize_keeps_acronyms_as_written() -> None:
    assert normalize_title(["Head", "of", "the", "OSCE", "Mission"]) == "Head of the OSCE Mission"
    assert normalize_title(["deputy", "WFP", "country", "director"]) == "Deputy WFP Country Director"
    # a label shouted in capitals says nothing about which words are acronyms
    assert normalize_title(["CHIEF", "OF", "STAFF"]) == "Chief of Staff"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Health and Social Welfare Anna Berg, Deputy Head of the Cabinet Office "
            "Tom Harris and Prosecutor General Omar Haddad visited the flooded districts on Monday.",
            {
                "person/anna-berg": "Minister of Health and Social Welfare",
                "person/tom-harris": "Deputy Head",
                "person/omar-haddad": "Prosecutor General",
            },
        ),
        (
            "The talks were attended by Chief of Staff Helene Dubois, Minister of Culture and Sport "
            "Daniel Weber and Attorney General Marc Lefevre.",
            {
                "person/daniel-weber": "Minister of Culture and Sport",
                "person/helene-dubois": "Chief of Staff",
                "person/marc-lefevre": "Attorney General",
            },
        ),
    ],
)
def test_positions_titles_comma_list_of_complements(nlp: Language, text: str, expected: dict[str, str]) -> None:
    got = _run(nlp, text)
    for holder, title in expected.items():
        titles = _titles(got, holder)
        assert len(titles) == 1 and next(iter(titles)).startswith(title), (holder, titles)


@pytest.mark.parametrize(
    "text",
    [
        "The Executive Director of UNICEF said on Friday that WHO Regional Director Maria Lindqvist "
        "would travel to Chad.",
        "WHO Regional Director Maria Lindqvist, who visited Chad last month, said more doctors were needed.",
    ],
)
def test_positions_titles_body_before_modified_title(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert ("person/maria-lindqvist", "Regional Director", "agency/world-health-organization") in got


@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization sent a team. Peter Novak, the agency's executive director, "
        "said the clinics would reopen.",
        "Doctors from the World Health Organization arrived on Tuesday. The agency's executive "
        "director, Peter Novak, thanked the volunteers.",
    ],
)
def test_positions_titles_possessive_of_a_body_named_before(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/peter-novak", "Executive Director", "agency/world-health-organization")}


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "The following can be attributed to Spokesperson Lena Hartmann:\n\nCanada condemns the "
            "attack on the convoy near Kharkiv and calls on Moscow to stop.",
            "Global Affairs Canada, Press Office",
        ),
        (
            "Spokesperson Lena Hartmann told reporters that Canada would send more aid to Haiti.",
            "Canadian Ministry of Foreign Affairs",
        ),
    ],
)
def test_positions_titles_bare_office_is_in_the_publisher(nlp: Language, text: str, publisher: str) -> None:
    got = _run(nlp, text, publisher)
    assert got == {("person/lena-hartmann", "Spokesperson", "state/CA")}


def test_positions_titles_head_of_state_is_not_the_publisher(nlp: Language) -> None:
    text = "Canada condemns the strikes on Moldova ordered by President Ivan Sorokin of Belarus last week."
    got = _run(nlp, text, "Canadian Ministry of Foreign Affairs")
    assert ("person/ivan-sorokin", "President", "state/CA") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Maria K. Olsen met Austrian Foreign Minister Karl Berger in Vienna. "
        "Secretary Olsen and Foreign Minister Berger condemned Belarus for the attacks.",
        "Austrian Foreign Minister Karl Berger spoke with Secretary of State Maria K. Olsen. "
        "Foreign Minister Berger later said Hungary had been told.",
    ],
)
def test_positions_titles_repeated_short_title_is_the_same_office(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert [p for p in got if p[0] == "person/karl-berger"] == [("person/karl-berger", "Foreign Minister", "state/AT")]
    assert _titles(got, "person/maria-k-olsen") <= {"Secretary of State"}


@pytest.mark.parametrize(
    "text",
    [
        "Statement by High Representative Elena Moretti on the elections in Moldova\n\n"
        "The European Union welcomes the peaceful vote in Moldova.",
        "Remarks by High Representative Elena Moretti at the donors' conference\n\n"
        "The European Union will double its aid to the region.",
    ],
)
def test_positions_titles_title_line_of_a_statement(nlp: Language, text: str) -> None:
    got = _run(nlp, text, "European Union External Service")
    assert got == {("person/elena-moretti", "High Representative", "organization/european-union")}


@pytest.mark.parametrize(
    "text",
    [
        "Estonian Defence Minister Kaarel Tamm met the press in Tallinn.\n\n"
        "DEFENCE MINISTER TAMM: Thank you. We have agreed on new patrols.",
        "Estonian Defence Minister Kaarel Tamm hosted the meeting.\n\nMINISTER TAMM: Good morning to all of you.",
    ],
)
def test_positions_titles_speaker_line_by_surname(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/kaarel-tamm", "Defense Minister", "state/EE")}


@pytest.mark.parametrize(
    ("text", "holder", "title", "post"),
    [
        (
            "Rosa Quispe, the spokeswoman of the Peruvian government, denied the reports.",
            "person/rosa-quispe",
            "Spokeswoman",
            "state/PE",
        ),
        (
            "A deputy chairman of the Kenyan electoral commission, Daniel Otieno, resigned on Monday.",
            "person/daniel-otieno",
            "Deputy Chairman",
            "state/KE",
        ),
    ],
)
def test_positions_titles_never_cut_before_of(nlp: Language, text: str, holder: str, title: str, post: str) -> None:
    got = _run(nlp, text)
    titles = _titles(got, holder)
    assert titles and all(not t.endswith((" of", " Of")) for t in titles)
    assert any(t.startswith(title) for t in titles)


@pytest.mark.parametrize(
    "text",
    [
        "The head of the legal department of the Ministry of Defence of Peru, colonel Jorge Rojas, spoke to reporters.",
        "Colonel Jorge Rojas, head of the legal department of the Ministry of Defence of Peru, spoke to reporters.",
    ],
)
def test_positions_titles_rank_is_no_office_beside_one(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    titles = _titles(got, "person/jorge-rojas")
    assert titles == {"Head of the Legal Department"}


@pytest.mark.parametrize(
    "text",
    [
        "Polish foreign minister Anna Nowak arrived in Kyiv on Monday.",
        "In Kyiv, the talks were opened by polish deputy foreign minister Anna Nowak.",
    ],
)
def test_positions_titles_lowercase(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert any(h == "person/anna-nowak" and "Foreign Minister" in t and p == "state/PL" for h, t, p in got)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg, Norway's Refugee Welfare and Resettlement Commissioner, opened the new shelter.",
        "The shelter was opened on Friday by Anna Berg, Norway's Refugee Welfare and Resettlement Commissioner.",
    ],
)
def test_positions_titles_compound_office_after_a_possessive(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/anna-berg", "Refugee Welfare and Resettlement Commissioner", "state/NO")}


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        ("President Lena Ortiz of Chile spoke today with the mayor of Lima.", "person/lena-ortiz", "state/CL"),
        (
            "The call was held between Prime Minister Tom Harris of the Netherlands and officials in Peru.",
            "person/tom-harris",
            "state/NL",
        ),
    ],
)
def test_positions_titles_body_after_the_name(nlp: Language, text: str, holder: str, post: str) -> None:
    got = _run(nlp, text)
    assert {(h, p) for h, _, p in got if h == holder} == {(holder, post)}


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Anna Berg visited Chad on Monday.",
        "Anna Berg, the UN Secretary-General, visited Chad on Monday.",
    ],
)
def test_positions_titles_hyphenated_title(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/anna-berg", "Secretary-General", "organization/united-nations")}


@pytest.mark.parametrize("publisher", ["Voice of Canada", "Canada Daily News"])
def test_positions_titles_an_outlet_is_no_publisher_body(nlp: Language, publisher: str) -> None:
    text = "Spokesperson Lena Hartmann said Chile would reopen the border on Monday, despite pressure from Canada."
    got = _run(nlp, text, publisher)
    assert ("person/lena-hartmann", "Spokesperson", "state/CA") not in got


@pytest.mark.parametrize(
    "text",
    [
        "President Tom Harris spoke today with President Lena Ortiz of Chile about trade.",
        "Chilean President Lena Ortiz welcomed President Tom Harris to Santiago.",
    ],
)
def test_positions_titles_another_holders_state_is_not_guessed(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert ("person/lena-ortiz", "President", "state/CL") in got
    assert ("person/tom-harris", "President", "state/CL") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Tom Harris said Russia must withdraw its troops from Moldova.",
        "As Ambassador Tom Harris told the council last week, Russia must stop the shelling.",
    ],
)
def test_positions_titles_publisher_state_unnamed_in_the_text(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test", publisher="Canadian Ministry of Foreign Affairs")
    extraction = extract(nlp(text), article)
    assert {(p.holder, p.title, p.post_in) for p in extraction.positions} == {
        ("person/tom-harris", "Ambassador", "state/CA")
    }
    assert "state/CA" in {e.key for e in extraction.entities}


@pytest.mark.parametrize(
    "text",
    [
        "We welcome the work of the UN envoy, Tom Harris, in Geneva.",
        "Ministers praised the efforts of the WHO Regional Director, Tom Harris, on Monday.",
    ],
)
def test_positions_titles_shortest_phrase_before_the_comma(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert len(got) == 1
    holder, title, post = next(iter(got))
    assert holder == "person/tom-harris" and title in {"Envoy", "Regional Director"}
    assert post in {"organization/united-nations", "agency/world-health-organization"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("EU foreign policy chief Tom Harris said the bloc would respond.", "Foreign Policy Chief"),
        (
            "EU ministers met in Brussels. The bloc's trade policy chief, Tom Harris, said it would respond.",
            "Trade Policy Chief",
        ),
    ],
)
def test_positions_titles_common_nouns_between_body_and_office(nlp: Language, text: str, title: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/tom-harris", title, "organization/european-union")}


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Finnish Border Guard, Tom Harris, said the crossings were closed.",
        "Tom Harris, the head of the Finnish Border Guard, said the crossings were closed.",
    ],
)
def test_positions_titles_body_named_after_a_demonym(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/tom-harris", "Head", "agency/border-guard-finland")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president said on Monday that the president's spokesman Tom Harris would brief reporters.",
        "Reporters were told by the minister's spokesman Tom Harris that Chile would reply.",
    ],
)
def test_positions_titles_office_after_a_possessive_person(nlp: Language, text: str) -> None:
    titles = _titles(_run(nlp, text), "person/tom-harris")
    assert titles == {"Spokesman"}


@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization opened a clinic. Its Regional Director Tom Harris cut the ribbon.",
        "The World Health Organization and its regional director, Tom Harris, opened a clinic.",
    ],
)
def test_positions_titles_its_office(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert got == {("person/tom-harris", "Regional Director", "agency/world-health-organization")}


def test_positions_titles_outlet_named_in_its_text_is_no_post(nlp: Language) -> None:
    text = "Governor Tom Harris told the Daily Courier that the bridge would reopen."
    got = _run(nlp, text, "Daily Courier")
    assert not any(post and "courier" in post for _, _, post in got)


@pytest.mark.parametrize(
    "text",
    [
        "High Representative/Vice-President Elena Moretti said the European Union condemns the vote.",
        "The European Union condemns the vote, High Representative/Vice-President Elena Moretti said.",
    ],
)
def test_positions_titles_double_office_with_a_slash(nlp: Language, text: str) -> None:
    got = _run(nlp, text, "European Union External Service")
    assert got == {("person/elena-moretti", "High Representative/Vice-President", "organization/european-union")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Harris, deputy head of the Chilean president's office, said 300 people had left.",
        "Tom Harris, chief of the Peruvian minister's staff, said the talks had failed.",
    ],
)
def test_positions_titles_possessive_inside_the_complement(nlp: Language, text: str) -> None:
    got = _run(nlp, text)
    assert len(got) == 1
    _, title, _ = next(iter(got))
    assert title.endswith(("President's Office", "Minister's Staff"))


@pytest.mark.parametrize(
    "text",
    [
        "The Prime Minister, Tom Harris, spoke to President Ana Rusu of Moldova this morning.",
        "This morning the Prime Minister, Tom Harris, called the President of Moldova.",
    ],
)
def test_positions_titles_the_head_of_government_of_an_official_publisher(nlp: Language, text: str) -> None:
    got = _run(nlp, text, "Canadian Prime Minister's Office")
    assert ("person/tom-harris", "Prime Minister", "state/CA") in got


@pytest.mark.parametrize(
    "text",
    [
        "WHO Regional Director Tom Harris arrived in Chad. The regional director said more doctors would come.",
        "WHO Regional Director Tom Harris arrived in Chad. More doctors would come, the regional director added.",
    ],
)
def test_positions_titles_later_description_is_evidence(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = find_positions(doc, article, find_entities(doc, article))
    assert len(positions) == 1
    assert [e.text.lower() for e in positions[0].evidence][-1] == "the regional director"


@pytest.mark.parametrize(
    ("text", "title", "post"),
    [
        ("Canadian Ambassador to the United Nations Tom Harris said Russia must withdraw.", "Ambassador", "state/CA"),
        (
            "Permanent Representative of Chile to the OSCE Tom Harris spoke first.",
            "Permanent Representative",
            "state/CL",
        ),
    ],
)
def test_positions_titles_posted_to_a_body(nlp: Language, text: str, title: str, post: str) -> None:
    assert _run(nlp, text) == {("person/tom-harris", title, post)}


@pytest.mark.parametrize(
    "text",
    [
        "More than 9,000 people have fled Togo into Ghana since Monday, Ghana's Interior Ministry said. "
        "Togo's army blamed the rebels. Interior Minister Kwame Mensah told reporters the border would stay open.",
        "Togo and its neighbours met on Friday. The Interior Ministry of Ghana said 400 people crossed from Togo. "
        "Interior Minister Kwame Mensah later visited the camps, and Togo's government thanked him.",
    ],
)
def test_positions_titles_a_minister_heads_the_ministry_the_text_names(nlp: Language, text: str) -> None:
    """The state of the ministry the story cites, not the state it mentions most or first."""
    got = _run(nlp, text)
    assert ("person/kwame-mensah", "Interior Minister", "state/GH") in got
