"""A local office is held in the region or town the text names it "of", however the title is
written: run into a caption's closing bracket, followed by a kind noun, or bare beside a heading
that names the office with its place.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def posts_by_holder(nlp: Language, text: str) -> dict[str, set[str | None]]:
    """Holder -> what each of its positions is held in, by the whole extraction (captions name people)."""
    out: dict[str, set[str | None]] = {}
    for p in extract(nlp(text), Article(id="t", text=text, source="test")).positions:
        out.setdefault(p.holder, set()).add(p.post_in)
    return out


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        (
            "VO: Traders in Tczew say the river ferry has been idle all week, and Poland has sent more guards.\n\n"
            "[SUPER: Marek Zawadzki / Mayor of Tczew]\n\n"
            '"We have nothing left to sell," the mayor said.',
            "person/marek-zawadzki",
            "settlement/tczew",
        ),
        (
            "Farmers from Trogen blocked the bridge to Austria on Monday.\n\n"
            "[CG: Urs Keller / Mayor of Trogen]\n\n"
            "KELLER: Nobody here asked for a fence.",
            "person/urs-keller",
            "settlement/trogen",
        ),
    ],
)
def test_positions_local_seats_caption_bracket(nlp: Language, text: str, holder: str, place: str) -> None:
    assert posts_by_holder(nlp, text)[holder] == {place}


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        (
            "Statement from the Governor of Brandenburg on the river floods\n\n"
            "Governor Halina Sobczak met police chiefs on Monday. Germany will send 40 more officers.",
            "person/halina-sobczak",
            "region/brandenburg",
        ),
        (
            "The Governor of Brandenburg has asked Berlin for more police at the border.\n\n"
            "On Tuesday Governor Halina Sobczak visited the bridge with Germany's interior minister.",
            "person/halina-sobczak",
            "region/brandenburg",
        ),
    ],
)
def test_positions_local_seats_bare_title_takes_the_named_seat(
    nlp: Language, text: str, holder: str, place: str
) -> None:
    assert posts_by_holder(nlp, text)[holder] == {place}


def test_positions_local_seats_seat_another_holder_has_is_not_taken(nlp: Language) -> None:
    text = (
        "The Mayor of Trogen, Urs Keller, met farmers in Trogen on Monday. "
        "Mayor Jan Brunner drove over from Herisau to join them. Switzerland kept the bridge open."
    )
    assert posts_by_holder(nlp, text).get("person/jan-brunner") != {"settlement/trogen"}


@pytest.mark.parametrize(
    "text",
    [
        "Poland has closed two river crossings. I, Governor Halina Sobczak, ordered the evacuation of three "
        "villages in Poland on Monday. Germany faces the same flood: the Governor of Brandenburg told me that "
        "two villages on the other bank were emptied.",
        "Governor Halina Sobczak met the Polish border guard in Slubice on Monday. Across the river in Germany, "
        "the Governor of Brandenburg has asked for soldiers.",
        "I, Governor Halina Sobczak, have closed two river ferries. The Governor of Brandenburg told me on the "
        "telephone that his side will keep its ferries running.",
    ],
)
def test_positions_local_seats_seat_of_another_holder_is_not_taken(nlp: Language, text: str) -> None:
    assert posts_by_holder(nlp, text).get("person/halina-sobczak") != {"region/brandenburg"}


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        (
            "Tamas Orban, mayor of Kisvarda rural municipality, said the queue had doubled. Hungary kept it open.",
            "person/tamas-orban",
            "settlement/kisvarda",
        ),
        (
            "The queue reached the church, said the mayor of Kisvarda municipality, Tamas Orban. Hungary kept it open.",
            "person/tamas-orban",
            "settlement/kisvarda",
        ),
    ],
)
def test_positions_local_seats_kind_noun_after_the_place(nlp: Language, text: str, holder: str, place: str) -> None:
    assert posts_by_holder(nlp, text)[holder] == {place}
