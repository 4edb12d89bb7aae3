"""A quote's speaker whose hyphened surname the parser cut off the subject after an office of states.

'"…," said the Ambassador of X to Y, Ms Jane Roe-Doe.': the parse may end the subject at "Roe",
leaving the states of the office inside it and the person's name running on past its end. The
person whose name the subject's last word begins is the speaker, not the states of their office.

Invented names and sentences through the real model, in two wordings.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

TEXT = (
    "Consular notice\n\n"
    "The mountain road between the two capitals will be closed to buses for one week from Monday.\n\n"
    '"{quote}," said the {office}, {name}.\n\n'
    "The notice will be reviewed on Friday."
)


@pytest.mark.parametrize(
    ("office", "name", "key"),
    [
        ("Ambassador of Nepal to Iceland", "Ms Liesbeth Marangoni-Voss", "person/liesbeth-marangoni-voss"),
        ("High Commissioner of Fiji to Nepal", "Ms Oriane Castellan-Weir", "person/oriane-castellan-weir"),
        ("Ambassador of Iceland to Nepal", "Mr Torvald Achterberg-Nyquist", "person/torvald-achterberg-nyquist"),
    ],
)
def test_a_speaker_cut_at_the_hyphen_after_an_office_of_states(nlp: Language, office: str, name: str, key: str) -> None:
    quote = "Private cars are not affected. The consulate stays open on Saturday for anyone who needs papers"
    text = TEXT.format(quote=quote, office=office, name=name)
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 8, 2)))
    got = [(s.speaker, s.quote) for s in out.statements]
    assert any(s == key and q.startswith("Private cars are not affected") for s, q in got), got
