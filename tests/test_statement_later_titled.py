"""A capitalised office quoted before anyone holds it in the text ("..., the Director said") is the
one person the text later styles with that office: a release may name its officials only in the
closing notes ("The Director of X is Chief Inspector Y.") or set the name off later ("The Director,
Y, ..."). An office held "of" a place and a form of address after its comma ("the Regional Governor
of X, Mr. Y,") still make Y "the Governor" a later quote names.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.statements import find_statements
from kg.model import Article


def _speakers(nlp: Language, text: str) -> dict[str, str]:
    """The first words of each quote -> the key of its speaker."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {s.quote.split()[0]: s.speaker for s in find_statements(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ferry traffic to the islands rose by a fifth over the summer.\n\n"
            '"Crews worked double shifts to keep the timetable," the Director said.\n\n'
            "Notes for editors\n"
            "- The Director of the Harbour Police is Chief Superintendent Oswin Pellary.\n"
        ),
        (
            "The new quay opened to lorries on Tuesday.\n\n"
            '"Crews worked double shifts to finish it," the Director said at the opening.\n\n'
            "The Director, Oswin Pellary, has led the port authority since 2021.\n"
        ),
    ],
)
def test_a_quoted_office_is_the_one_person_styled_so_later(nlp: Language, text: str) -> None:
    assert _speakers(nlp, text).get("Crews") == "person/oswin-pellary"


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Regional Governor of Kessmark, Mr. Halvor Eikrem, opened the crisis centre on Monday. "
            "Deputy Minister Ragna Tveit visited the quay with the Governor. She promised two more ferries.\n\n"
            '"Nobody should sleep in a car at the quay," the Governor said.'
        ),
        (
            "The Governor of Norfell, Dr Halvor Eikrem, met hauliers on Friday. Later the Deputy Minister, "
            "Ragna Tveit, toured the terminal. She said more officers would come.\n\n"
            '"Nobody should sleep in a car at the quay," said the Governor.'
        ),
    ],
)
def test_the_governor_after_an_address_is_the_office_holder(nlp: Language, text: str) -> None:
    assert _speakers(nlp, text).get("Nobody") == "person/halvor-eikrem"
