"""An office in apposition before a name with a form of address: "the Director of X, Dr. Y" (issue 8).

Invented sentences through the real model: the "Mr."/"Ms."/"Dr." between the comma and the name
is no part of the title and must not hide it; the title's own tail ("of Prisons", "for Foreign
Trade") is no body of its own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities, link_mentions
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Director of the Lake Commission, Dr. Amal Hussein Idris, said the water level had fallen.",
            ("person/amal-hussein-idris", "Director", "agency/lake-commission"),
        ),
        (
            "Speaking in the capital, the Chief Engineer of the Water Board, Mr. Peter Lindgren Okafor, said the "
            "dam was safe.",
            ("person/peter-lindgren-okafor", "Chief Engineer", "organization/water-board"),
        ),
    ],
)
def test_positions_honorifics_title_before_addressed_name(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    assert want in _positions(nlp, text)


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Inspector-General of Prisons, Ms. Joyce Atieno Kamau, visited the jail on Sunday.",
            "person/joyce-atieno-kamau",
            "Inspector General of Prisons",
        ),
        (
            "The deal was signed by the Minister of State for Foreign Trade, Dr. Omar Said Farah, on Monday.",
            "person/omar-said-farah",
            "Minister of State for Foreign Trade",
        ),
    ],
)
def test_positions_honorifics_title_tail_is_no_body(nlp: Language, text: str, holder: str, title: str) -> None:
    assert title in {t for h, t, _ in _positions(nlp, text) if h == holder}
    bodies = [lk.text for lk in link_mentions(nlp(text)) if lk.type in {"Organization", "Agency"}]
    assert not any(b.split()[0] in {"of", "for"} for b in bodies)


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Commissioner for Refugees in the Office of the Vice President, Ranet Owor, toured the settlement.",
            "person/ranet-owor",
            "Commissioner for Refugees",
        ),
        (
            "The head of protocol at the Office of the President, Miriam Achieng Odera, met the envoys.",
            "person/miriam-achieng-odera",
            "Head of Protocol",
        ),
    ],
)
def test_positions_honorifics_office_named_in_a_body_is_not_hers(
    nlp: Language, text: str, holder: str, title: str
) -> None:
    titles = {t for h, t, _ in _positions(nlp, text) if h == holder}
    assert not any(t in {"Minister", "Prime Minister", "President"} for t in titles)
    assert any(title.lower() in t.lower() for t in titles)


@pytest.mark.parametrize(
    ("text", "first", "second", "title"),
    [
        (
            "The Minister of Water of Ruritania, Jana Novak Hlinka, the Minister for Energy and Mines of Norland, "
            "Tomas Berg Lund, and their deputies met in Vienna.",
            "person/jana-novak-hlinka",
            "person/tomas-berg-lund",
            "Minister for Energy and Mines",
        ),
        (
            "Present were Amadou Sall Diop, the Secretary for Trade and Industry of Senegal, Fatou Ndiaye Ba, and "
            "two advisers.",
            "person/amadou-sall-diop",
            "person/fatou-ndiaye-ba",
            "Secretary for Trade and Industry",
        ),
    ],
)
def test_positions_honorifics_office_in_a_list_is_the_next_names(
    nlp: Language, text: str, first: str, second: str, title: str
) -> None:
    got = _positions(nlp, text)
    assert not any(h == first and title in t for h, t, _ in got)
    people = {lk.text for lk in link_mentions(nlp(text)) if lk.type == "Person"}
    assert not any(p.endswith(("Affairs", "Mines", "Industry")) for p in people)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Director of the Coastal Water Agency, Inspector Marta Velloso Lind, said the dam would hold.",
            ("person/marta-velloso-lind", "Director", "agency/coastal-water-agency"),
        ),
        (
            "Speaking at the port, the commander of the Harbour Police, Inspector Jonas Aldred, told reporters the "
            "road would reopen.",
            ("person/jonas-aldred", "Commander", "agency/harbour-police"),
        ),
        (
            "The Chairperson of the Lands Board, Cllr. Ruth Mbeki-Tarawally, said the survey was complete.",
            ("person/ruth-mbeki-tarawally", "Chairperson", "organization/lands-board"),
        ),
    ],
)
def test_positions_honorifics_police_grade_or_lawyer_address(
    nlp: Language, text: str, want: tuple[str, str, str]
) -> None:
    """A police grade ("Inspector") or a lawyer's "Cllr." between the office and the name is neither."""
    assert want in _positions(nlp, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Head of the Harbour Police, Captain Tomas Verhey, said the patrol had been doubled.",
            ("person/tomas-verhey", "Head", "agency/harbour-police"),
        ),
        (
            "Director of the Coastal Water Agency, Ines Marlow, told reporters the reservoir was full.",
            ("person/ines-marlow", "Director", "agency/coastal-water-agency"),
        ),
    ],
)
def test_positions_honorifics_office_opening_the_sentence(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    """An office with no article that opens the sentence ("Head of the X, Y, said") is the holder's."""
    assert want in _positions(nlp, text)
