"""One plural title before a list of names gives each name the office in the singular: "the two
foreign ministers, X and Y", "Defence Ministers X and Y". A plural title before one name, or a
singular title before a list, is read as before.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "A working group chaired by the two foreign ministers, Torvald Quennesby and Ingrith Maelstad, "
            "will report in June.",
            "Foreign Minister",
        ),
        ("Defence Ministers Halvar Ostrung and Tomas Varnby met in Oslo on Monday.", "Defense Minister"),
        ("The accord was signed by the interior ministers, Ola Brekke and Kari Lund, in Oslo.", "Interior Minister"),
    ],
)
def test_plural_title_gives_each_name_the_office(nlp: Language, text: str, title: str) -> None:
    titles = _titles(nlp, text)
    holders = [key for key, (held, _) in titles.items() if held == title]
    assert len(holders) == 2, titles


def test_plural_title_keeps_its_demonym_as_owner(nlp: Language) -> None:
    titles = _titles(nlp, "The Norwegian foreign ministers, Jan Egeberg and Sindre Holmvik, disagreed on Monday.")
    assert titles["person/jan-egeberg"] == ("Foreign Minister", "state/NO")
    assert titles["person/sindre-holmvik"] == ("Foreign Minister", "state/NO")


def test_singular_title_before_a_list_is_the_first_name_only(nlp: Language) -> None:
    titles = _titles(nlp, "President Arvid Sollien and Kari Lund spoke to reporters in Oslo on Monday.")
    assert titles.get("person/arvid-sollien", ("",))[0] == "President"
    assert "person/kari-lund" not in titles
