"""Title shapes of local and official news: a form of address between the title and the name, an
office whose first word is a body word ("the Cabinet Secretary for X, Y"), and a body's name before
a lower-case office set off by commas ("X Authority area manager for Z, Ms Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _held(nlp: Language, text: str, holder: str) -> set[tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {
        (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article)) if p.holder == holder
    }


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        ("Oakvale Town Clerk Mrs Alice Ndebele said the council opened two bays.", "person/alice-ndebele", "Clerk"),
        (
            "Deputy Mayor Ms. Clarice Vohn said the market would reopen on Friday.",
            "person/clarice-vohn",
            "Deputy Mayor",
        ),
    ],
)
def test_positions_title_forms_address_between_title_and_name(
    nlp: Language, text: str, holder: str, title: str
) -> None:
    assert title in {t for t, _ in _held(nlp, text, holder)}


@pytest.mark.parametrize(
    ("text", "holder", "title", "post"),
    [
        (
            "The Cabinet Secretary for Foreign Affairs of Kenya, Jane Muthoka, and the Minister for Foreign "
            "Affairs of Tanzania, Juma Salim, signed the deal.",
            "person/jane-muthoka",
            "Cabinet Secretary for Foreign Affairs",
            "state/KE",
        ),
        (
            "Floods closed the road in Chile. The Government Spokesperson, Ana Rojas, said it would reopen.",
            "person/ana-rojas",
            "Government Spokesperson",
            None,
        ),
    ],
)
def test_positions_title_forms_office_named_with_a_body_word(
    nlp: Language, text: str, holder: str, title: str, post: str | None
) -> None:
    """ "Cabinet", "Government" before an office's head word start a title, not a body's name."""
    held = _held(nlp, text, holder)
    assert title in {t for t, _ in held}
    if post is not None:
        assert (title, post) in held


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "Kenya Revenue Authority regional manager for Coast, Mr Peter Kamau, said the system was back.",
            "person/peter-kamau",
            "agency/kenya-revenue-authority",
        ),
        (
            "Uganda Wildlife Authority area manager for Murchison, Ms Grace Akello, said the park was closed.",
            "person/grace-akello",
            "agency/uganda-wildlife-authority",
        ),
    ],
)
def test_positions_title_forms_body_before_a_lower_case_office(
    nlp: Language, text: str, holder: str, post: str
) -> None:
    """The body that opens the phrase is the office's; the "for"-complement is the area it covers."""
    assert {p for _, p in _held(nlp, text, holder)} == {post}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Ghanaian President Kofi Mensah met aid groups. Yaw Boateng, the president's press secretary, "
            "said the talks went well.",
            "person/yaw-boateng",
            "Press Secretary",
        ),
        (
            "The minister's chief of staff, Efua Asante, said the convoy had left Accra.",
            "person/efua-asante",
            "Chief of Staff",
        ),
        (
            "Later the governor's spokesman, Kwame Owusu, said more aid was coming to Ghana.",
            "person/kwame-owusu",
            "Spokesman",
        ),
    ],
)
def test_positions_title_forms_an_office_possessor_is_no_title_of_the_aide(
    nlp: Language, text: str, holder: str, title: str
) -> None:
    """ "X, the president's press secretary": X is the press secretary, not a president."""
    held = {t for t, _ in _held(nlp, text, holder)}
    assert title in held
    assert not held & {"President", "Minister", "Governor"}


@pytest.mark.parametrize(
    "text",
    [
        "On the margins of the UN General Assembly, Mrs. Ana Rojas, Minister for Foreign Affairs of Chile, spoke.",
        "After a meeting of the Supreme Council, Ana Rojas, the Minister of Mining of Chile, said prices would rise.",
    ],
)
def test_positions_title_forms_a_body_after_a_title_word_is_no_office(nlp: Language, text: str) -> None:
    """ "the General Assembly, X": a title word qualifying a body gives X no office."""
    held = _held(nlp, text, "person/ana-rojas")
    assert held and all("Assembly" not in t and "Council" not in t for t, _ in held)


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister General Omar Rashid said the crossing in Chile was shut.",
        "Interior Minister Sheikh Omar Rashid said the crossing in Chile was shut.",
        "Interior Minister Senator Omar Rashid told envoys in Chile the crossing was shut.",
    ],
)
def test_positions_title_forms_rank_or_address_after_an_office_is_no_part_of_it(nlp: Language, text: str) -> None:
    """ "Interior Minister General X": the office ends at "Minister"; the rank or address is X's own."""
    assert {t for t, _ in _held(nlp, text, "person/omar-rashid")} == {"Interior Minister"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Minister for Communications and Information Technology, Yuba Tamang said the lines were cut.",
            "Minister for Communications and Information Technology",
        ),
        (
            "Floods hit Nepal. Minister for Water and Sanitation, Yuba Tamang, said the pipes held.",
            "Minister for Water and Sanitation",
        ),
    ],
)
def test_positions_title_forms_office_opening_a_sentence_before_a_comma(nlp: Language, text: str, title: str) -> None:
    """An office with no article opening a sentence, then the holder after a comma."""
    assert title in {t for t, _ in _held(nlp, text, "person/yuba-tamang")}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean Army said two civilians were hurt. Its spokeswoman, Lt. Gen. Ingrid Dahl, told reporters so.",
        "The army of Chile denied it. The army's spokeswoman, Col. Ingrid Dahl, spoke to reporters in Arica.",
    ],
)
def test_positions_title_forms_rank_between_an_office_and_its_holder(nlp: Language, text: str) -> None:
    """ "Its spokeswoman, Lt. Gen. X,": the rank stands between the comma and the name."""
    assert "Spokeswoman" in {t for t, _ in _held(nlp, text, "person/ingrid-dahl")}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Speakers: Director General of the Nordic Water Council, Ms Ana Velt-Moss; Chair of the Board, "
            "Mr Jo Halvard-Lind",
            "person/ana-velt-moss",
            "Director General",
        ),
        (
            "Panel: Head of Research at the Tarn Institute, Dr Mila Oskarsson; Chief Economist of the Vell Bank, "
            "Mr Ravi Holmqvist-Ek",
            "person/ravi-holmqvist-ek",
            "Chief Economist",
        ),
    ],
)
def test_positions_title_forms_office_opening_a_list_item(nlp: Language, text: str, holder: str, title: str) -> None:
    """A header's list of speakers ("Speakers: Office of the X, Name; Office, Name"): each item opens
    with the office after the colon or semicolon, set off by a comma before its holder."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, title) in got


@pytest.mark.parametrize(
    "text",
    [
        "Transcript of the press conference of Minister of Health Dana Rusu-Ciobanu and Chief Sanitary Doctor "
        "Ion Ceban-Lupu",
        "The press conference of Minister of Health Dana Rusu-Ciobanu began at noon.",
    ],
)
def test_positions_title_forms_office_after_a_qualified_noun(nlp: Language, text: str) -> None:
    """ "the press conference of Minister of X Y": a title word qualifying the noun after it ("press")
    opens no title; the office starts at the title word after "of"."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert ("person/dana-rusu-ciobanu", "Health Minister") in got
